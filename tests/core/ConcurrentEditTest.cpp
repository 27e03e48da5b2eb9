// Issue #4, "Concurrent edits": every editable record carries a version; saving over a newer
// version never overwrites it. Two connections to one database, as two workstations have, on
// both engines: the second save of the same version is a Conflict, the first save stays, and
// the refused save leaves no audit entry.

#include "core/audit/Merge.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;

class ConcurrentEditTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        patient = db.addPatient();
        stay = *db->stays().open(TestStore::stay(patient));
        other = db.openAnother();
        ASSERT_TRUE(other);
    }

    void expectConflict(const Status &status, const QString &before)
    {
        ASSERT_FALSE(status);
        EXPECT_EQ(status.failure().kind(), Failure::Kind::Conflict) << status.failure().text().toStdString();
        EXPECT_EQ(db.dumpAll(), before) << "the later save wrote something";
    }

    TestStore db;
    std::unique_ptr<Store> other;
    PatientId patient;
    StayId stay;
};

TEST_F(ConcurrentEditTest, Patient)
{
    Patient mine = *db->patients().find(patient);
    Patient theirs = *other->patients().find(patient);
    theirs.weightKg = 80;
    ASSERT_TRUE(other->patients().update(theirs));
    const QString before = db.dumpAll();
    mine.heightCm = 170;
    expectConflict(db->patients().update(mine), before);
    EXPECT_EQ(db->patients().find(patient)->weightKg, 80);
    EXPECT_FALSE(db->patients().find(patient)->heightCm);
}

TEST_F(ConcurrentEditTest, Stay)
{
    Stay mine = *db->stays().find(stay);
    Stay theirs = *other->stays().find(stay);
    theirs.programme = Programme::Education;
    ASSERT_TRUE(other->stays().update(theirs));
    const QString before = db.dumpAll();
    mine.referrerName = QStringLiteral("Dr Roux");
    expectConflict(db->stays().update(mine), before);
    EXPECT_EQ(db->stays().find(stay)->programme, Programme::Education);
}

TEST_F(ConcurrentEditTest, Draft)
{
    TestResult draft;
    draft.stayId = stay;
    draft.instrument = QStringLiteral("tug");
    draft.performedAt = QDateTime(QDate(2026, 11, 3), QTime(10, 30));
    draft.enteredBy = QStringLiteral("Test");
    const TestResult saved = *db->results().saveDraft(draft);
    TestResult theirs = *other->results().find(saved.id);
    theirs.answers = {{QStringLiteral("seconds"), 10.0}};
    ASSERT_TRUE(other->results().saveDraft(theirs));
    const QString before = db.dumpAll();
    TestResult mine = saved;
    mine.answers = {{QStringLiteral("seconds"), 20.0}};
    const Result<TestResult> refused = db->results().saveDraft(mine);
    expectConflict(refused ? Status(Done{}) : Status(refused.failure()), before);
}

TEST_F(ConcurrentEditTest, Account)
{
    const User u = db.addUser(QStringLiteral("nurse"), {Role::Nurse});
    User theirs = *other->users().find(u.id);
    theirs.displayName = QStringLiteral("Infirmière de jour");
    ASSERT_TRUE(other->users().update(theirs));
    const QString before = db.dumpAll();
    User mine = u;
    mine.roles = {Role::Nurse, Role::Psychologist};
    expectConflict(db->users().update(mine), before);
}

TEST_F(ConcurrentEditTest, ExactlyOneOfTwoSimultaneousSavesWins)
{
    // Both read version 1, then both save: whatever the order, one is refused.
    Patient a = *db->patients().find(patient);
    Patient b = *other->patients().find(patient);
    a.notes = QStringLiteral("A");
    b.notes = QStringLiteral("B");
    const Status first = db->patients().update(a);
    const Status second = other->patients().update(b);
    EXPECT_TRUE(first);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.failure().kind(), Failure::Kind::Conflict);
    EXPECT_EQ(db->patients().find(patient)->notes, QStringLiteral("A"));
    EXPECT_EQ(db->patients().find(patient)->version, 2);
}

// After the refusal the user sees both versions and chooses: the merged record goes over the
// newer version, keeps what the other workstation saved, and is audited as one more change.
TEST_F(ConcurrentEditTest, APatientMergedFromBothVersionsIsSavedOverTheNewerOne)
{
    const Patient base = *db->patients().find(patient);
    Patient theirs = base;
    theirs.weightKg = 80;
    theirs.generalPractitioner = QStringLiteral("Dr Leroy");
    theirs.notes = QStringLiteral("Allergie iode.");
    ASSERT_TRUE(other->patients().update(theirs));
    Patient mine = base;
    mine.heightCm = 170;
    mine.generalPractitioner = QStringLiteral("Dr Morel");
    mine.notes = QStringLiteral("Vit seule.");
    ASSERT_FALSE(db->patients().update(mine));

    RecordMerge<Patient> merge(base, mine, *db->patients().find(patient));
    EXPECT_EQ(merge.changedByThem(), QStringList{QStringLiteral("weight_kg")});
    EXPECT_EQ(merge.changedByMe(), QStringList{QStringLiteral("height_cm")});
    EXPECT_EQ(merge.conflicts(), (QStringList{QStringLiteral("general_practitioner"), QStringLiteral("notes")}));
    EXPECT_EQ(merge.value(QStringLiteral("general_practitioner"), RecordMerge<Patient>::Side::Theirs).toString(),
              QStringLiteral("Dr Leroy"));
    EXPECT_FALSE(merge.canKeepBoth(QStringLiteral("general_practitioner")));
    EXPECT_TRUE(merge.canKeepBoth(QStringLiteral("notes")));
    merge.choose(QStringLiteral("general_practitioner"), RecordMerge<Patient>::Side::Theirs);
    merge.choose(QStringLiteral("notes"), RecordMerge<Patient>::Side::Both);
    const qint64 entries = db.rows(QStringLiteral("audit_log"));
    ASSERT_TRUE(db->patients().update(merge.merged()));

    const Patient saved = *other->patients().find(patient);
    EXPECT_EQ(saved.weightKg, 80);
    EXPECT_EQ(saved.heightCm, 170);
    EXPECT_EQ(saved.generalPractitioner, QStringLiteral("Dr Leroy"));
    EXPECT_EQ(saved.notes, QStringLiteral("Allergie iode.\n\nVit seule."));
    EXPECT_EQ(saved.version, theirs.version + 2);
    EXPECT_EQ(db.rows(QStringLiteral("audit_log")), entries + 1);
}

TEST_F(ConcurrentEditTest, AStayMergedKeepsTheOtherDischargePlanAndThisFormsProgramme)
{
    const Stay base = *db->stays().find(stay);
    Stay theirs = base;
    theirs.plannedDischargeDate = base.admissionDate.addDays(35);
    ASSERT_TRUE(other->stays().update(theirs));
    Stay mine = base;
    mine.programme = Programme::Education;
    ASSERT_FALSE(db->stays().update(mine));

    RecordMerge<Stay> merge(base, mine, *db->stays().find(stay));
    EXPECT_TRUE(merge.conflicts().isEmpty());
    EXPECT_EQ(merge.changedByThem(), QStringList{QStringLiteral("planned_discharge_date")});
    ASSERT_TRUE(db->stays().update(merge.merged()));
    const Stay saved = *other->stays().find(stay);
    EXPECT_EQ(saved.plannedDischargeDate, base.admissionDate.addDays(35));
    EXPECT_EQ(saved.programme, Programme::Education);
}

} // namespace
} // namespace smr
