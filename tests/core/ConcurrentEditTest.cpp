// Issue #4, "Concurrent edits": every editable record carries a version; saving over a newer
// version never overwrites it. Two connections to one database, as two workstations have, on
// both engines: the second save of the same version is a Conflict, the first save stays, and
// the refused save leaves no audit entry.

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

} // namespace
} // namespace smr
