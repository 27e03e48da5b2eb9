// smrdesk-cli backup, check and restore (issue #4, "crash safety and backups"), on both engines:
//   backup FILE            -> {"bytes": N, "path": "/absolute/FILE"}, exit 0; FILE exists -> exit 2
//   check                  -> {"ok": true, "schema_version": N, "integrity": "ok", ...}, exit 0;
//                             a damaged, foreign or newer database -> {"ok": false, ...}, exit 1
//   restore FILE [--force] -> {"path": ..., "database": ..., "restored": true, ...}, exit 0; a
//                             database holding data without --force -> exit 2, nothing changed

#include "cli/CliHarness.h"
#include "core/Store.h"
#include "core/access/Actor.h"
#include "core/common/Clock.h"
#include "core/storage/Migrator.h"
#include "support/WriterCheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

class CliBackupTest : public CliTest
{
protected:
    // Two patients, a stay, a result and an account: a little of every table.
    void fill(const QString &db, const QString &prefix)
    {
        for (const QString &ipp : QStringList{prefix + QStringLiteral("1"), prefix + QStringLiteral("2")})
            json(cli({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--ipp"), ipp,
                      QStringLiteral("--last-name"), QStringLiteral("Dupont"), QStringLiteral("--first-name"),
                      QStringLiteral("Marie"), QStringLiteral("--birth-date"), QStringLiteral("1956-03-12"),
                      QStringLiteral("--sex"), QStringLiteral("F")},
                     db));
        json(cli(words("stay open --patient 1 --mode HC --admitted 2026-11-02"), db));
        json(cli(words("record --stay 1 --performed-at 2026-11-03T10:30 tug") +
                     QStringList{QStringLiteral("{\"seconds\": 12.4}")},
                 db));
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("SMRDESK_NEW_PASSWORD"), QStringLiteral("correct horse battery"));
        json(runWith(dbArguments(db) + QStringList{QStringLiteral("--lang"), QStringLiteral("en")} +
                         words("user add --username admin --name Admin --roles administrator"),
                     env));
    }

    // What the command line shows of a database: its patients, a stay's results, its accounts.
    QString shown(const QString &db)
    {
        QString out;
        for (const QStringList &command : {words("patient list"), words("results --stay 1"), words("user list")})
            out += QString::fromUtf8(json(cli(command, db)).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
        return out;
    }

    QJsonArray audit(const QString &db) { return json(cli(words("audit"), db)).array(); }

    QString backupFile(const QString &name) const { return dir() + QLatin1Char('/') + name; }
};

