// Database: how SQLite is opened (WAL, synchronous=FULL, foreign keys, busy timeout), what it
// refuses to open (a newer schema, a file that is not an SMR Desk database) without touching
// the file, the constraints the schema enforces whatever the program does, and write
// transactions (issue #2, Store; design guide §4).

#include "core/Store.h"
#include "core/storage/Migrator.h"
#include "core/storage/Sql.h"
#include "core/storage/StorageError.h"
#include "core/storage/WriteTransaction.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;

QVariant pragma(Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !q.next())
        return {};
    return q.value(0);
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
}

// Design guide §4 / issue #2: WAL, synchronous=FULL, foreign keys on, a busy timeout.
TEST(SqliteDatabaseTest, ConnectionSettings)
{
    TestStore db;
    EXPECT_EQ(pragma(db->database(), "journal_mode").toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(db->database(), "synchronous").toInt(), 2) << "2 is FULL";
    EXPECT_EQ(pragma(db->database(), "foreign_keys").toInt(), 1);
    EXPECT_GT(pragma(db->database(), "busy_timeout").toInt(), 0);
    EXPECT_EQ(db->database().dialect().beginWrite(), QStringLiteral("BEGIN IMMEDIATE"));
    // Settings hold after reopening too.
    db.reopen();
    EXPECT_EQ(pragma(db->database(), "synchronous").toInt(), 2);
    EXPECT_EQ(pragma(db->database(), "foreign_keys").toInt(), 1);
}

TEST(SqliteDatabaseTest, MissingFolderIsCreated)
{
    QTemporaryDir dir;
    FixedClock clock(TestStore::today());
    const QString path = dir.filePath(QStringLiteral("a/b/smrdesk.sqlite"));
    const Result<std::unique_ptr<Store>> store = Store::openSqlite(path, clock);
    ASSERT_TRUE(store) << store.failure().text().toStdString();
    EXPECT_TRUE(QFile::exists(path));
}

TEST(SqliteDatabaseTest, EmptyFileIsANewDatabase)
{
    QTemporaryDir dir;
    FixedClock clock(TestStore::today());
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile(path).open(QIODevice::WriteOnly);
    const Result<std::unique_ptr<Store>> store = Store::openSqlite(path, clock);
    ASSERT_TRUE(store) << store.failure().text().toStdString();
    EXPECT_EQ(store.value()->schemaVersion(), Migrator::latestVersion());
}

// Issue #2: "a database written by a newer version is refused with a clear message and left
// untouched".
TEST(SqliteDatabaseTest, NewerSchemaIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    FixedClock clock(TestStore::today());
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Result<std::unique_ptr<Store>> store = Store::openSqlite(path, clock);
        ASSERT_TRUE(store);
        store.value()->session().signIn(Actor::local(QStringLiteral("test")));
        ASSERT_TRUE(store.value()->patients().create(TestStore::patient()));
        Sql(store.value()->database(),
            QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, 'future', 'x')"))
            .bind(Migrator::latestVersion() + 1)
            .exec();
    }
    const QByteArray before = sha256(path);
    const QStringList filesBefore = filesIn(dir.path());
    ASSERT_FALSE(before.isEmpty());

    const Result<std::unique_ptr<Store>> store = Store::openSqlite(path, clock);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.failure().kind(), Failure::Kind::Storage);
    const QString message = store.failure().text();
    EXPECT_TRUE(message.contains(QStringLiteral("newer version"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("newer.sqlite"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::number(Migrator::latestVersion() + 1))) << message.toStdString();

    const Result<std::unique_ptr<Database>> database = Database::openSqlite(path);
    ASSERT_FALSE(database);
    EXPECT_TRUE(database.failure().text().contains(QStringLiteral("newer version")));

    EXPECT_EQ(sha256(path), before) << "the file's bytes must not change";
    EXPECT_EQ(filesIn(dir.path()), filesBefore) << "no backup, journal or other file is left beside it";
}

TEST(SqliteDatabaseTest, FileThatIsNotADatabaseIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    FixedClock clock(TestStore::today());
    const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 7919 + 13) % 251));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    const Result<std::unique_ptr<Store>> store = Store::openSqlite(path, clock);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.failure().kind(), Failure::Kind::Storage);
    EXPECT_TRUE(store.failure().text().contains(QStringLiteral("garbage.sqlite")))
        << store.failure().text().toStdString();
    EXPECT_TRUE(store.failure().text().contains(QStringLiteral("not an SQLite database file")))
        << store.failure().text().toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), garbage);
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("garbage.sqlite")});
}

