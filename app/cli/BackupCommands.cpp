// smrdesk-cli backup, check and restore (issue #4, "crash safety and backups"). None of them
// opens a Store: check must not migrate or write, restore must not create the database it is
// about to replace. They call BackupService, as the desktop application will.

#include "app/cli/CliApplication.h"
#include "app/cli/PasswordPrompt.h"
#include "core/access/Actor.h"
#include "core/backup/BackupService.h"

#include <QJsonObject>

namespace smr::cli {

namespace {

const QString kFile = QStringLiteral("FILE");

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject rowsObject(const QMap<QString, qint64> &rows)
{
    QJsonObject out;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonObject checkObject(const CheckReport &r)
{
    QJsonObject out{
        {QStringLiteral("ok"), r.ok()},
        {QStringLiteral("database"), r.location},
        {QStringLiteral("engine"), r.postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
        {QStringLiteral("schema_version"), r.schemaVersion >= 0 ? QJsonValue(r.schemaVersion) : QJsonValue()},
        {QStringLiteral("integrity"), textOrNull(r.integrity)},
        {QStringLiteral("foreign_keys"), textOrNull(r.foreignKeys)},
        {QStringLiteral("rows"), rowsObject(r.rows)}};
    if (r.postgres)
        out.insert(QStringLiteral("schema"), textOrNull(r.schema));
    if (!r.ok())
        out.insert(QStringLiteral("problem"), CheckReport::code(r.problem));
    return out;
}

} // namespace

template <typename Attempt> auto CliApplication::withPassword(Attempt attempt) -> decltype(attempt(QString()))
{
    auto result = attempt(m_password);
    if (!result && result.failure().kind() == Failure::Kind::Authentication && m_password.isEmpty()) {
        if (const std::optional<QString> password =
                readPassword(tr("Password for %1: ").arg(m_address.display()), m_err)) {
            m_password = *password;
            result = attempt(m_password);
        }
    }
    return result;
}

int CliApplication::backup(const QStringList &args)
{
    ArgumentError error;
    const std::optional<CommandOptions> o = CommandOptions::parse(QStringLiteral("backup"), args, {}, error, {kFile});
    if (!o)
        return refuse(error);
    const Result<BackupReport> done = withPassword(
        [&](const QString &password) { return BackupService::backup(m_address, o->positional(0), password); });
    if (!done)
        return report(done.failure());
    return print(QJsonDocument(
        QJsonObject{{QStringLiteral("path"), done->path}, {QStringLiteral("bytes"), QJsonValue(done->bytes)}}));
}

int CliApplication::check(const QStringList &args)
{
    ArgumentError error;
    const std::optional<CommandOptions> o = CommandOptions::parse(QStringLiteral("check"), args, {}, error);
    if (!o)
        return refuse(error);
    const Result<CheckReport> checked =
        withPassword([&](const QString &password) { return BackupService::inspect(m_address, password); });
    if (!checked)
        return report(checked.failure());
    print(QJsonDocument(checkObject(*checked)));
    if (checked->ok())
        return Success;
    m_err << QStringLiteral("smrdesk-cli: ") << checked->message << QLatin1Char('\n');
    m_err.flush();
    return Failed;
}

int CliApplication::restore(const QStringList &args)
{
    ArgumentError error;
    const std::optional<CommandOptions> o = CommandOptions::parse(
        QStringLiteral("restore"), args, {{QStringLiteral("force"), false, true}}, error, {kFile});
    if (!o)
        return refuse(error);
    const BackupService::Overwrite overwrite =
        o->has(QStringLiteral("force")) ? BackupService::Overwrite::Replace : BackupService::Overwrite::KeepData;
    // The local administrator's tool, like every other write of the command line.
    const Actor actor = Actor::local(Actor::operatingSystemUser());
    const Result<RestoreReport> done = withPassword([&](const QString &password) {
        return BackupService::restore(o->positional(0), m_address, actor, overwrite, m_clock, password);
    });
    if (!done)
        return report(done.failure());
    return print(QJsonDocument(QJsonObject{{QStringLiteral("path"), done->source},
                                           {QStringLiteral("database"), done->location},
                                           {QStringLiteral("restored"), true},
                                           {QStringLiteral("backup_schema_version"), done->backupVersion},
                                           {QStringLiteral("schema_version"), done->schemaVersion}}));
}

} // namespace smr::cli