TEST_F(CliBackupTest, BackupPrintsThePathAndTheSize)
{
    fill(database(), QStringLiteral("IPP"));
    const QString file = backupFile(QStringLiteral("monday.backup"));
    const QJsonDocument doc = json(cli({QStringLiteral("backup"), file}));
    const QJsonObject o = doc.object();
    EXPECT_EQ(o.keys(), (QStringList{QStringLiteral("bytes"), QStringLiteral("path")}));
    EXPECT_EQ(o.value(QStringLiteral("path")).toString(), QFileInfo(file).absoluteFilePath());
    EXPECT_EQ(o.value(QStringLiteral("bytes")).toInteger(), QFileInfo(file).size());
    EXPECT_GT(QFileInfo(file).size(), 0);
    // Nothing left beside it under a temporary name.
    EXPECT_EQ(filesIn(dir()).filter(QStringLiteral("partial")), QStringList());

    // An SQLite backup is itself a database that check accepts.
    if (!onPostgres()) {
        const QJsonObject checked = json(cli({QStringLiteral("check")}, file)).object();
        EXPECT_TRUE(checked.value(QStringLiteral("ok")).toBool());
        EXPECT_EQ(checked.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        EXPECT_EQ(checked.value(QStringLiteral("rows")).toObject().value(QStringLiteral("patients")).toInt(), 2);
    }
}

TEST_F(CliBackupTest, CheckPrintsTheVersionAndTheChecks)
{
    fill(database(), QStringLiteral("IPP"));
    const QJsonObject o = json(cli({QStringLiteral("check")})).object();
    EXPECT_TRUE(o.value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("schema_version")).toInt(), Migrator::latestVersion());
    EXPECT_EQ(o.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(o.value(QStringLiteral("foreign_keys")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(o.value(QStringLiteral("engine")).toString(),
              onPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    const QJsonObject rows = o.value(QStringLiteral("rows")).toObject();
    EXPECT_EQ(rows.value(QStringLiteral("patients")).toInt(), 2);
    EXPECT_EQ(rows.value(QStringLiteral("stays")).toInt(), 1);
    EXPECT_EQ(rows.value(QStringLiteral("results")).toInt(), 1);
    EXPECT_EQ(rows.value(QStringLiteral("users")).toInt(), 1);
    EXPECT_EQ(rows.value(QStringLiteral("audit_log")).toInt(), audit(database()).size());
    EXPECT_FALSE(o.contains(QStringLiteral("problem")));
}

TEST_F(CliBackupTest, RestoreIntoAnEmptyDatabaseGivesTheSameData)
{
    fill(database(), QStringLiteral("IPP"));
    const QString file = backupFile(QStringLiteral("copy.backup"));
    json(cli({QStringLiteral("backup"), file}));

    const QString restored = otherDatabase(QStringLiteral("restored"));
    const QJsonObject o = json(cli({QStringLiteral("restore"), file}, restored)).object();
    EXPECT_EQ(o.keys(),
              (QStringList{QStringLiteral("backup_schema_version"), QStringLiteral("database"), QStringLiteral("path"),
                           QStringLiteral("restored"), QStringLiteral("schema_version")}));
    EXPECT_EQ(o.value(QStringLiteral("path")).toString(), QFileInfo(file).absoluteFilePath());
    EXPECT_TRUE(o.value(QStringLiteral("restored")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("schema_version")).toInt(), Migrator::latestVersion());
    EXPECT_EQ(o.value(QStringLiteral("backup_schema_version")).toInt(), Migrator::latestVersion());

    EXPECT_EQ(shown(restored), shown(database()));
    for (const char *table : {"patients", "patient_search_terms", "stays", "results", "users"})
        EXPECT_EQ(count(restored, QLatin1String(table)), count(database(), QLatin1String(table))) << table;
    // The trail of the backup, and the restore at its end.
    const QJsonArray before = audit(database());
    const QJsonArray after = audit(restored);
    ASSERT_EQ(after.size(), before.size() + 1);
    for (qsizetype i = 0; i < before.size(); ++i)
        EXPECT_EQ(after.at(i), before.at(i)) << i;
    const QJsonObject last = after.last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("entity")).toString(), QStringLiteral("database"));
    EXPECT_EQ(last.value(QStringLiteral("action")).toString(), QStringLiteral("restore"));
    EXPECT_EQ(last.value(QStringLiteral("actor")).toString(), QStringLiteral("cli:") + Actor::operatingSystemUser());
    EXPECT_TRUE(json(cli({QStringLiteral("check")}, restored)).object().value(QStringLiteral("ok")).toBool());
}

TEST_F(CliBackupTest, RestoreOverDataIsRefusedWithoutForce)
{
    fill(database(), QStringLiteral("OLD"));
    const QString file = backupFile(QStringLiteral("old.backup"));
    json(cli({QStringLiteral("backup"), file}));

    const QString target = otherDatabase(QStringLiteral("target"));
    fill(target, QStringLiteral("NEW"));
    const QString before = snapshot(target);
    const CliRun refused = cli({QStringLiteral("restore"), file}, target);
    EXPECT_EQ(refused.exitCode, 2) << refused;
    EXPECT_TRUE(refused.out.isEmpty()) << refused;
    EXPECT_TRUE(refused.err.startsWith(QStringLiteral("smrdesk-cli: The database "))) << refused;
    EXPECT_TRUE(refused.err.contains(QStringLiteral("already holds data (2 patient"))) << refused;
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--force"))) << refused;
    EXPECT_EQ(snapshot(target), before) << "nothing changed";

    json(cli({QStringLiteral("restore"), file, QStringLiteral("--force")}, target));
    EXPECT_EQ(shown(target), shown(database()));
    const QJsonArray trail = audit(target);
    const QJsonObject last = trail.last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("action")).toString(), QStringLiteral("restore"));
    EXPECT_EQ(last.value(QStringLiteral("before")).toObject().value(QStringLiteral("patients")).toInt(), 2);
}

