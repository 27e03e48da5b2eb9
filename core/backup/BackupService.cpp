#include "core/backup/BackupService.h"

#include "core/backup/DurableFile.h"

#include "core/Store.h"
#include "core/access/Session.h"
#include "core/backup/PostgresBackup.h"
#include "core/backup/SqliteBackup.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <optional>

namespace smr {

namespace {

// "3 patients, 2 stays, 0 results, 1 user, 12 audit entries"
QString describeRows(const QMap<QString, qint64> &rows)
{
    QStringList parts;
    const auto add = [&](const char *table, const QString &text) {
        if (rows.contains(QLatin1String(table)))
            parts << text;
    };
    add("patients", BackupService::tr("%n patient(s)", nullptr, int(rows.value(QStringLiteral("patients")))));
    add("stays", BackupService::tr("%n stay(s)", nullptr, int(rows.value(QStringLiteral("stays")))));
    add("results", BackupService::tr("%n result(s)", nullptr, int(rows.value(QStringLiteral("results")))));
    add("users", BackupService::tr("%n account(s)", nullptr, int(rows.value(QStringLiteral("users")))));
    add("audit_log", BackupService::tr("%n audit entry(ies)", nullptr, int(rows.value(QStringLiteral("audit_log")))));
    return parts.join(QStringLiteral(", "));
}

QJsonObject rowsObject(const QMap<QString, qint64> &rows)
{
    QJsonObject out;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace

Result<CheckReport> BackupService::inspect(const DatabaseAddress &address, const QString &password)
{
    if (address.isPostgres())
        return PostgresBackup::inspect(address, password, true);
    return SqliteBackup::inspect(address.path, SqliteBackup::Depth::Full);
}

Result<BackupReport> BackupService::backup(const DatabaseAddress &address, const QString &file, const QString &password)
{
    if (address.isPostgres())
        return PostgresBackup::backup(address, file, password);
    return SqliteBackup::backup(address.path, file);
}

Result<RestoreReport> BackupService::restore(const QString &file, const DatabaseAddress &target, const Actor &actor,
                                             Overwrite overwrite, const Clock &clock, const QString &password)
{
    // The right first, before anything is read: a restore replaces everyone's work and the
    // audit trail itself.
    Session session;
    session.signIn(actor);
    if (Status allowed = session.require(Right::RestoreBackups); !allowed)
        return allowed.failure();

    RestoreReport report;
    report.source = QFileInfo(file).absoluteFilePath();
    report.location = target.isPostgres() ? target.display() : durable::nativePath(target.path);

    // The backup: sound, ours, not newer, before the database is touched.
    std::optional<PostgresBackup::Archive> archive;
    if (target.isPostgres()) {
        Result<PostgresBackup::Archive> read = PostgresBackup::readArchive(file);
        if (!read)
            return read.failure();
        archive = *read;
        report.backupVersion = archive->version;
    } else {
        if (QFileInfo(file).canonicalFilePath() == QFileInfo(target.path).canonicalFilePath() &&
            QFileInfo::exists(target.path))
            return Failure::invalid(
                QStringLiteral("file"),
                tr("%1 is the database itself: choose a backup file.").arg(durable::nativePath(file)));
        const CheckReport source = SqliteBackup::inspect(file, SqliteBackup::Depth::Full);
        if (source.problem == CheckReport::Problem::Missing)
            return Failure::notFound(QStringLiteral("file"), source.message);
        if (!source.ok())
            return Failure::invalid(QStringLiteral("file"), tr("Nothing was restored: %1").arg(source.message));
        report.backupVersion = source.schemaVersion;
    }

    // The database it replaces.
    const Result<CheckReport> current =
        target.isPostgres() ? PostgresBackup::inspect(target, password, false)
                            : Result<CheckReport>(SqliteBackup::inspect(target.path, SqliteBackup::Depth::Full));
    if (!current)
        return current.failure();
    if (overwrite == Overwrite::KeepData) {
        if (current->ok() && current->holdsData())
            return Failure::invalid(QStringLiteral("force"),
                                    tr("The database %1 already holds data (%2): restoring would replace it. It was "
                                       "left untouched; the replacement must be confirmed (smrdesk-cli: --force).")
                                        .arg(report.location, describeRows(current->rows)));
        if (!current->ok() && !current->isVacant())
            return Failure::invalid(QStringLiteral("force"),
                                    tr("%1 It was left untouched; replacing it must be confirmed (smrdesk-cli: "
                                       "--force).")
                                        .arg(current->message));
    }
    report.replacedRows = current->rows;

    const Status replaced = target.isPostgres() ? PostgresBackup::restore(*archive, file, target, *current, password)
                                                : SqliteBackup::restore(file, target.path, *current);
    if (!replaced)
        return replaced.failure();

    // Brought to the current schema, and the restore written in the restored trail.
    Result<std::unique_ptr<Store>> opened = Store::open(target, clock, QString(), password);
    if (!opened)
        return Failure::storage(tr("The backup was restored into %1, but it cannot be opened: %2")
                                    .arg(report.location, opened.failure().text()));
    Store &store = *opened.value();
    report.schemaVersion = store.schemaVersion();
    store.session().signIn(actor);
    const Status audited = store.writer().write(Right::RestoreBackups, [&](Change &change) -> Status {
        QJsonObject before = rowsObject(report.replacedRows);
        if (current->schemaVersion >= 0)
            before.insert(QStringLiteral("schema_version"), current->schemaVersion);
        const QJsonObject after{{QStringLiteral("file"), report.source},
                                {QStringLiteral("backup_schema_version"), report.backupVersion},
                                {QStringLiteral("schema_version"), report.schemaVersion}};
        change.record(audit::Database, QString(), PatientId(), audit::Restore, before, after);
        // The actor's account may not exist in the restored database: the line keeps the name.
        if (actor.kind == Actor::Kind::User) {
            const std::optional<User> user = store.userRepository().find(actor.userId);
            if (!user || user->username != actor.username)
                change.attributeTo(actor.auditName(), UserId());
        }
        return Done{};
    });
    if (!audited)
        return Failure::storage(tr("The backup was restored into %1, but the restore could not be written in the "
                                   "audit trail: %2")
                                    .arg(report.location, audited.failure().text()));
    return report;
}

} // namespace smr
