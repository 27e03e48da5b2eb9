// OnCallService (issue #9): the on-call notes of a stay, saved over the version seen, refused
// (with nothing written) when too long, for a closed stay or without the right; the suggestions
// that prefill an empty form.

#include "core/oncall/OnCallService.h"
#include "core/meetings/MeetingService.h"

#include "support/Refusals.h"
#include "support/TestStore.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;

class OnCallServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.signInLocal();
        patient = db.addPatient();
        const Result<StayId> opened = db->stays().open(TestStore::stay(patient));
        ASSERT_TRUE(opened) << opened.failure().text().toStdString();
        stay = *opened;
        physician = db.addUser(QStringLiteral("vernet"), {Role::Physician}, QStringLiteral("Dr Vernet"));
        db.signInAs(physician);
    }

    OnCallService &onCall() { return db->onCall(); }

    OnCallNotes notes(const QString &issues, const QString &treatments = {}, const QString &instructions = {})
    {
        OnCallNotes n;
        n.stay = stay;
        n.medicalIssues = issues;
        n.treatments = treatments;
        n.instructions = instructions;
        return n;
    }

    QList<AuditEntry> lines()
    {
        QList<AuditEntry> out;
        for (const AuditEntry &e : db.audit())
            if (e.entity == audit::OnCallNotes)
                out << e;
        return out;
    }

    TestStore db;
    PatientId patient;
    StayId stay;
    User physician;
};

TEST_F(OnCallServiceTest, SavedReadAndChangedOverTheVersionSeen)
{
    const Result<std::optional<OnCallNotes>> none = onCall().find(stay);
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->has_value());

    QSignalSpy changed(&onCall(), &OnCallService::notesChanged);
    const Result<OnCallNotes> first =
        onCall().save(notes(QStringLiteral("  Atrial fibrillation  "), QStringLiteral("Apixaban 5 mg twice a day"),
                            QStringLiteral("Si douleur thoracique : ECG, appel du 15")),
                      0);
    ASSERT_TRUE(first) << first.failure().text().toStdString();
    EXPECT_EQ(first->version, 1);
    EXPECT_EQ(first->medicalIssues, QStringLiteral("Atrial fibrillation")) << "trimmed";
    EXPECT_EQ(first->updatedBy, QStringLiteral("Dr Vernet"));
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.first().at(0).value<StayId>(), stay);
    EXPECT_EQ(changed.first().at(1).value<PatientId>(), patient);

    const Result<std::optional<OnCallNotes>> read = onCall().find(stay);
    ASSERT_TRUE(read && read->has_value());
    EXPECT_EQ((*read)->treatments, QStringLiteral("Apixaban 5 mg twice a day"));
    EXPECT_EQ((*read)->instructions, QStringLiteral("Si douleur thoracique : ECG, appel du 15"));
    EXPECT_EQ((*read)->version, 1);
    EXPECT_EQ((*read)->updatedAt.date(), TestStore::today());

    OnCallNotes next = **read;
    next.treatments.clear();
    const Result<OnCallNotes> second = onCall().save(next, 1);
    ASSERT_TRUE(second) << second.failure().text().toStdString();
    EXPECT_EQ(second->version, 2);
    db.reopen();
    const Result<std::optional<OnCallNotes>> reread = db->onCall().find(stay);
    ASSERT_TRUE(reread && reread->has_value());
    EXPECT_TRUE((*reread)->treatments.isEmpty());
    EXPECT_EQ((*reread)->version, 2);

    const QList<AuditEntry> audited = lines();
    ASSERT_EQ(audited.size(), 2);
    EXPECT_EQ(audited.at(0).action, audit::Create);
    EXPECT_TRUE(audited.at(0).before.isEmpty());
    EXPECT_EQ(audited.at(0).patientId, patient);
    EXPECT_EQ(audited.at(0).entityId, QString::number(stay.value));
    EXPECT_EQ(audited.at(1).action, audit::Update);
    EXPECT_EQ(audited.at(1).before.value(QStringLiteral("treatments")).toString(),
              QStringLiteral("Apixaban 5 mg twice a day"));
    EXPECT_TRUE(audited.at(1).after.value(QStringLiteral("treatments")).isNull());
    EXPECT_EQ(audited.at(1).after.value(QStringLiteral("version")).toInt(), 2);
}

