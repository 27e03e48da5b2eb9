// Issue #4, "Live updates": what one workstation saves appears on the others within 2 seconds
// (LISTEN/NOTIFY on PostgreSQL; PRAGMA data_version polling on SQLite). Two Stores on one
// database, as two workstations have, on both engines: the watcher of one reports the other's
// writes with what they touched, and never its own.

#include "core/audit/ChangeWatcher.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>

namespace smr {
namespace {

using test::TestStore;

// What the spy's signals reported, all entries in order.
QList<ChangeSet::Entry> entriesOf(const QSignalSpy &spy)
{
    QList<ChangeSet::Entry> out;
    for (const QList<QVariant> &signal : spy)
        out << signal.at(0).value<ChangeSet>().entries;
    return out;
}

// Waits until the spy has reported `count` entries (or two seconds have passed).
bool waitForEntries(QSignalSpy &spy, int count)
{
    QElapsedTimer timer;
    timer.start();
    while (entriesOf(spy).size() < count && timer.elapsed() < 2000)
        spy.wait(int(2000 - timer.elapsed()));
    return entriesOf(spy).size() >= count;
}

class LiveUpdatesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        other = db.openAnother();
        ASSERT_TRUE(other);
        const Status started = db->changes().start();
        ASSERT_TRUE(started) << started.failure().text().toStdString();
    }

    TestStore db;
    std::unique_ptr<Store> other;
};

TEST_F(LiveUpdatesTest, AnotherWorkstationsNewPatientArrivesWithinTwoSeconds)
{
    EXPECT_EQ(db->changes().isListening(), test::onPostgres()) << "PostgreSQL notifies, SQLite is polled";
    QSignalSpy changed(&db->changes(), &ChangeWatcher::changed);
    QElapsedTimer timer;
    timer.start();
    const PatientId created = *other->patients().create(TestStore::patient(QStringLiteral("IPP900")));
    ASSERT_TRUE(changed.wait(2000)) << "nothing reported within 2 seconds";
    const qint64 latency = timer.elapsed();
    std::cout << "[ latency  ] " << latency << " ms from the other's save to the report\n";
    EXPECT_LT(latency, 2000);

    const ChangeSet changes = changed.at(0).at(0).value<ChangeSet>();
    ASSERT_EQ(changes.entries.size(), 1);
    EXPECT_EQ(changes.entries.at(0).entity, audit::Patient);
    EXPECT_EQ(changes.entries.at(0).action, audit::Create);
    EXPECT_EQ(changes.entries.at(0).entityId, QString::number(created.value));
    EXPECT_EQ(changes.patients(), QList<PatientId>{created});
    EXPECT_TRUE(changes.touchesPatient(created));
    EXPECT_FALSE(changes.touches(audit::Stay));
    EXPECT_FALSE(changes.everything);
}

