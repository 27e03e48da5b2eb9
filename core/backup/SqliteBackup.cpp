#include "core/backup/SqliteBackup.h"

#include "core/backup/DurableFile.h"
#include "core/backup/SchemaCheck.h"
#include "core/backup/SqliteConnection.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace smr {

namespace {

bool startsWith(const QString &path, const QByteArray &magic)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(magic.size()) == magic;
}

QString quoted(const QString &path)
{
    QString out = path;
    out.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

} // namespace

CheckReport SqliteBackup::inspect(const QString &path, Depth depth)
{
    CheckReport report = inspectOnce(path, depth, true);
    // Read "immutable" because nobody had it open, yet found wanting: another program may have
    // started writing meanwhile. Read it again through SQLite's locks before saying it is damaged.
    if (!report.ok() && report.problem != CheckReport::Problem::Missing &&
        report.problem != CheckReport::Problem::Empty && report.problem != CheckReport::Problem::NotSqlite &&
        QFileInfo::exists(QFileInfo(path).absoluteFilePath() + QStringLiteral("-wal")))
        report = inspectOnce(path, depth, false);
    return report;
}

CheckReport SqliteBackup::inspectOnce(const QString &path, Depth depth, bool allowImmutable)
{
    CheckReport r;
    r.location = durable::nativePath(path);
    const QFileInfo info(path);
    const auto problem = [&](CheckReport::Problem p, const QString &message) {
        r.problem = p;
        r.message = message;
        return r;
    };
    if (!info.exists())
        return problem(CheckReport::Problem::Missing, tr("%1 does not exist.").arg(r.location));
    if (!info.isFile())
        return problem(CheckReport::Problem::Unreadable, tr("%1 is not a file.").arg(r.location));
    if (info.size() == 0)
        return problem(CheckReport::Problem::Empty,
                       tr("%1 is empty: it holds no SMR Desk database yet.").arg(r.location));
    if (startsWith(path, QByteArrayLiteral("PGDMP")))
        return problem(CheckReport::Problem::NotSqlite,
                       tr("%1 is a PostgreSQL backup, not an SQLite database file: it belongs to a database on a "
                          "server.")
                           .arg(r.location));
    if (!Database::hasSqliteHeader(path))
        return problem(CheckReport::Problem::NotSqlite,
                       tr("%1 is not an SQLite database file (another kind of file, or its first page is damaged).")
                           .arg(r.location));
    try {
        std::unique_ptr<SqliteConnection> db = SqliteConnection::openReadOnly(path, allowImmutable);
        QStringList tables;
        for (const QStringList &row : db->rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
            tables << row.value(0);
        QStringList missing;
        if (!SchemaCheck::examine(
                r, tables, [&db](const QString &sql) { return db->value(sql); }, QString(), missing))
            return r;
        if (depth == Depth::Full) {
            const QList<QStringList> integrity = db->rows(QStringLiteral("PRAGMA integrity_check(20)"));
            QStringList lines;
            for (const QStringList &row : integrity)
                lines << row.value(0);
            r.integrity = lines.join(QStringLiteral("; "));
            if (r.integrity != QLatin1String("ok"))
                return problem(CheckReport::Problem::Damaged,
                               tr("%1 is damaged: SQLite's integrity check found: %2").arg(r.location, r.integrity));
        }
        if (!SchemaCheck::complete(r, missing))
            return r;
        if (depth == Depth::Full) {
            QMap<QString, int> violations;
            for (const QStringList &row : db->rows(QStringLiteral("PRAGMA foreign_key_check")))
                ++violations[row.value(0)];
            if (violations.isEmpty()) {
                r.foreignKeys = QStringLiteral("ok");
            } else {
                QStringList parts;
                int total = 0;
                for (auto it = violations.cbegin(); it != violations.cend(); ++it) {
                    parts << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value());
                    total += it.value();
                }
                r.foreignKeys = parts.join(QStringLiteral(", "));
                return problem(CheckReport::Problem::ForeignKeys,
                               tr("%1 is damaged: %n row(s) point to records that do not exist (%2).", nullptr, total)
                                   .arg(r.location, r.foreignKeys));
            }
        }
    } catch (const SqliteError &e) {
        if (e.code() == SQLITE_NOTADB)
            return problem(CheckReport::Problem::NotSqlite,
                           tr("%1 is not an SQLite database file (another kind of file, or its first page is "
                              "damaged).")
                               .arg(r.location));
        if (e.code() == SQLITE_CORRUPT) {
            r.integrity = e.message();
            return problem(CheckReport::Problem::Damaged, tr("%1 is damaged: %2").arg(r.location, e.message()));
        }
        return problem(CheckReport::Problem::Unreadable, tr("%1 cannot be read: %2").arg(r.location, e.message()));
    }
    return r;
}

