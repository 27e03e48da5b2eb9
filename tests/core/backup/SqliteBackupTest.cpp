// Issue #4: backups, checks and restores of SQLite files themselves. The check reads a file
// without leaving a trace (same bytes, same modification time, no -wal or -shm beside it) and
// names what is wrong with a damaged, foreign, newer or inconsistent file; a restore replaces a
// damaged file only when told to, and a program that has the database open sees the restored one.

#include "core/backup/BackupService.h"
#include "core/backup/SqliteConnection.h"
#include "core/storage/Migrator.h"
#include "core/storage/Sql.h"
#include "core/storage/WriteTransaction.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;

const Actor kLocal = Actor::local(QStringLiteral("test"));

// Bytes, modification time and the files beside it: what "left untouched" means.
struct Trace {
    QByteArray hash;
    QDateTime modified;
    QStringList folder;
    bool operator==(const Trace &) const = default;
};

Trace traceOf(const QString &path)
{
    Trace t;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        t.hash = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    t.modified = QFileInfo(path).lastModified();
    t.folder = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    return t;
}

void PrintTo(const Trace &t, std::ostream *os)
{
    *os << t.hash.toHex().left(12).toStdString() << " " << t.modified.toString(Qt::ISODateWithMs).toStdString() << " ["
        << t.folder.join(QStringLiteral(", ")).toStdString() << "]";
}

// A database with data, closed (checkpointed: no -wal beside it), in a folder of its own.
QString closedDatabase(const QString &folder)
{
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/smrdesk.sqlite");
    FixedClock clock(TestStore::today());
    Result<std::unique_ptr<Store>> store = Store::openSqlite(path, clock, QString());
    EXPECT_TRUE(store);
    if (!store)
        return path;
    store.value()->session().signIn(kLocal);
    for (int i = 0; i < 30; ++i)
        EXPECT_TRUE(store.value()->patients().create(TestStore::patient(QStringLiteral("IPP%1").arg(i))));
    return path;
}

// Writes garbage over the whole of page `page` (1-based) of the file.
void damagePage(const QString &path, int page)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_GE(f.size(), page * 4096);
    f.seek((page - 1) * 4096);
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 37 + 11) % 256));
    f.write(garbage);
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

TEST(SqliteBackupTest, CheckLeavesNoTraceAndNamesWhatIsWrong)
{
    TestStore db;
    const QString healthy = closedDatabase(db.dir() + QStringLiteral("/healthy"));
    const QString damaged = closedDatabase(db.dir() + QStringLiteral("/damaged"));
    damagePage(damaged, 3);
    QDir().mkpath(db.dir() + QStringLiteral("/other"));
    const QString foreign = db.dir() + QStringLiteral("/other/foo.sqlite");
    {
        std::unique_ptr<SqliteConnection> c = SqliteConnection::openReadWrite(foreign);
        c->execute(QStringLiteral("CREATE TABLE foo (x INTEGER)"));
    }
    const QString text = db.dir() + QStringLiteral("/other/notes.txt");
    writeText(text, "Ceci n'est pas une base.\n");
    const QString empty = db.dir() + QStringLiteral("/other/empty.sqlite");
    writeText(empty, QByteArray());

    struct Case {
        QString path;
        CheckReport::Problem problem;
        QString words;
    };
    const Case cases[] = {
        {healthy, CheckReport::Problem::None, QString()},
        {damaged, CheckReport::Problem::Damaged, QStringLiteral("is damaged")},
        {foreign, CheckReport::Problem::NotSmrDesk, QStringLiteral("is not an SMR Desk database")},
        {text, CheckReport::Problem::NotSqlite, QStringLiteral("is not an SQLite database file")},
        {empty, CheckReport::Problem::Empty, QStringLiteral("is empty")},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.path.toStdString());
        const Trace before = traceOf(c.path);
        const Result<CheckReport> report = BackupService::inspect(DatabaseAddress::sqlite(c.path));
        ASSERT_TRUE(report);
        EXPECT_EQ(report->problem, c.problem) << report->message.toStdString();
        if (c.problem != CheckReport::Problem::None) {
            EXPECT_TRUE(report->message.startsWith(QDir::toNativeSeparators(c.path))) << report->message.toStdString();
            EXPECT_TRUE(report->message.contains(c.words)) << report->message.toStdString();
        }
        EXPECT_EQ(traceOf(c.path), before) << "the check left a trace";
    }
    // The integrity check's own words are kept for the report.
    const CheckReport broken = *BackupService::inspect(DatabaseAddress::sqlite(damaged));
    EXPECT_FALSE(broken.integrity.isEmpty());
    EXPECT_NE(broken.integrity, QStringLiteral("ok"));
}

TEST(SqliteBackupTest, ForeignKeyViolationsAreReported)
{
    TestStore db;
    const QString path = closedDatabase(db.dir() + QStringLiteral("/fk"));
    {
        std::unique_ptr<SqliteConnection> c = SqliteConnection::openReadWrite(path);
        c->execute(QStringLiteral("PRAGMA foreign_keys = OFF"));
        c->execute(QStringLiteral("INSERT INTO stays (patient_id, unit_code, mode, status, admission_date, created_at, "
                                  "updated_at) VALUES (999, 'locomoteur', 'HC', 'active', '2026-11-01', 't', 't')"));
    }
    const CheckReport report = *BackupService::inspect(DatabaseAddress::sqlite(path));
    EXPECT_EQ(report.problem, CheckReport::Problem::ForeignKeys);
    EXPECT_EQ(report.integrity, QStringLiteral("ok"));
    EXPECT_EQ(report.foreignKeys, QStringLiteral("stays (1)"));
    EXPECT_TRUE(report.message.contains(QStringLiteral("1 row points to records that do not exist")))
        << report.message.toStdString();
}

