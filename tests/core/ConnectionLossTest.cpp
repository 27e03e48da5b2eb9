// Issue #4: "A lost connection gives a clear message and a retry, and the form being edited keeps
// its content." The PostgreSQL server ends a workstation's session (pg_terminate_backend, as a
// restart or a network cut would): a read re-establishes the connection once by itself; a write
// fails with ConnectionLost and writes nothing, and the next one (the user's retry) reconnects
// first, as Store::reconnect() does; the change
// watcher notices the loss and listens again afterwards. (SQLite has no connection to lose;
// reconnecting it is in LiveUpdatesTest.)

#include "core/audit/ChangeWatcher.h"
#include "core/storage/Sql.h"
#include "core/storage/StorageError.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <thread>

namespace smr {
namespace {

using test::TestStore;

qint64 backendOf(Store &store)
{
    Sql q(store.database(), QStringLiteral("SELECT pg_backend_pid()"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

// Ends the server session `pid` from `killer`'s connection and waits until it is gone.
void endSession(Store &killer, qint64 pid)
{
    Sql q(killer.database(), QStringLiteral("SELECT pg_terminate_backend(CAST(? AS INTEGER), 5000)"));
    q.bind(pid).exec();
    ASSERT_TRUE(q.next() && q.value(0).toBool()) << "the session " << pid << " did not end";
}

// Whether `spy` has caught `count` signals, waiting up to `ms` for them (some may already be there).
bool caught(QSignalSpy &spy, int count = 1, int ms = 2000)
{
    QElapsedTimer timer;
    timer.start();
    while (spy.size() < count && timer.elapsed() < ms)
        spy.wait(int(ms - timer.elapsed()));
    return spy.size() >= count;
}

class PostgresConnectionLossTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // PostgreSQL only (an SQLite file has no server connection to lose): Postgres* suites
        // run in the "pg." half alone.
        ASSERT_TRUE(test::onPostgres()) << "a PostgreSQL-only test: run it with SMRDESK_TEST_BACKEND=postgres";
        patient = db.addPatient();
        other = db.openAnother();
        ASSERT_TRUE(other);
    }

    void loseConnection() { endSession(*other, backendOf(db.store())); }

    TestStore db;
    std::unique_ptr<Store> other;
    PatientId patient;
};

TEST_F(PostgresConnectionLossTest, AReadReconnectsOnceByItself)
{
    const qint64 before = backendOf(db.store());
    loseConnection();
    const Result<Patient> found = db->patients().find(patient);
    ASSERT_TRUE(found) << found.failure().text().toStdString();
    EXPECT_EQ(found->ipp, QStringLiteral("IPP001"));
    EXPECT_TRUE(db->database().isConnected());
    EXPECT_NE(backendOf(db.store()), before) << "a new session";
}

TEST_F(PostgresConnectionLossTest, ARepositoryReadThrowsAClearMessage)
{
    // Views that read repositories directly (the census) show the StorageError's message.
    loseConnection();
    try {
        db->patientRepository().find(patient);
        FAIL() << "the read on a lost connection did not fail";
    } catch (const StorageError &e) {
        EXPECT_TRUE(e.isConnectionLost()) << e.message().toStdString();
        EXPECT_FALSE(e.isOutcomeUnknown());
        EXPECT_TRUE(e.message().startsWith(
            QStringLiteral("The connection to the server %1 is lost.").arg(db->database().location())))
            << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("terminating connection due to administrator command")))
            << "the server's words, for whoever diagnoses it: " << e.message().toStdString();
        EXPECT_TRUE(e.message().endsWith(QStringLiteral("then retry."))) << e.message().toStdString();
    }
    EXPECT_FALSE(db->database().isConnected());
    ASSERT_TRUE(db->reconnect());
    EXPECT_TRUE(db->patientRepository().find(patient).has_value());
}

TEST_F(PostgresConnectionLossTest, AWriteFailsWritesNothingAndSucceedsAfterReconnecting)
{
    Patient edited = *db->patients().find(patient);
    edited.notes = QStringLiteral("Chute le 20/11");
    const QString before = db.dumpAll();
    const qint64 auditLines = db.rows(QStringLiteral("audit_log"));
    loseConnection();

    const Status refused = db->patients().update(edited);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().kind(), Failure::Kind::ConnectionLost);
    EXPECT_FALSE(refused.failure().isRefusal());
    EXPECT_EQ(refused.failure().text(),
              QStringLiteral("The connection to the server %1 is lost. The server said: terminating connection due "
                             "to administrator command. Nothing was saved. Retry once the connection is back.")
                  .arg(db->database().location()));
    // Writes are never retried on their own: the connection stays broken until something
    // renews it.
    EXPECT_FALSE(db->database().isConnected());
    EXPECT_EQ(TestStore::dumpAll(*other), before) << "the failed write left something";