// Issue #4: a text file given as the database (a note saved under the wrong name) is named and
// refused, not turned into a database.
TEST(SqliteDatabaseTest, TextFileIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    FixedClock clock(TestStore::today());
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    const QByteArray text("Compte rendu de la réunion du 22/11/2026.\n");
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    const Result<std::unique_ptr<Database>> database = Database::openSqlite(path);
    ASSERT_FALSE(database);
    EXPECT_EQ(database.failure().text(), QStringLiteral("The database %1 cannot be opened: it is not an SQLite "
                                                        "database file (another kind of file, or its first page "
                                                        "is damaged).")
                                             .arg(QDir::toNativeSeparators(path)));
    ASSERT_FALSE(Store::openSqlite(path, clock));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), text);
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("notes.txt")});
}

TEST(SqliteDatabaseTest, AnotherProgramsDatabaseIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    FixedClock clock(TestStore::today());
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO invoices (amount) VALUES (12.5)")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    const QByteArray before = sha256(path);

    const Result<std::unique_ptr<Store>> store = Store::openSqlite(path, clock);
    ASSERT_FALSE(store);
    EXPECT_TRUE(store.failure().text().contains(QStringLiteral("not an SMR Desk database")))
        << store.failure().text().toStdString();
    EXPECT_TRUE(store.failure().text().contains(QStringLiteral("other.sqlite")))
        << store.failure().text().toStdString();
    EXPECT_EQ(sha256(path), before);
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("other.sqlite")})
        << "no journal, WAL or backup beside it";
    // Not migrated into: it still has its one table and no schema_version.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-check"));
        other.setDatabaseName(path);
        other.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ASSERT_TRUE(other.open());
        EXPECT_EQ(other.tables(), QStringList{QStringLiteral("invoices")});
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-check"));
}

TEST(SqliteDatabaseTest, FolderIsRefused)
{
    QTemporaryDir dir;
    FixedClock clock(TestStore::today());
    const Result<std::unique_ptr<Store>> store = Store::openSqlite(dir.path(), clock);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.failure().kind(), Failure::Kind::Storage);
    EXPECT_TRUE(store.failure().text().contains(QStringLiteral("not a file"))) << store.failure().text().toStdString();
}

class DatabaseConstraints : public ::testing::Test
{
protected:
    void SetUp() override { patient = db.addPatient(); }

    // An INSERT straight into the table, past every service.
    void insertStay(const char *status, const char *admission = "2026-11-01", const QVariant &discharge = QVariant(),
                    qint64 patientId = 0)
    {
        Sql(db->database(), QStringLiteral("INSERT INTO stays (patient_id, unit_code, mode, status, admission_date, "
                                           "discharge_date, created_at, updated_at) "
                                           "VALUES (?, 'locomoteur', 'HC', ?, ?, ?, 't', 't')"))
            .bind(patientId ? patientId : patient.value)
            .bind(QLatin1String(status))
            .bind(QLatin1String(admission))
            .bind(discharge)
            .exec();
    }

    TestStore db;
    PatientId patient;
};

// Issue #2: "At most one active stay per patient" — enforced by a unique partial index even
// when a program inserts directly.
TEST_F(DatabaseConstraints, UniqueIndexRefusesASecondOpenStay)
{
    insertStay("active");
    EXPECT_THROW(insertStay("active"), StorageError);
    EXPECT_THROW(insertStay("pre_admission", "2026-12-01"), StorageError);
    EXPECT_EQ(db.rows(QStringLiteral("stays")), 1);
    // Closed stays are not concerned.
    EXPECT_NO_THROW(insertStay("discharged", "2026-01-01", QStringLiteral("2026-01-28")));
    EXPECT_NO_THROW(insertStay("cancelled", "2026-02-01"));
    EXPECT_EQ(db.rows(QStringLiteral("stays")), 3);
}