TEST_F(LiveUpdatesTest, OwnWritesAreNeverReported)
{
    QSignalSpy changed(&db->changes(), &ChangeWatcher::changed);
    const PatientId mine = db.addPatient(QStringLiteral("IPP001"));
    db->changes().checkNow();
    EXPECT_EQ(changed.count(), 0) << "its own save was reported";

    // Interleaved: mine, theirs, mine again. Only theirs is reported, in one signal (PostgreSQL
    // also hands the watcher its own notifications: they are left aside).
    const PatientId theirs = *other->patients().create(TestStore::patient(QStringLiteral("IPP002")));
    Stay stay = TestStore::stay(mine);
    ASSERT_TRUE(db->stays().open(stay));
    ASSERT_TRUE(waitForEntries(changed, 1));
    QTest::qWait(300);
    db->changes().checkNow();
    const QList<ChangeSet::Entry> reported = entriesOf(changed);
    ASSERT_EQ(reported.size(), 1);
    EXPECT_EQ(reported.at(0).patient, theirs);
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(LiveUpdatesTest, SaysWhichPatientsStayWasOpenedAndResultRecorded)
{
    const PatientId patient = db.addPatient();
    QSignalSpy changed(&db->changes(), &ChangeWatcher::changed);
    const StayId stay = *other->stays().open(TestStore::stay(patient));
    TestResult result;
    result.stayId = stay;
    result.instrument = QStringLiteral("tug");
    result.performedAt = QDateTime(QDate(2026, 11, 3), QTime(10, 30));
    result.enteredBy = QStringLiteral("Test");
    result.answers = {{QStringLiteral("seconds"), 12.0}};
    const Result<TestResult> recorded = other->results().record(result);
    ASSERT_TRUE(recorded) << recorded.failure().text().toStdString();

    ASSERT_TRUE(waitForEntries(changed, 2));
    const QList<ChangeSet::Entry> reported = entriesOf(changed);
    ASSERT_EQ(reported.size(), 2);
    EXPECT_EQ(reported.at(0).entity, audit::Stay);
    EXPECT_EQ(reported.at(0).entityId, QString::number(stay.value));
    EXPECT_EQ(reported.at(1).entity, audit::Result);
    EXPECT_EQ(reported.at(1).entityId, QString::number(recorded->id.value));
    for (const ChangeSet::Entry &e : reported)
        EXPECT_EQ(e.patient, patient) << e.entity.toStdString();
}

TEST_F(LiveUpdatesTest, ABurstOfSavesIsReportedInOrder)
{
    QSignalSpy changed(&db->changes(), &ChangeWatcher::changed);
    QList<PatientId> created;
    for (int i = 0; i < 5; ++i)
        created << *other->patients().create(TestStore::patient(QStringLiteral("IPP10%1").arg(i)));
    ASSERT_TRUE(waitForEntries(changed, 5));
    QList<PatientId> reported;
    for (const ChangeSet::Entry &e : entriesOf(changed))
        reported << e.patient;
    EXPECT_EQ(reported, created);
    EXPECT_LE(changed.count(), 5);
}

TEST_F(LiveUpdatesTest, UnitsAndAccountsHaveNoPatientAndSignInsAreNotChanges)
{
    QSignalSpy changed(&db->changes(), &ChangeWatcher::changed);
    const User nurse = db.addUser(QStringLiteral("nurse"), {Role::Nurse});
    ASSERT_TRUE(other->users().signIn(QStringLiteral("nurse"), TestStore::kPassword));
    other->session().signIn(Actor::local(QStringLiteral("test")));
    User renamed = *other->users().find(nurse.id);
    renamed.displayName = QStringLiteral("Infirmière de nuit");
    ASSERT_TRUE(other->users().update(renamed));

    ASSERT_TRUE(waitForEntries(changed, 1));
    QTest::qWait(200);
    db->changes().checkNow();
    const QList<ChangeSet::Entry> reported = entriesOf(changed);
    ASSERT_EQ(reported.size(), 1) << "the sign-in is not a change";
    EXPECT_EQ(reported.at(0).entity, audit::User);
    EXPECT_EQ(reported.at(0).entityId, QString::number(nurse.id.value));
    EXPECT_FALSE(reported.at(0).patient.isValid());
    EXPECT_TRUE(changed.at(0).at(0).value<ChangeSet>().patients().isEmpty());
}

TEST_F(LiveUpdatesTest, DemonstrationDataMeansReloadEverything)
{
    QSignalSpy changed(&db->changes(), &ChangeWatcher::changed);
    ASSERT_TRUE(other->demo().load(2, 7));
    ASSERT_TRUE(changed.wait(2000));
    const ChangeSet changes = changed.at(0).at(0).value<ChangeSet>();
    EXPECT_TRUE(changes.everything);
    EXPECT_TRUE(changes.touchesPatient(PatientId(1)));
    EXPECT_TRUE(changes.touches(audit::Stay));
}

TEST_F(LiveUpdatesTest, NothingIsReportedOnceStopped)
{
    QSignalSpy changed(&db->changes(), &ChangeWatcher::changed);
    db->changes().stop();
    EXPECT_FALSE(db->changes().isWatching());
    ASSERT_TRUE(other->patients().create(TestStore::patient(QStringLiteral("IPP900"))));
    EXPECT_FALSE(changed.wait(1500));
    db->changes().checkNow();
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(LiveUpdatesTest, ReconnectingKeepsTheWatcherListening)
{
    // On SQLite too: the file is opened again, statements prepared again, the polling goes on.
    QSignalSpy reconnected(&db->changes(), &ChangeWatcher::reconnected);
    QSignalSpy changed(&db->changes(), &ChangeWatcher::changed);
    const PatientId before = *other->patients().create(TestStore::patient(QStringLiteral("IPP900")));
    ASSERT_TRUE(db->reconnect());
    EXPECT_TRUE(reconnected.count() == 1 || reconnected.wait(1000));
    ASSERT_TRUE(waitForEntries(changed, 1));
    const PatientId after = *other->patients().create(TestStore::patient(QStringLiteral("IPP901")));
    ASSERT_TRUE(waitForEntries(changed, 2));
    const QList<ChangeSet::Entry> reported = entriesOf(changed);
    ASSERT_EQ(reported.size(), 2);
    EXPECT_EQ(reported.at(0).patient, before);
    EXPECT_EQ(reported.at(1).patient, after);
    EXPECT_TRUE(db->patients().find(after));
    EXPECT_TRUE(db->patients().create(TestStore::patient(QStringLiteral("IPP902"))));
}

} // namespace
} // namespace smr