    const Status reconnected = db->reconnect();
    ASSERT_TRUE(reconnected) << reconnected.failure().text().toStdString();
    EXPECT_EQ(db.dumpAll(), before) << "the failed write left something";
    EXPECT_EQ(db.rows(QStringLiteral("audit_log")), auditLines);

    // The same form content, saved again.
    const Status saved = db->patients().update(edited);
    ASSERT_TRUE(saved) << saved.failure().text().toStdString();
    EXPECT_EQ(other->patients().find(patient)->notes, QStringLiteral("Chute le 20/11"));
}

TEST_F(PostgresConnectionLossTest, SavingAgainIsTheRetryItReconnectsFirst)
{
    Patient edited = *db->patients().find(patient);
    edited.notes = QStringLiteral("Chute le 20/11");
    loseConnection();
    ASSERT_EQ(db->patients().update(edited).failure().kind(), Failure::Kind::ConnectionLost);
    ASSERT_FALSE(db->database().isConnected());

    // The user presses Save again in the form that kept its content: no other step needed.
    const Status saved = db->patients().update(edited);
    ASSERT_TRUE(saved) << saved.failure().text().toStdString();
    EXPECT_TRUE(db->database().isConnected());
    EXPECT_EQ(other->patients().find(patient)->notes, QStringLiteral("Chute le 20/11"));
}

TEST_F(PostgresConnectionLossTest, ALossDuringTheCommitSaysTheOutcomeIsUnknown)
{
    // A deferred trigger makes the COMMIT last; another session ends this one meanwhile.
    other->database().execute(QStringLiteral("CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS "
                                             "$$ BEGIN PERFORM pg_sleep(2); RETURN NULL; END $$"));
    other->database().execute(QStringLiteral("CREATE CONSTRAINT TRIGGER slow_commit AFTER UPDATE ON patients "
                                             "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
                                             "slow_commit()"));
    Patient edited = *db->patients().find(patient);
    edited.notes = QStringLiteral("Chute le 20/11");
    const qint64 pid = backendOf(db.store());
    const QString url = qEnvironmentVariable("SMRDESK_TEST_PG_URL");
    std::thread killer([pid, url] {
        const Result<DatabaseAddress> a = DatabaseAddress::fromUrl(url);
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("killer"));
            admin.setHostName(a->host);
            admin.setPort(a->port);
            admin.setUserName(a->user);
            admin.setDatabaseName(a->database);
            if (admin.open()) {
                QThread::msleep(700);
                QSqlQuery(admin).exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("killer"));
    });
    const Status failed = db->patients().update(edited);
    killer.join();
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.failure().kind(), Failure::Kind::ConnectionLost);
    EXPECT_TRUE(failed.failure().text().contains(QStringLiteral("they may or may not have been recorded")))
        << failed.failure().text().toStdString();
    ASSERT_TRUE(db->reconnect());
    // Here the server had not committed: the record is as it was, and saving again works.
    EXPECT_TRUE(db->patients().find(patient)->notes.isEmpty());
    other->database().execute(QStringLiteral("DROP TRIGGER slow_commit ON patients"));
    EXPECT_TRUE(db->patients().update(edited));
}

