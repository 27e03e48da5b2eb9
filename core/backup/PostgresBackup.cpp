#include "core/backup/PostgresBackup.h"

#include "core/backup/DurableFile.h"
#include "core/backup/PgTools.h"
#include "core/backup/SchemaCheck.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace smr {

namespace {

// Schema names are written into SQL and into pg_dump's pattern: only plain identifiers.
bool isPlainIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return identifier.match(name).hasMatch();
}

// A connection of its own that changes nothing: unlike Database, no CREATE SCHEMA, no search path.
class Connection
{
public:
    Connection(const DatabaseAddress &address, const QString &password)
    {
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("smrdesk-check-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (!db.isValid()) {
            m_error = PostgresBackup::tr("the PostgreSQL driver of Qt (QPSQL) is missing: install libqt6sql6-psql.");
            return;
        }
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setUserName(address.user);
        db.setDatabaseName(address.database);
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        if (!db.open())
            m_error = db.lastError().text().trimmed();
    }
    ~Connection() { QSqlDatabase::removeDatabase(m_name); }

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    const QString &error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

} // namespace

Result<CheckReport> PostgresBackup::inspect(const DatabaseAddress &address, const QString &password, bool full)
{
    CheckReport r;
    r.postgres = true;
    r.location = address.display();
    const auto problem = [&](CheckReport::Problem p, const QString &message) {
        r.problem = p;
        r.message = message;
        return r;
    };
    Connection connection(address, password);
    if (!connection.error().isEmpty()) {
        if (connection.error().contains(QLatin1String("password"), Qt::CaseInsensitive))
            return Failure::authentication(
                tr("The server %1 asks for a password: %2").arg(address.display(), connection.error()));
        return Failure::storage(tr("The server %1 cannot be reached: %2").arg(address.display(), connection.error()));
    }
    QSqlDatabase db = connection.db();
    QSqlQuery q(db);
    const auto scalar = [&](const QString &sql, const QVariantList &values = {}) -> QVariant {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        const QVariant v = q.value(0);
        q.finish();
        return v;
    };
    r.schema = address.schema;
    if (r.schema.isEmpty())
        r.schema = scalar(QStringLiteral("SELECT current_schema()")).toString();
    if (r.schema.isEmpty())
        return problem(
            CheckReport::Problem::Missing,
            tr("There is no SMR Desk database at %1 yet: no schema of the search path exists.").arg(r.location));
    if (!isPlainIdentifier(r.schema))
        return problem(
            CheckReport::Problem::Unreadable,
            tr("The schema \"%1\" of %2 must be letters, digits and underscores.").arg(r.schema, r.location));
    if (!scalar(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?"), {r.schema}).isValid())
        return problem(
            CheckReport::Problem::Missing,
            tr("There is no SMR Desk database at %1 yet: the schema %2 does not exist.").arg(r.location, r.schema));
    QStringList tables;
    q.prepare(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                             "AND table_type = 'BASE TABLE'"));
    q.addBindValue(r.schema);
    if (!q.exec())
        return Failure::storage(tr("The tables of %1 cannot be read: %2").arg(r.location, q.lastError().text()));
    while (q.next())
        tables << q.value(0).toString();
    q.finish();
    QStringList missing;
    if (!SchemaCheck::examine(
            r, tables, [&scalar](const QString &sql) { return scalar(sql); }, QStringLiteral("\"%1\".").arg(r.schema),
            missing) ||
        !SchemaCheck::complete(r, missing))
        return r;
    if (full) {
        // Pages are the server's business; what can be wrong here is a constraint left unchecked.
        r.integrity = QStringLiteral("ok");
        const int unchecked = scalar(QStringLiteral("SELECT COUNT(*) FROM pg_constraint c JOIN pg_namespace n ON "
                                                    "n.oid = c.connamespace WHERE n.nspname = ? AND c.contype = 'f' "
                                                    "AND NOT c.convalidated"),
                                     {r.schema})
                                  .toInt();
        if (unchecked > 0) {
            r.foreignKeys = tr("%n constraint(s) not validated", nullptr, unchecked);
            return problem(CheckReport::Problem::ForeignKeys, tr("%1 is damaged: %2.").arg(r.location, r.foreignKeys));
        }
        r.foreignKeys = QStringLiteral("ok");
    }
    return r;
}

Result<BackupReport> PostgresBackup::backup(const DatabaseAddress &address, const QString &file,
                                            const QString &password)
{
    const QString target = QFileInfo(file).absoluteFilePath();
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        return Failure::invalid(QStringLiteral("file"), tr("%1 already exists; a backup never replaces a file: "
                                                           "choose another name, or move the old file away first.")
                                                            .arg(durable::nativePath(target)));
    const Result<QString> pgDump = PgTools::find(QStringLiteral("pg_dump"));
    if (!pgDump)
        return pgDump.failure();
    const Result<CheckReport> probe = inspect(address, password, false);
    if (!probe)
        return probe.failure();
    if (!probe->ok())
        return Failure::storage(tr("Nothing was backed up: %1").arg(probe->message));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Failure::storage(tr("The folder of %1 cannot be created.").arg(durable::nativePath(target)));

    // pg_dump reads in one repeatable-read transaction: a consistent copy while others write.
    const QString partial = durable::partialName(target, QStringLiteral("partial"));
    const PgTools::Run dump = PgTools::run(
        *pgDump,
        PgTools::connectionArguments(address) +
            QStringList{QStringLiteral("-Fc"), QStringLiteral("-f"), partial, QStringLiteral("-n"),
                        QStringLiteral("\"%1\"").arg(probe->schema), QStringLiteral("-d"), address.database},
        password);
    if (dump.exitCode != 0) {
        QFile::remove(partial);
        return PgTools::failure(QStringLiteral("pg_dump"), address, dump);
    }
    if (const Status published = durable::publishBackup(partial, target); !published)
        return published.failure();
    if (const Result<Archive> check = readArchive(target); !check) {
        QFile::remove(target);
        return Failure::storage(
            tr("The backup did not pass its check and was removed: %1").arg(check.failure().text()));
    }
    return BackupReport{target, QFileInfo(target).size()};
}

Result<PostgresBackup::Archive> PostgresBackup::readArchive(const QString &file)
{
    const QString field = QStringLiteral("file");
    if (!QFileInfo(file).isFile())
        return Failure::notFound(field, tr("%1 does not exist.").arg(durable::nativePath(file)));
    QFile f(file);
    const QByteArray head = f.open(QIODevice::ReadOnly) ? f.read(16) : QByteArray();
    f.close();
    if (head.startsWith("SQLite format 3"))
        return Failure::invalid(field, tr("%1 is an SQLite database file, not a PostgreSQL backup: it belongs to a "
                                          "database file on a workstation.")
                                           .arg(durable::nativePath(file)));
    if (!head.startsWith("PGDMP"))
        return Failure::invalid(field, tr("%1 is not an SMR Desk backup made on PostgreSQL (pg_dump's custom format).")
                                           .arg(durable::nativePath(file)));
    const Result<QString> pgRestore = PgTools::find(QStringLiteral("pg_restore"));
    if (!pgRestore)
        return pgRestore.failure();
    const PgTools::Run list = PgTools::run(*pgRestore, {QStringLiteral("-l"), file}, QString());
    if (list.exitCode != 0)
        return Failure::invalid(field, tr("%1 cannot be read: %2").arg(durable::nativePath(file), list.err));

    Archive archive;
    static const QRegularExpression versionTable(
        QStringLiteral("^\\d+; \\d+ \\d+ TABLE (\\S+) schema_version( \\S+)?$"));
    for (const QString &line : QString::fromUtf8(list.out).split(QLatin1Char('\n'))) {
        archive.toc << line;
        if (const QRegularExpressionMatch m = versionTable.match(line); m.hasMatch())
            archive.schema = m.captured(1);
    }
    if (archive.schema.isEmpty())
        return Failure::invalid(
            field, tr("%1 is not an SMR Desk backup: it has no schema_version table.").arg(durable::nativePath(file)));
    if (!isPlainIdentifier(archive.schema))
        return Failure::invalid(field, tr("%1 holds the schema \"%2\", whose name is not letters, digits and "
                                          "underscores.")
                                           .arg(durable::nativePath(file), archive.schema));
    const PgTools::Run data =
        PgTools::run(*pgRestore,
                     {QStringLiteral("-a"), QStringLiteral("-n"), archive.schema, QStringLiteral("-t"),
                      QStringLiteral("schema_version"), QStringLiteral("-f"), QStringLiteral("-"), file},
                     QString());
    if (data.exitCode != 0)
        return Failure::invalid(field, tr("%1 cannot be read: %2").arg(durable::nativePath(file), data.err));
    bool inCopy = false;
    for (const QString &line : QString::fromUtf8(data.out).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("COPY ")))
            inCopy = true;
        else if (line == QLatin1String("\\."))
            inCopy = false;
        else if (inCopy)
            archive.version = std::max(archive.version, line.section(QLatin1Char('\t'), 0, 0).toInt());
    }
    if (archive.version > Migrator::latestVersion())
        return Failure::invalid(field, tr("%1 was written by a newer version of SMR Desk (schema %2; this version "
                                          "knows schemas up to %3).")
                                           .arg(durable::nativePath(file))
                                           .arg(archive.version)
                                           .arg(Migrator::latestVersion()));
    return archive;
}