TEST_F(CliBackupTest, BackupNeverReplacesAFile)
{
    fill(database(), QStringLiteral("IPP"));
    const QString file = backupFile(QStringLiteral("taken.backup"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("yesterday's backup\n");
    }
    const CliRun r = cli({QStringLiteral("backup"), file});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.out.isEmpty()) << r;
    EXPECT_EQ(r.err, QStringLiteral("smrdesk-cli: FILE: %1 already exists; a backup never replaces a file: choose "
                                    "another name, or move the old file away first.\n")
                         .arg(QDir::toNativeSeparators(file)))
        << r;
    EXPECT_EQ(sha256(file), QCryptographicHash::hash("yesterday's backup\n", QCryptographicHash::Sha256));
}

// A backup taken while another process keeps writing: it passes the check, holds every write
// acknowledged before it began, and only whole writes, the writer's first ones without a gap.
TEST_F(CliBackupTest, BackupWhileAnotherProcessWritesIsAConsistentPrefix)
{
    json(cli(words("init")));
    QByteArray output;
    std::unique_ptr<QProcess> writer = startWriter(writerDatabase(addressOf(database())), QStringLiteral("W"), output);
    QElapsedTimer waited;
    waited.start();
    while (acknowledged(output).size() < 30 && waited.elapsed() < 20000 && writer->state() == QProcess::Running) {
        writer->waitForReadyRead(100);
        output += writer->readAllStandardOutput();
    }
    const QList<Acknowledged> before = acknowledged(output);
    ASSERT_GE(before.size(), 30) << writer->readAllStandardError().toStdString();

    const QString file = backupFile(QStringLiteral("during.backup"));
    const CliRun backup = cli({QStringLiteral("backup"), file});
    // The writer was not held up: it goes on writing.
    writer->waitForReadyRead(2000);
    writer->kill();
    writer->waitForFinished();
    output += writer->readAllStandardOutput();
    const QList<Acknowledged> all = acknowledged(output);
    EXPECT_GT(all.size(), before.size());

    const QJsonObject written = json(backup).object();
    EXPECT_EQ(written.value(QStringLiteral("bytes")).toInteger(), QFileInfo(file).size());
    if (!onPostgres()) {
        EXPECT_TRUE(json(cli({QStringLiteral("check")}, file)).object().value(QStringLiteral("ok")).toBool());
    }
    const QString restored = otherDatabase(QStringLiteral("restored"));
    json(cli({QStringLiteral("restore"), file}, restored));
    EXPECT_TRUE(json(cli({QStringLiteral("check")}, restored)).object().value(QStringLiteral("ok")).toBool());

    FixedClock clock(QDate(2026, 11, 22));
    Result<std::unique_ptr<Store>> copy = Store::open(addressOf(restored), clock, QString());
    ASSERT_TRUE(copy) << copy.failure().text().toStdString();
    expectAcknowledgedPresent(*copy.value(), before);
    const int inBackup = expectCompletePrefix(*copy.value(), QStringLiteral("W"));
    EXPECT_GE(inBackup, before.size());
    EXPECT_LE(inBackup, all.size() + 1);
    std::cout << "[ measured ] " << before.size() << " writes acknowledged before the backup began, " << inBackup
              << " in the backup, " << all.size() << " acknowledged when the writer was killed\n";
}

// PostgreSQL's programs come from the package postgresql-client; without them the message says so.
// PostgreSQL only (SQLite needs no external program): Postgres* suites run in the "pg." half alone.
class PostgresCliBackupTest : public CliBackupTest
{
};

TEST_F(PostgresCliBackupTest, MissingPostgresqlClientIsNamed)
{
    ASSERT_TRUE(onPostgres()) << "a PostgreSQL-only test: run it with SMRDESK_TEST_BACKEND=postgres";
    fill(database(), QStringLiteral("IPP"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("SMRDESK_PG_BINDIR"), dir() + QStringLiteral("/no-programs-here"));
    const QString file = backupFile(QStringLiteral("never.backup"));
    const CliRun r = runWith(dbArguments(database()) + QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                                                   QStringLiteral("backup"), file},
                             env);
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.out.isEmpty()) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("pg_dump was not found"))) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("postgresql-client"))) << r;
    EXPECT_FALSE(QFileInfo::exists(file));
}

// ---- SQLite files themselves ----