Result<BackupReport> SqliteBackup::backup(const QString &source, const QString &file)
{
    const QString target = QFileInfo(file).absoluteFilePath();
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        return Failure::invalid(QStringLiteral("file"), tr("%1 already exists; a backup never replaces a file: "
                                                           "choose another name, or move the old file away first.")
                                                            .arg(durable::nativePath(target)));
    const CheckReport probe = inspect(source, Depth::Quick);
    if (!probe.ok())
        return Failure::storage(tr("Nothing was backed up: %1").arg(probe.message));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Failure::storage(tr("The folder of %1 cannot be created.").arg(durable::nativePath(target)));

    const QString partial = durable::partialName(target, QStringLiteral("partial"));
    try {
        // Locks, not "immutable": others may be writing. The copy is one read transaction, so
        // it holds every transaction committed before it began and nothing of later ones.
        std::unique_ptr<SqliteConnection> db = SqliteConnection::openReadOnly(source, false);
        db->execute(QStringLiteral("VACUUM INTO ") + quoted(partial));
    } catch (const SqliteError &e) {
        QFile::remove(partial);
        return Failure::storage(
            tr("The backup of %1 into %2 failed: %3").arg(probe.location, durable::nativePath(target), e.message()));
    }
    if (const Status published = durable::publishBackup(partial, target); !published)
        return published.failure();
    // A backup that does not pass the check is worse than none: it would be trusted.
    const CheckReport check = inspect(target, Depth::Full);
    if (!check.ok()) {
        QFile::remove(target);
        return Failure::storage(tr("The backup did not pass its check and was removed: %1").arg(check.message));
    }
    return BackupReport{target, QFileInfo(target).size()};
}

Status SqliteBackup::restore(const QString &file, const QString &target, const CheckReport &targetReport)
{
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Failure::storage(tr("The folder of %1 cannot be created.").arg(durable::nativePath(target)));
    switch (targetReport.problem) {
    case CheckReport::Problem::NotSqlite:
    case CheckReport::Problem::Damaged:
        // SQLite cannot write into it: the file itself is replaced.
        return replaceFile(file, target);
    case CheckReport::Problem::Unreadable:
        return Failure::storage(targetReport.message);
    default:
        return copyPages(file, target);
    }
}

Status SqliteBackup::copyPages(const QString &file, const QString &target)
{
    // Through SQLite, in one write transaction: a program that has the database open sees the
    // old database or the restored one, and a crash midway leaves the old one.
    try {
        std::unique_ptr<SqliteConnection> source = SqliteConnection::openReadOnly(file);
        std::unique_ptr<SqliteConnection> destination = SqliteConnection::openReadWrite(target);
        destination->copyFrom(*source);
    } catch (const SqliteError &e) {
        return Failure::storage(tr("%1 could not be restored into %2: %3")
                                    .arg(durable::nativePath(file), durable::nativePath(target), e.message()));
    }
    return Done{};
}

Status SqliteBackup::replaceFile(const QString &file, const QString &target)
{
    const QString partial = durable::partialName(target, QStringLiteral("restoring"));
    try {
        std::unique_ptr<SqliteConnection> source = SqliteConnection::openReadOnly(file);
        std::unique_ptr<SqliteConnection> destination = SqliteConnection::openReadWrite(partial);
        destination->copyFrom(*source);
    } catch (const SqliteError &e) {
        QFile::remove(partial);
        return Failure::storage(tr("%1 could not be restored into %2: %3")
                                    .arg(durable::nativePath(file), durable::nativePath(target), e.message()));
    }
    if (!durable::syncFile(partial)) {
        QFile::remove(partial);
        return Failure::storage(
            tr("The restored database could not be written to the disk beside %1.").arg(durable::nativePath(target)));
    }
    // The damaged file's journal or WAL would be replayed into the new file: they go first.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(target + QLatin1String(suffix));
    if (!durable::publishReplacing(partial, target)) {
        QFile::remove(partial);
        return Failure::storage(tr("%1 could not be replaced.").arg(durable::nativePath(target)));
    }
    return Done{};
}

} // namespace smr