TEST_F(OnCallServiceTest, SavingTheStoredTextsAgainWritesNothing)
{
    QSignalSpy changed(&onCall(), &OnCallService::notesChanged);
    // Empty notes where there were none: nothing to save.
    QString before = db.dumpAll();
    const Result<OnCallNotes> empty = onCall().save(notes(QStringLiteral(" "), QStringLiteral("\n")), 0);
    ASSERT_TRUE(empty) << empty.failure().text().toStdString();
    EXPECT_EQ(empty->version, 0);
    EXPECT_EQ(db.dumpAll(), before);

    ASSERT_TRUE(onCall().save(notes(QStringLiteral("Diabetes")), 0));
    before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    const Result<OnCallNotes> again = onCall().save(notes(QStringLiteral("Diabetes ")), 1);
    ASSERT_TRUE(again) << again.failure().text().toStdString();
    EXPECT_EQ(again->version, 1);
    EXPECT_EQ(db.dumpAll(), before);
    EXPECT_EQ(db.audit().size(), audit);
    EXPECT_EQ(changed.size(), 1) << "only the first save changed something";
}

TEST_F(OnCallServiceTest, ASaveOverANewerVersionIsAConflict)
{
    ASSERT_TRUE(onCall().save(notes(QStringLiteral("Diabetes")), 0));
    ASSERT_TRUE(onCall().save(notes(QStringLiteral("Diabetes, insulin")), 1));
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    test::expectRefused(db, onCall().save(notes(QStringLiteral("Mine")), 1), before, audit, QString(),
                        {QStringLiteral("changed elsewhere"), QStringLiteral("Nothing was saved")},
                        Failure::Kind::Conflict);
    // Someone created them while this form was open on a stay without notes.
    test::expectRefused(db, onCall().save(notes(QStringLiteral("Mine")), 0), before, audit, QString(),
                        {QStringLiteral("changed elsewhere")}, Failure::Kind::Conflict);
}

// The three texts' limit (OnCallService::MaxTextLength, 2,000 characters: an A4 block is about
// 1,500): the message names the field.
struct TooLong {
    const char *name;
    QString field;
    QString OnCallNotes::*text;
    QString mention;
};

class OnCallTooLongTest : public OnCallServiceTest, public ::testing::WithParamInterface<TooLong>
{
};

TEST_P(OnCallTooLongTest, IsRefusedNamingTheFieldAndWritesNothing)
{
    const TooLong &c = GetParam();
    OnCallNotes n = notes(QStringLiteral("Diabetes"));
    n.*c.text = QString(OnCallService::MaxTextLength, QLatin1Char('x'));
    ASSERT_TRUE(onCall().save(n, 0)) << "2,000 characters are accepted";
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    n.*c.text = QString(OnCallService::MaxTextLength + 1, QLatin1Char('x'));
    test::expectRefused(db, onCall().save(n, 1), before, audit, c.field,
                        {c.mention, QStringLiteral("2001"), QStringLiteral("2000")});
    EXPECT_EQ(OnCallService::check(n).size(), 1) << "the form's check says the same";
}

INSTANTIATE_TEST_SUITE_P(Fields, OnCallTooLongTest,
                         ::testing::Values(TooLong{"MedicalIssues", OnCallService::MedicalIssuesField,
                                                   &OnCallNotes::medicalIssues, QStringLiteral("medical issues")},
                                           TooLong{"Treatments", OnCallService::TreatmentsField,
                                                   &OnCallNotes::treatments, QStringLiteral("treatments to watch")},
                                           TooLong{"Instructions", OnCallService::InstructionsField,
                                                   &OnCallNotes::instructions, QStringLiteral("instructions")}),
                         [](const auto &test) { return std::string(test.param.name); });

// Notes are written for an open stay only: a pre-admission or a stay in progress.
struct StayCase {
    const char *name;
    bool accepted;
    QString mention;
};

class OnCallStayStatusTest : public OnCallServiceTest, public ::testing::WithParamInterface<StayCase>
{
};

TEST_P(OnCallStayStatusTest, OnlyAnOpenStayTakesNotes)
{
    const StayCase &c = GetParam();
    db.signInLocal();
    const std::string name = c.name;
    if (name == "PreAdmission") {
        const PatientId other = db.addPatient(QStringLiteral("IPP002"));
        Stay s = TestStore::stay(other);
        s.status = StayStatus::PreAdmission;
        s.admissionDate = TestStore::today().addDays(3);
        const Result<StayId> opened = db->stays().open(s);
        ASSERT_TRUE(opened) << opened.failure().text().toStdString();
        stay = *opened;
    } else if (name == "Discharged") {
        ASSERT_TRUE(db->stays().close(stay, TestStore::today()));
    } else if (name == "Cancelled") {
        ASSERT_TRUE(db->stays().cancel(stay, QStringLiteral("Surgery brought forward")));
    }
    db.signInAs(physician);
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    const Result<OnCallNotes> saved = onCall().save(notes(QStringLiteral("Diabetes")), 0);
    if (c.accepted) {
        EXPECT_TRUE(saved) << saved.failure().text().toStdString();
        return;
    }
    test::expectRefused(db, saved, before, audit, OnCallService::StayField,
                        {c.mention, QStringLiteral("pre-admission or a stay in progress")});
}