TEST_F(PostgresConnectionLossTest, AFailedReconnectSaysSoAndTheNextOneWorks)
{
    // A database of its own, closed to new sessions for a while, as a server still restarting.
    const QString name = QStringLiteral("smrdesk_closed_%1").arg(QCoreApplication::applicationPid());
    other->database().execute(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    other->database().execute(QStringLiteral("CREATE DATABASE %1").arg(name));
    DatabaseAddress address = db.address();
    address.database = name;
    address.schema.clear();
    {
        Result<std::unique_ptr<Store>> opened = Store::open(address, db.clock(), QString());
        ASSERT_TRUE(opened) << opened.failure().text().toStdString();
        Store &store = *opened.value();
        store.session().signIn(Actor::local(QStringLiteral("test")));
        other->database().execute(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name));
        endSession(*other, backendOf(store));

        const Status failed = store.reconnect();
        ASSERT_FALSE(failed);
        EXPECT_EQ(failed.failure().kind(), Failure::Kind::ConnectionLost);
        EXPECT_TRUE(failed.failure().text().startsWith(
            QStringLiteral("The connection to the server %1 is lost. Reconnecting failed: ").arg(address.display())))
            << failed.failure().text().toStdString();
        EXPECT_TRUE(failed.failure().text().contains(QStringLiteral("is not currently accepting connections")))
            << failed.failure().text().toStdString();
        // A read tries once more by itself, and says the same.
        const Result<qint64> count = store.patients().count();
        ASSERT_FALSE(count);
        EXPECT_EQ(count.failure().kind(), Failure::Kind::ConnectionLost);
        // So does a write (the user's retry), adding that nothing was saved.
        const Result<PatientId> created = store.patients().create(TestStore::patient());
        ASSERT_FALSE(created);
        EXPECT_EQ(created.failure().kind(), Failure::Kind::ConnectionLost);
        EXPECT_TRUE(created.failure().text().contains(QStringLiteral("Reconnecting failed: ")))
            << created.failure().text().toStdString();
        EXPECT_TRUE(
            created.failure().text().endsWith(QStringLiteral("Nothing was saved. Retry once the connection is back.")))
            << created.failure().text().toStdString();

        other->database().execute(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name));
        ASSERT_TRUE(store.reconnect());
        EXPECT_EQ(store.patients().count().value(), 0);
    }
    other->database().execute(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
}

TEST_F(PostgresConnectionLossTest, TheWatcherNoticesTheLossAndCatchesUpAfterReconnecting)
{
    ASSERT_TRUE(db->changes().start());
    QSignalSpy lost(&db->changes(), &ChangeWatcher::connectionLost);
    QSignalSpy reconnected(&db->changes(), &ChangeWatcher::reconnected);
    QSignalSpy changed(&db->changes(), &ChangeWatcher::changed);
    loseConnection();
    // Idle: the connection's socket tells the driver, the watcher sees it at its next look.
    ASSERT_TRUE(caught(lost, 1, 3000)) << "the loss was not noticed";
    EXPECT_TRUE(lost.at(0).at(0).toString().startsWith(QStringLiteral("The connection to the server")));
    // Saved elsewhere while this workstation was cut off: reported once it is back, here
    // because its next write (a user's retry) opens the connection again first.
    const PatientId meanwhile = *other->patients().create(TestStore::patient(QStringLiteral("IPP002")));
    Patient edited = *other->patients().find(patient);
    edited.notes = QStringLiteral("Chute le 20/11");
    const Status saved = db->patients().update(edited);
    ASSERT_TRUE(saved) << saved.failure().text().toStdString();
    ASSERT_TRUE(caught(reconnected));
    ASSERT_TRUE(caught(changed));
    EXPECT_EQ(changed.at(0).at(0).value<ChangeSet>().patients(), QList<PatientId>{meanwhile});
    EXPECT_EQ(lost.count(), 1);

    // And listening again.
    const PatientId after = *other->patients().create(TestStore::patient(QStringLiteral("IPP003")));
    ASSERT_TRUE(caught(changed, 2));
    EXPECT_EQ(changed.last().at(0).value<ChangeSet>().patients(), QList<PatientId>{after});
}

TEST_F(PostgresConnectionLossTest, AReadThatReconnectsAlsoRestoresTheWatcher)
{
    ASSERT_TRUE(db->changes().start());
    QSignalSpy reconnected(&db->changes(), &ChangeWatcher::reconnected);
    QSignalSpy changed(&db->changes(), &ChangeWatcher::changed);
    loseConnection();
    ASSERT_TRUE(db->patients().find(patient));
    ASSERT_TRUE(caught(reconnected));
    const PatientId theirs = *other->patients().create(TestStore::patient(QStringLiteral("IPP002")));
    ASSERT_TRUE(caught(changed));
    EXPECT_EQ(changed.last().at(0).value<ChangeSet>().patients(), QList<PatientId>{theirs});
}

} // namespace
} // namespace smr