TEST_F(DatabaseConstraints, UniqueIndexAlsoGuardsAServiceOpenedStay)
{
    ASSERT_TRUE(db->stays().open(TestStore::stay(patient)));
    EXPECT_THROW(insertStay("pre_admission", "2026-12-01"), StorageError);
}

TEST_F(DatabaseConstraints, ForeignKeysAreEnforced)
{
    EXPECT_THROW(insertStay("active", "2026-11-01", QVariant(), 999), StorageError);
    insertStay("active");
    // A patient with stays cannot disappear.
    EXPECT_THROW(db->database().execute(QStringLiteral("DELETE FROM patients")), StorageError);
    EXPECT_EQ(db.rows(QStringLiteral("patients")), 1);
}

TEST_F(DatabaseConstraints, ChecksRefuseImpossibleValues)
{
    EXPECT_THROW(insertStay("discharged", "2026-11-01", QStringLiteral("2026-10-01")), StorageError);
    EXPECT_THROW(insertStay("finished"), StorageError);
    EXPECT_THROW(db->database().execute(QStringLiteral("UPDATE patients SET sex = 'X'")), StorageError);
    EXPECT_THROW(db->database().execute(QStringLiteral("UPDATE patients SET ipp = NULL")), StorageError);
    EXPECT_EQ(db.rows(QStringLiteral("stays")), 0);
}

TEST_F(DatabaseConstraints, UniqueIppAndNir)
{
    EXPECT_THROW(db->database().execute(QStringLiteral(
                     "INSERT INTO patients (ipp, birth_name, first_names, birth_date, sex, sort_key, created_at, "
                     "updated_at) VALUES ('IPP001', 'A', 'B', '2000-01-01', 'F', 'A B', 't', 't')")),
                 StorageError);
    EXPECT_EQ(db.rows(QStringLiteral("patients")), 1);
}

TEST(WriteTransactionTest, LeavingWithoutCommitRollsBack)
{
    TestStore db;
    {
        WriteTransaction tx(db->database());
        db->database().execute(QStringLiteral("UPDATE units SET label = 'Changed'"));
    }
    EXPECT_EQ(db.units().first().label, QStringLiteral("Locomoteur"));

    {
        WriteTransaction tx(db->database());
        db->database().execute(QStringLiteral("UPDATE units SET label = 'Changed' WHERE code = 'polyvalent'"));
        tx.commit();
    }
    EXPECT_EQ(db.units().last().label, QStringLiteral("Changed"));
}

TEST(WriteTransactionTest, FailedNestedWriteRollsBackTheOuterOne)
{
    TestStore db;
    const QString before = db.dumpAll();
    WriteTransaction outer(db->database());
    db->database().execute(QStringLiteral("UPDATE units SET label = 'Outer'"));
    {
        WriteTransaction inner(db->database());
        EXPECT_EQ(db->database().transactionDepth(), 2);
        db->database().execute(QStringLiteral("UPDATE units SET sort_order = sort_order + 10"));
        // left without commit: the whole write must fail
    }
    EXPECT_THROW(outer.commit(), StorageError);
    EXPECT_EQ(db->database().transactionDepth(), 0);
    EXPECT_EQ(db.dumpAll(), before);
}

TEST(WriteTransactionTest, SecondConnectionSeesCommittedWrites)
{
    TestStore db;
    db.addPatient();
    Result<std::unique_ptr<Store>> second = Store::open(db.address(), db.clock(), QString());
    ASSERT_TRUE(second) << second.failure().text().toStdString();
    second.value()->session().signIn(Actor::local(QStringLiteral("test")));
    EXPECT_EQ(second.value()->patientRepository().count(), 1);
    ASSERT_TRUE(second.value()->patients().create(TestStore::patient(QStringLiteral("IPP002"))));
    EXPECT_EQ(db->patientRepository().count(), 2);
}

} // namespace
} // namespace smr