INSTANTIATE_TEST_SUITE_P(Statuses, OnCallStayStatusTest,
                         ::testing::Values(StayCase{"InProgress", true, {}}, StayCase{"PreAdmission", true, {}},
                                           StayCase{"Discharged", false, QStringLiteral("discharged")},
                                           StayCase{"Cancelled", false, QStringLiteral("cancelled")}),
                         [](const auto &test) { return std::string(test.param.name); });

TEST_F(OnCallServiceTest, AnUnknownStayOrAMissingRightIsRefused)
{
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    OnCallNotes unknown = notes(QStringLiteral("Diabetes"));
    unknown.stay = StayId(9999);
    test::expectRefused(db, onCall().save(unknown, 0), before, audit, OnCallService::StayField,
                        {QStringLiteral("9999")}, Failure::Kind::NotFound);
    EXPECT_EQ(onCall().find(StayId(9999)).failure().kind(), Failure::Kind::NotFound);
    EXPECT_EQ(onCall().suggested(StayId(9999)).failure().kind(), Failure::Kind::NotFound);

    // The notes are a physician's: a physiotherapist reads them but does not write them.
    db.signInLocal();
    const User physio = db.addUser(QStringLiteral("kine"), {Role::Physiotherapist});
    db.signInAs(physio);
    const QString withUser = db.dumpAll();
    const qsizetype auditWithUser = db.audit().size();
    test::expectRefused(db, onCall().save(notes(QStringLiteral("Diabetes")), 0), withUser, auditWithUser, QString(),
                        {QStringLiteral("write admission assessments")}, Failure::Kind::Forbidden);
}

TEST_F(OnCallServiceTest, SuggestionsComeFromTheAssessmentThenTheLatestMeeting)
{
    const Result<OnCallNotes> nothing = onCall().suggested(stay);
    ASSERT_TRUE(nothing) << nothing.failure().text().toStdString();
    EXPECT_TRUE(nothing->isEmpty()) << "no assessment, no meeting: nothing to suggest";

    AdmissionAssessment a;
    a.stayId = stay;
    a.comorbidities = QStringLiteral("Type 2 diabetes");
    a.treatments = QStringLiteral("Metformin 1 g twice a day");
    a.analgesicLevel = AnalgesicLevel::Step2;
    a.corticosteroids = true;
    ASSERT_TRUE(db->assessments().save(a));
    Result<OnCallNotes> suggested = onCall().suggested(stay);
    ASSERT_TRUE(suggested);
    EXPECT_EQ(suggested->version, 0);
    EXPECT_EQ(suggested->medicalIssues, QStringLiteral("Type 2 diabetes"));
    EXPECT_EQ(suggested->treatments, QStringLiteral("Metformin 1 g twice a day\nAnalgesics: Step 2 (weak opioid)\n"
                                                    "Corticosteroids"));
    EXPECT_TRUE(suggested->instructions.isEmpty());

    // The team's latest word on the patient replaces the admission's comorbidities.
    const Stay s = *db->stays().find(stay);
    const Result<MeetingId> meeting = db->meetings().create(s.unitCode, TestStore::today());
    ASSERT_TRUE(meeting) << meeting.failure().text().toStdString();
    const Result<MeetingEntryView> entry = db->meetings().entry(*meeting, stay);
    ASSERT_TRUE(entry) << entry.failure().text().toStdString();
    ASSERT_TRUE(db->meetings().setMedicalIssues(*meeting, stay, QStringLiteral("Hypoglycaemia on 20/11"),
                                                entry->item.entry.version));
    suggested = onCall().suggested(stay);
    ASSERT_TRUE(suggested);
    EXPECT_EQ(suggested->medicalIssues, QStringLiteral("Hypoglycaemia on 20/11"));
    EXPECT_TRUE(suggested->treatments.startsWith(QStringLiteral("Metformin")));
    EXPECT_EQ(db.rows(QStringLiteral("on_call_notes")), 0) << "a suggestion is not saved";
}

} // namespace
} // namespace smr