Status PostgresBackup::restore(const Archive &archive, const QString &file, const DatabaseAddress &target,
                               const CheckReport &targetReport, const QString &password)
{
    const Result<QString> pgRestore = PgTools::find(QStringLiteral("pg_restore"));
    if (!pgRestore)
        return pgRestore.failure();
    const Result<QString> psql = PgTools::find(QStringLiteral("psql"));
    if (!psql)
        return psql.failure();
    QTemporaryDir work;
    if (!work.isValid())
        return Failure::storage(tr("No temporary folder for the restore: %1").arg(work.errorString()));

    // Everything but the schema itself: the target's schema keeps its owner and grants.
    static const QRegularExpression schemaEntry(
        QStringLiteral("^\\d+; \\d+ \\d+ (SCHEMA|COMMENT - SCHEMA|ACL - SCHEMA) "));
    QStringList entries;
    for (const QString &line : archive.toc) {
        if (!schemaEntry.match(line).hasMatch())
            entries << line;
    }
    const QString listFile = work.filePath(QStringLiteral("restore.list"));
    const QString scriptFile = work.filePath(QStringLiteral("restore.sql"));
    {
        QFile list(listFile);
        if (!list.open(QIODevice::WriteOnly) || list.write(entries.join(QLatin1Char('\n')).toUtf8()) < 0)
            return Failure::storage(tr("No temporary folder for the restore: %1").arg(list.errorString()));
    }
    const PgTools::Run script = PgTools::run(
        *pgRestore,
        {QStringLiteral("--no-owner"), QStringLiteral("-L"), listFile, QStringLiteral("-f"), scriptFile, file},
        QString(), true);
    if (script.exitCode != 0)
        return PgTools::failure(QStringLiteral("pg_restore"), target, script);

    const QString from = archive.schema;
    const QString to = targetReport.schema;
    const QString aside =
        QStringLiteral("smrdesk_aside_%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    // The migration lock: no workstation migrates this database while it is replaced.
    QString prelude = QStringLiteral("SET client_min_messages = warning; SELECT pg_advisory_xact_lock(7271829);\n");
    QString epilogue;
    if (from != to) {
        // The archive's objects are named after its schema: they are restored there (a schema of
        // that name is set aside meanwhile), then moved.
        prelude += QStringLiteral("DO $smr$ BEGIN IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '%1') THEN "
                                  "ALTER SCHEMA \"%1\" RENAME TO \"%2\"; END IF; END $smr$;\n"
                                  "CREATE SCHEMA \"%1\";\n")
                       .arg(from, aside);
        epilogue = moveSchemaContents(from, to) +
                   QStringLiteral("DROP SCHEMA \"%1\";\n"
                                  "DO $smr$ BEGIN IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '%2') THEN "
                                  "ALTER SCHEMA \"%2\" RENAME TO \"%1\"; END IF; END $smr$;\n")
                       .arg(from, aside);
    }
    prelude += QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"%1\";\n").arg(to) + emptySchema(to);
    if (epilogue.isEmpty())
        epilogue = QStringLiteral("SELECT 1;");

    // psql -1: BEGIN before the first -c, COMMIT after the last; ON_ERROR_STOP: any error
    // rolls everything back, so the database is either the old one or the restored one.
    const PgTools::Run run =
        PgTools::run(*psql,
                     PgTools::connectionArguments(target) +
                         QStringList{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                     QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-1"), QStringLiteral("-d"),
                                     target.database, QStringLiteral("-c"), prelude, QStringLiteral("-f"), scriptFile,
                                     QStringLiteral("-c"), epilogue},
                     password, true);
    if (run.exitCode != 0) {
        if (run.err.contains(QLatin1String("password"), Qt::CaseInsensitive))
            return PgTools::failure(QStringLiteral("psql"), target, run);
        return Failure::storage(tr("The restore into %1 failed and was undone: the database is as it was. psql: %2")
                                    .arg(target.display(), run.err));
    }
    return Done{};
}