TEST(SqliteBackupTest, ADamagedDatabaseIsReplacedOnlyWhenTold)
{
    TestStore db;
    db.addPatient(QStringLiteral("SAVED01"));
    const QString file = db.dir() + QStringLiteral("/good.backup");
    ASSERT_TRUE(BackupService::backup(db.address(), file));

    const QString damaged = closedDatabase(db.dir() + QStringLiteral("/damaged"));
    damagePage(damaged, 3);
    const Trace before = traceOf(damaged);
    const DatabaseAddress target = DatabaseAddress::sqlite(damaged);
    const Result<RestoreReport> refused =
        BackupService::restore(file, target, kLocal, BackupService::Overwrite::KeepData, db.clock());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().kind(), Failure::Kind::Invalid);
    EXPECT_TRUE(refused.failure().text().contains(QStringLiteral("is damaged")))
        << refused.failure().text().toStdString();
    EXPECT_TRUE(refused.failure().text().contains(QStringLiteral("--force"))) << refused.failure().text().toStdString();
    EXPECT_EQ(traceOf(damaged), before);

    const Result<RestoreReport> restored =
        BackupService::restore(file, target, kLocal, BackupService::Overwrite::Replace, db.clock());
    ASSERT_TRUE(restored) << restored.failure().text().toStdString();
    EXPECT_TRUE(BackupService::inspect(target)->ok());
    Result<std::unique_ptr<Store>> store = Store::open(target, db.clock(), QString());
    ASSERT_TRUE(store);
    EXPECT_TRUE(store.value()->patientRepository().findByIpp(QStringLiteral("SAVED01")));
    EXPECT_FALSE(store.value()->patientRepository().findByIpp(QStringLiteral("IPP1")));
}

TEST(SqliteBackupTest, ANewerBackupIsRefused)
{
    TestStore db;
    db.addPatient();
    const QString file = db.dir() + QStringLiteral("/newer.backup");
    ASSERT_TRUE(BackupService::backup(db.address(), file));
    {
        std::unique_ptr<SqliteConnection> c = SqliteConnection::openReadWrite(file);
        c->execute(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (%1, 'future', 'x')")
                       .arg(Migrator::latestVersion() + 1));
    }
    TestStore target;
    const QString before = target.dumpAll();
    const Result<RestoreReport> refused =
        BackupService::restore(file, target.address(), kLocal, BackupService::Overwrite::Replace, db.clock());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().kind(), Failure::Kind::Invalid);
    EXPECT_TRUE(refused.failure().text().contains(QStringLiteral("newer version of SMR Desk")))
        << refused.failure().text().toStdString();
    EXPECT_EQ(target.dumpAll(), before);
}

// WAL: the copy is one read transaction; a write still open when it starts is not in it.
TEST(SqliteBackupTest, ABackupHoldsWhatWasCommittedAndNothingElse)
{
    TestStore db;
    db.addPatient(QStringLiteral("COMMITTED"));
    const QString file = db.dir() + QStringLiteral("/live.backup");
    {
        WriteTransaction open(db->database());
        db->patientRepository().insert(TestStore::patient(QStringLiteral("PENDING")), timestamp(db.clock()));
        const Result<BackupReport> backup = BackupService::backup(db.address(), file);
        ASSERT_TRUE(backup) << backup.failure().text().toStdString();
        open.commit();
    }
    FixedClock clock(TestStore::today());
    Result<std::unique_ptr<Store>> copy = Store::openSqlite(file, clock, QString());
    ASSERT_TRUE(copy);
    EXPECT_TRUE(copy.value()->patientRepository().findByIpp(QStringLiteral("COMMITTED")));
    EXPECT_FALSE(copy.value()->patientRepository().findByIpp(QStringLiteral("PENDING")));
    EXPECT_TRUE(db->patientRepository().findByIpp(QStringLiteral("PENDING")));
}

// The pages are replaced through SQLite, so a connection that stays open sees the restored
// database, not a file deleted under it.
TEST(SqliteBackupTest, AnOpenConnectionSeesTheRestoredDatabase)
{
    TestStore source;
    source.addPatient(QStringLiteral("FROM-BACKUP"));
    const QString file = source.dir() + QStringLiteral("/b.backup");
    ASSERT_TRUE(BackupService::backup(source.address(), file));

    TestStore target;
    target.addPatient(QStringLiteral("REPLACED"));
    const Result<RestoreReport> restored =
        BackupService::restore(file, target.address(), kLocal, BackupService::Overwrite::Replace, target.clock());
    ASSERT_TRUE(restored) << restored.failure().text().toStdString();
    EXPECT_TRUE(target->patientRepository().findByIpp(QStringLiteral("FROM-BACKUP")));
    EXPECT_FALSE(target->patientRepository().findByIpp(QStringLiteral("REPLACED")));
    EXPECT_EQ(target.audit().last().action, QStringLiteral("restore"));
}

} // namespace
} // namespace smr
