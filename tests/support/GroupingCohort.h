#pragma once

// The fixed cohort of the grouping suites (issue #5, groups for collective sessions): the
// locomoteur unit on Sunday 22/11/2026 (TestStore's clock), as the weekly meeting finds it.
//
//   ARNAUD Paul   in progress, leaves 29/11   Dallas 75/20 (medical)   step-3 analgesic, brace
//   BLANC Julie   in progress, leaves 06/12   Dallas 30/70 (behav.)    fatigable, yellow flags
//   CARON Marc    in progress, no planned end Dallas 0/0 then 80/70    no assessment
//   DUPONT Marie  in progress, leaves 04/12   Dallas 50/50 (low)       corticosteroids
//   EVRARD Luc    in progress, leaves 27/11   no Dallas                moved to medical by the team
//   FABRE Anne    expected 26/11              no Dallas                brace (draft assessment)
//   GARNIER Eric  expected 03/12              no Dallas
//   HENRY Zoé     expected 10/12 (too late for both weeks of the tests)
//   IMBERT Rose   discharged 20/11            Dallas 75/20
//   JOLY Hugo     pre-admission for 25/11, cancelled
//   KLEIN Nina    in progress in neurologie   Dallas 75/20

#include "support/TestStore.h"

#include "core/assessment/AdmissionAssessment.h"

#include <QJsonArray>
#include <QMap>

#include <gtest/gtest.h>