QString PostgresBackup::emptySchema(const QString &schema)
{
    // Tables (with their indexes, triggers and owned sequences), views, other sequences, then
    // functions: what a restore replaces. Objects of an extension installed in the schema
    // (pgcrypto, pg_trgm…) stay: they cannot be dropped one by one, and are not the database's.
    return QStringLiteral(
               "DO $smr$ DECLARE r record; BEGIN\n"
               "FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
               "  WHERE n.nspname = '%1' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')\n"
               "  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass\n"
               "                  AND d.objid = c.oid AND d.deptype = 'e')\n"
               "  ORDER BY c.relkind = 'S'\n"
               "LOOP EXECUTE format('DROP %s IF EXISTS %I.%I CASCADE', CASE r.relkind WHEN 'v' THEN 'VIEW'\n"
               "  WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE'\n"
               "  ELSE 'TABLE' END, '%1', r.relname); END LOOP;\n"
               "FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace\n"
               "  WHERE n.nspname = '%1' AND p.prokind <> 'a'\n"
               "  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass\n"
               "                  AND d.objid = p.oid AND d.deptype = 'e')\n"
               "LOOP EXECUTE 'DROP ROUTINE IF EXISTS ' || r.f::text || ' CASCADE'; END LOOP;\n"
               "END $smr$;\n")
        .arg(schema);
}

QString PostgresBackup::moveSchemaContents(const QString &from, const QString &to)
{
    // A table moves with its indexes, constraints, triggers and owned sequences.
    return QStringLiteral(
               "DO $smr$ DECLARE r record; BEGIN\n"
               "FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
               "  WHERE n.nspname = '%1' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')\n"
               "LOOP EXECUTE format('ALTER %s %I.%I SET SCHEMA %I', CASE r.relkind WHEN 'v' THEN 'VIEW'\n"
               "  WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,\n"
               "  '%1', r.relname, '%2'); END LOOP;\n"
               "FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
               "  WHERE n.nspname = '%1' AND c.relkind = 'S'\n"
               "LOOP EXECUTE format('ALTER SEQUENCE %I.%I SET SCHEMA %I', '%1', r.relname, '%2'); END LOOP;\n"
               "FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace\n"
               "  WHERE n.nspname = '%1'\n"
               "LOOP EXECUTE 'ALTER ROUTINE ' || r.f::text || ' SET SCHEMA ' || quote_ident('%2'); END LOOP;\n"
               "END $smr$;\n")
        .arg(from, to);
}

} // namespace smr
