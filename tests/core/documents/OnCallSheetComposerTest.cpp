// The on-call handover sheet (issue #9): the unit's stays in progress on the day, full
// hospitalisation before day hospital, each block with what the physician on call needs, built
// from real data through the services. The PDF's pages are the renderer's tests.

#include "core/documents/OnCallSheetComposer.h"

#include "core/assessment/AssessmentService.h"
#include "core/documents/HtmlText.h"
#include "core/oncall/OnCallService.h"
#include "support/GroupingCohort.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;

// The grouping cohort (support/GroupingCohort.h): in progress in the locomoteur unit on
// 22/11/2026 are ARNAUD, BLANC, CARON, DUPONT and EVRARD; FABRE is expected on 26/11 (a
// pre-admission), IMBERT left on 20/11, JOLY was cancelled, KLEIN is in neurologie. Here BLANC
// comes as a day-hospital patient, ARNAUD has red flags and precautions, ARNAUD and BLANC have
// on-call notes.
class OnCallSheetComposerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.signInLocal();
        cohort = test::addGroupingCohort(db);
        db.signInAs(db.addUser(QStringLiteral("vernet"), {Role::Physician}, QStringLiteral("Dr Vernet")));

        Stay blanc = *db->stays().find(cohort.stays.value(QStringLiteral("Blanc")));
        blanc.mode = StayMode::DayHospital;
        ASSERT_TRUE(db->stays().update(blanc));

        const StayId arnaud = cohort.stays.value(QStringLiteral("Arnaud"));
        AdmissionAssessment a = **db->assessments().current(arnaud);
        a.setRedFlag(RedFlag::CancerHistory, FlagAnswer::Yes);
        a.setRedFlag(RedFlag::Fever, FlagAnswer::Yes);
        a.setRedFlag(RedFlag::MajorTrauma, FlagAnswer::No);
        a.precautions.maxHeartRate = 140;
        a.precautions.liftingLimitKg = 5;
        const Result<AdmissionAssessment> saved = db->assessments().save(a);
        ASSERT_TRUE(saved) << saved.failure().text().toStdString();
        ASSERT_TRUE(db->assessments().recordRedFlagAction(arnaud, RedFlag::CancerHistory,
                                                          QStringLiteral("Spine MRI requested")));

        OnCallNotes n;
        n.stay = arnaud;
        n.medicalIssues = QStringLiteral("Atrial fibrillation; type 2 diabetes");
        n.treatments = QStringLiteral("Apixaban 5 mg twice a day\nInsulin glargine 20 IU at night");
        n.instructions = QStringLiteral("Si douleur thoracique : ECG, appel du 15\nIf glucose < 0.7 g/L: sugar, "
                                        "check again after 30 min");
        ASSERT_TRUE(db->onCall().save(n, 0));
        n.stay = cohort.stays.value(QStringLiteral("Blanc"));
        n.medicalIssues = QStringLiteral("Kinesiophobia");
        n.treatments.clear();
        n.instructions = QStringLiteral("If she calls: the unit's number is on her discharge sheet");
        ASSERT_TRUE(db->onCall().save(n, 0));
    }

    QString sheet(const QDate &day = TestStore::today())
    {
        return test::plainTextOf(OnCallSheetComposer::compose(db.store(), QStringLiteral("locomoteur"), day), title);
    }

    TestStore db;
    test::GroupingCohort cohort;
    QString title;
};

TEST_F(OnCallSheetComposerTest, TheUnitsPatientsInProgressFullHospitalisationFirst)
{
    const QString text = sheet();
    EXPECT_EQ(title, QStringLiteral("On-call handover sheet — Locomoteur — 22/11/2026"));
    EXPECT_TRUE(text.startsWith(title)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("On-call of 22/11/2026 · unit Locomoteur · 5 patients in progress (4 in "
                                             "full hospitalisation, 1 in day hospital)")))
        << text.toStdString();

    // Full hospitalisation in the patient list's order, then day hospital.
    QList<qsizetype> at;
    for (const char *name : {"Full hospitalisation (HC)", "ARNAUD Paul", "CARON Marc", "DUPONT Marie", "EVRARD Luc",
                             "Day hospital (HTP)", "BLANC Julie"}) {
        at << text.indexOf(QString::fromUtf8(name));
        EXPECT_GE(at.last(), 0) << name << " missing from:\n" << text.toStdString();
    }
    EXPECT_TRUE(std::is_sorted(at.begin(), at.end())) << text.toStdString();
    // Not in progress on the day, or not in the unit.
    for (const char *name : {"FABRE", "GARNIER", "HENRY", "IMBERT", "JOLY", "KLEIN"})
        EXPECT_FALSE(text.contains(QString::fromUtf8(name))) << name;
}