class SqliteCliBackupTest : public CliBackupTest
{
protected:
    // Bytes, modification time and the files of the folder: what "left untouched" means.
    static QString trace(const QString &path)
    {
        return QString::fromLatin1(sha256(path).toHex()) + QLatin1Char(' ') +
               QFileInfo(path).lastModified().toString(Qt::ISODateWithMs) + QLatin1Char(' ') +
               filesIn(QFileInfo(path).absolutePath()).join(QLatin1Char(','));
    }

    // check must exit 1 with {"ok": false, "problem": <problem>} and a message naming the file.
    void expectRefusedCheck(const QString &path, const QString &problem, const QString &words)
    {
        const QString before = trace(path);
        const CliRun r = cli({QStringLiteral("check")}, path);
        EXPECT_EQ(r.exitCode, 1) << r;
        EXPECT_EQ(r.out.count(QLatin1Char('\n')), 1) << r;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        EXPECT_FALSE(o.value(QStringLiteral("ok")).toBool(true)) << r;
        EXPECT_EQ(o.value(QStringLiteral("problem")).toString(), problem) << r;
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("smrdesk-cli: ") + path)) << r;
        EXPECT_TRUE(r.err.contains(words)) << r;
        EXPECT_EQ(trace(path), before) << "check must leave the file exactly as it was";
    }
};

TEST_F(SqliteCliBackupTest, DamagedCopyIsReportedAndLeftUntouched)
{
    json(cli(words("demo --patients 20 --seed 3"), otherDatabase(QStringLiteral("big"))));
    QDir().mkpath(dir() + QStringLiteral("/damaged"));
    const QString copy = dir() + QStringLiteral("/damaged/copy.sqlite");
    json(cli({QStringLiteral("backup"), copy}, otherDatabase(QStringLiteral("big"))));
    {
        // Garbage over page 3 (4096-byte pages).
        QFile f(copy);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_GT(f.size(), 4 * 4096);
        f.seek(2 * 4096);
        f.write(QByteArray(4096, '\xA5'));
    }
    expectRefusedCheck(copy, QStringLiteral("damaged"), QStringLiteral("is damaged"));
    const QJsonObject o = QJsonDocument::fromJson(cli({QStringLiteral("check")}, copy).out.toUtf8()).object();
    EXPECT_NE(o.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
}

TEST_F(SqliteCliBackupTest, ForeignAndNonSqliteFilesAreReportedAndLeftUntouched)
{
    QDir().mkpath(dir() + QStringLiteral("/files"));
    const QString foreign = dir() + QStringLiteral("/files/foo.sqlite");
    writeForeignDatabase(foreign);
    expectRefusedCheck(foreign, QStringLiteral("not_smrdesk"), QStringLiteral("is not an SMR Desk database"));
    const QString text = dir() + QStringLiteral("/files/notes.txt");
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Compte rendu\n");
    }
    expectRefusedCheck(text, QStringLiteral("not_sqlite"), QStringLiteral("is not an SQLite database file"));
    // Nor may they be restored.
    const CliRun r = cli({QStringLiteral("restore"), foreign});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("is not an SMR Desk database"))) << r;
    EXPECT_FALSE(QFileInfo::exists(database())) << "the database is not created for a refused restore";
}

TEST_F(SqliteCliBackupTest, CheckOfNothingCreatesNothing)
{
    const QString path = dir() + QStringLiteral("/absent/smrdesk.sqlite");
    const CliRun r = cli({QStringLiteral("check")}, path);
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("problem")).toString(),
              QStringLiteral("missing"))
        << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist"))) << r;
    EXPECT_FALSE(QFileInfo::exists(dir() + QStringLiteral("/absent")));
}

TEST_F(SqliteCliBackupTest, ADamagedDatabaseIsReplacedWithForce)
{
    fill(database(), QStringLiteral("IPP"));
    const QString file = backupFile(QStringLiteral("good.backup"));
    json(cli({QStringLiteral("backup"), file}));
    const QString broken = dir() + QStringLiteral("/broken.sqlite");
    {
        QFile f(broken);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x5A'));
    }
    const CliRun refused = cli({QStringLiteral("restore"), file}, broken);
    EXPECT_EQ(refused.exitCode, 2) << refused;
    EXPECT_TRUE(refused.err.contains(QStringLiteral("is not an SQLite database file"))) << refused;
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--force"))) << refused;
    json(cli({QStringLiteral("restore"), file, QStringLiteral("--force")}, broken));
    EXPECT_EQ(shown(broken), shown(database()));
}

} // namespace
} // namespace smr::test