namespace smr::test {

struct GroupingCohort {
    QMap<QString, StayId> stays; // by birth name
    QMap<QString, PatientId> patients;
    static inline const QString MoveReason = QStringLiteral("Post-operative precautions discussed at the meeting");
};

namespace cohort {

// A Dallas questionnaire's 16 answers.
inline QJsonObject dallas(std::initializer_list<int> items)
{
    QJsonArray a;
    for (int v : items)
        a.append(v);
    return QJsonObject{{QStringLiteral("items"), a}};
}

// Physical impact 75 % (daily activities 75, work-leisure 75), psychological 20 %.
inline QJsonObject medical()
{
    return dallas({4, 4, 4, 4, 3, 3, 3, 5, 5, 5, 2, 1, 1, 2, 1, 1});
}
// Physical 30 %, psychological 70 %.
inline QJsonObject behavioural()
{
    return dallas({2, 2, 2, 1, 1, 1, 1, 2, 2, 2, 5, 5, 4, 5, 5, 4});
}
// Physical 80 % (90 and 70), psychological 70 %.
inline QJsonObject mixed()
{
    return dallas({5, 5, 4, 4, 4, 4, 4, 5, 5, 4, 5, 5, 4, 5, 5, 4});
}
// Exactly 50 % and 50 % (60 and 40; 50 and 50): not high, so low impact.
inline QJsonObject borderline()
{
    return dallas({3, 3, 3, 3, 3, 3, 2, 3, 3, 2, 4, 3, 3, 4, 3, 3});
}
inline QJsonObject none()
{
    return dallas({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
}

} // namespace cohort

inline GroupingCohort addGroupingCohort(TestStore &db)
{
    GroupingCohort out;
    int ipp = 100;
    const auto patient = [&](const char *birthName, const char *firstNames) {
        Patient p = TestStore::patient(QStringLiteral("IPP%1").arg(++ipp));
        p.birthName = QString::fromUtf8(birthName);
        p.firstNames = QString::fromUtf8(firstNames);
        const Result<PatientId> id = db->patients().create(p);
        EXPECT_TRUE(id) << (id ? std::string() : id.failure().text().toStdString());
        out.patients.insert(p.birthName, id ? *id : PatientId());
        return id ? *id : PatientId();
    };
    const auto stay = [&](const char *birthName, const char *firstNames, const QDate &admission,
                          const QDate &plannedDischarge, const char *unit = "locomoteur") {
        Stay s = TestStore::stay(patient(birthName, firstNames));
        s.unitCode = QString::fromLatin1(unit);
        s.admissionDate = admission;
        s.plannedDischargeDate = plannedDischarge;
        const Result<StayId> id = db->stays().open(s);
        EXPECT_TRUE(id) << birthName << ": " << (id ? std::string() : id.failure().text().toStdString());
        out.stays.insert(QString::fromUtf8(birthName), id ? *id : StayId());
        return id ? *id : StayId();
    };
    const auto dallas = [&](StayId s, const QJsonObject &answers, int day) {
        TestResult r;
        r.stayId = s;
        r.instrument = QStringLiteral("dallas");
        r.performedAt = QDateTime(QDate(2026, 11, day), QTime(10, 0));
        r.answers = answers;
        r.enteredBy = QStringLiteral("Dr Vernet");
        const Result<TestResult> saved = db->results().record(r);
        EXPECT_TRUE(saved) << (saved ? std::string() : saved.failure().text().toStdString());
    };
    const auto assess = [&](StayId s, const std::function<void(AdmissionAssessment &)> &edit) {
        AdmissionAssessment a;
        a.stayId = s;
        edit(a);
        const Result<AdmissionAssessment> saved = db->assessments().save(a);
        EXPECT_TRUE(saved) << (saved ? std::string() : saved.failure().text().toStdString());
    };

    const StayId arnaud = stay("Arnaud", "Paul", QDate(2026, 11, 2), QDate(2026, 11, 29));
    dallas(arnaud, cohort::medical(), 3);
    assess(arnaud, [](AdmissionAssessment &a) {
        a.analgesicLevel = AnalgesicLevel::Step3;
        a.precautions.brace = true;
    });
    const StayId blanc = stay("Blanc", "Julie", QDate(2026, 11, 9), QDate(2026, 12, 6));
    dallas(blanc, cohort::behavioural(), 10);
    assess(blanc, [](AdmissionAssessment &a) {
        a.fatigable = true;
        a.flag(PsychosocialFlag::Yellow) = PsychosocialNote{true, QStringLiteral("Kinesiophobia")};
    });
    const StayId caron = stay("Caron", "Marc", QDate(2026, 11, 16), QDate());
    dallas(caron, cohort::none(), 16);
    dallas(caron, cohort::mixed(), 20); // the latest counts
    const StayId dupont = stay("Dupont", "Marie", QDate(2026, 11, 6), QDate(2026, 12, 4));
    dallas(dupont, cohort::borderline(), 7);
    assess(dupont, [](AdmissionAssessment &a) { a.corticosteroids = true; });
    const StayId evrard = stay("Evrard", "Luc", QDate(2026, 10, 31), QDate(2026, 11, 27));
    const StayId fabre = stay("Fabre", "Anne", QDate(2026, 11, 26), QDate(2026, 12, 23));
    assess(fabre, [](AdmissionAssessment &a) { a.precautions.brace = true; });
    stay("Garnier", "Eric", QDate(2026, 12, 3), QDate(2026, 12, 30));
    stay("Henry", "Zoé", QDate(2026, 12, 10), QDate(2027, 1, 6));
    const StayId imbert = stay("Imbert", "Rose", QDate(2026, 11, 2), QDate(2026, 11, 27));
    dallas(imbert, cohort::medical(), 3);
    EXPECT_TRUE(db->stays().close(imbert, QDate(2026, 11, 20)));
    const StayId joly = stay("Joly", "Hugo", QDate(2026, 11, 25), QDate(2026, 12, 22));
    EXPECT_TRUE(db->stays().cancel(joly, QStringLiteral("Surgery brought forward")));
    const StayId klein = stay("Klein", "Nina", QDate(2026, 11, 2), QDate(2026, 11, 29), "neurologie");
    dallas(klein, cohort::medical(), 3);
    EXPECT_TRUE(db->grouping().move(evrard, Group::Medical, GroupingCohort::MoveReason));
    return out;
}

} // namespace smr::test