TEST_F(OnCallSheetComposerTest, ABlockSaysWhatThePhysicianOnCallNeeds)
{
    const QString text = sheet();
    const QString arnaud =
        text.mid(text.indexOf(QStringLiteral("ARNAUD Paul")),
                 text.indexOf(QStringLiteral("CARON Marc")) - text.indexOf(QStringLiteral("ARNAUD")));
    for (const QString &fact : {
             QStringLiteral("F, 70 y, born on 12/03/1956, IPP IPP101"),
             QStringLiteral("HC · Spine restoration · Day 21 of 28\nPlanned discharge on 29/11/2026"),
             QStringLiteral("Medical issues: Atrial fibrillation; type 2 diabetes"),
             QStringLiteral("Treatments to watch: Apixaban 5 mg twice a day\nInsulin glargine 20 IU at night"),
             QStringLiteral("Red flags: history of cancer (Spine MRI requested — Dr Vernet, 22/11/2026) · fever (no "
                            "action recorded)"),
             QStringLiteral("Precautions: max heart rate 140/min · brace · lifting ≤ 5 kg"),
             QStringLiteral("Instructions: Si douleur thoracique : ECG, appel du 15\nIf glucose < 0.7 g/L"),
         })
        EXPECT_TRUE(arnaud.contains(fact)) << fact.toStdString() << " missing from:\n" << arnaud.toStdString();
    EXPECT_FALSE(arnaud.contains(QStringLiteral("major trauma"))) << "answered no";
    EXPECT_FALSE(arnaud.contains(QStringLiteral("No on-call notes")));

    const QString blanc = text.mid(text.indexOf(QStringLiteral("BLANC Julie")));
    EXPECT_TRUE(blanc.contains(QStringLiteral("HTP · Spine restoration · Day 14 of 28"))) << blanc.toStdString();
    EXPECT_TRUE(blanc.contains(QStringLiteral("Day hospital: at home nights and weekends"))) << blanc.toStdString();
    EXPECT_TRUE(blanc.contains(QStringLiteral("Medical issues: Kinesiophobia")));
    EXPECT_FALSE(blanc.contains(QStringLiteral("Treatments to watch"))) << "an empty line is left out";

    // CARON (no assessment), DUPONT and EVRARD have no notes: said once each, never an empty line.
    EXPECT_EQ(text.count(QStringLiteral("No on-call notes")), 3) << text.toStdString();
    const QString dupont = text.mid(text.indexOf(QStringLiteral("DUPONT Marie")),
                                    text.indexOf(QStringLiteral("EVRARD")) - text.indexOf(QStringLiteral("DUPONT")));
    EXPECT_TRUE(dupont.contains(QStringLiteral("No on-call notes"))) << dupont.toStdString();
    EXPECT_FALSE(dupont.contains(QStringLiteral("Red flags"))) << "none answered yes";
    EXPECT_FALSE(text.contains(QStringLiteral(":\n"))) << "a label without its value:\n" << text.toStdString();
    EXPECT_EQ(test::placeholdersIn(text), QStringList()) << text.toStdString();
}

TEST_F(OnCallSheetComposerTest, ADayWithoutPatientsSaysSo)
{
    const QString text = sheet(QDate(2026, 10, 1));
    EXPECT_EQ(title, QStringLiteral("On-call handover sheet — Locomoteur — 01/10/2026"));
    EXPECT_TRUE(text.contains(QStringLiteral("0 patients in progress"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("No patient is in progress in the unit on 01/10/2026.")));
    EXPECT_FALSE(text.contains(QStringLiteral("Full hospitalisation")));
    EXPECT_EQ(test::placeholdersIn(text), QStringList());
}

TEST_F(OnCallSheetComposerTest, AnUnknownUnitOrDayIsRefused)
{
    const Result<DocumentContent> unknown =
        OnCallSheetComposer::compose(db.store(), QStringLiteral("cardio"), TestStore::today());
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.failure().kind(), Failure::Kind::Invalid);
    EXPECT_TRUE(unknown.failure().messageFor(OnCallSheetComposer::UnitField).contains(QStringLiteral("cardio")));
    const Result<DocumentContent> noDay =
        OnCallSheetComposer::compose(db.store(), QStringLiteral("locomoteur"), QDate());
    ASSERT_FALSE(noDay);
    EXPECT_FALSE(noDay.failure().messageFor(OnCallSheetComposer::DayField).isEmpty());
}

} // namespace
} // namespace smr
