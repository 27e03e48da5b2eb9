// The local administrator's commands: the audit trail and the accounts.

#include "app/cli/CliApplication.h"
#include "app/cli/PasswordPrompt.h"
#include "core/Store.h"
#include "core/users/UserRules.h"

#include <QJsonArray>

namespace smr::cli {

namespace {

QJsonValue orNull(const QJsonObject &o)
{
    return o.isEmpty() ? QJsonValue() : QJsonValue(o);
}

QJsonObject auditObject(const AuditEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("entity"), e.entity},
            {QStringLiteral("entity_id"), e.entityId.isEmpty() ? QJsonValue() : QJsonValue(e.entityId)},
            {QStringLiteral("patient_id"), e.patientId.isValid() ? QJsonValue(e.patientId.value) : QJsonValue()},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("before"), orNull(e.before)},
            {QStringLiteral("after"), orNull(e.after)}};
}

QJsonObject userObject(const User &u)
{
    QJsonArray roles;
    for (Role r : u.roles)
        roles.append(kRoles.code(r));
    return {{QStringLiteral("id"), u.id.value},
            {QStringLiteral("username"), u.username},
            {QStringLiteral("name"), u.displayName},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("active"), u.active}};
}

} // namespace

int CliApplication::audit(const QStringList &args)
{
    int code = Success;
    std::optional<CommandOptions> o = options(QStringLiteral("audit"), args,
                                              {{QStringLiteral("patient"), false},
                                               {QStringLiteral("since"), false},
                                               {QStringLiteral("until"), false},
                                               {QStringLiteral("user"), false}},
                                              code);
    if (!o)
        return code;
    AuditFilter filter;
    if (o->has(QStringLiteral("patient")))
        filter.patient =
            PatientId(o->integer(QStringLiteral("patient"), 1, std::numeric_limits<qint64>::max()).value_or(0));
    if (o->has(QStringLiteral("since")))
        filter.since = o->date(QStringLiteral("since")).value_or(QDate());
    if (o->has(QStringLiteral("until")))
        filter.until = o->date(QStringLiteral("until")).value_or(QDate());
    filter.actor = o->text(QStringLiteral("user"));
    if (o->error())
        return refuse(*o->error());
    if (!store())
        return report(*m_storeFailure);
    const Result<QList<AuditEntry>> entries = m_store->audit().find(filter);
    if (!entries)
        return report(entries.failure());
    QJsonArray array;
    for (const AuditEntry &e : *entries)
        array.append(auditObject(e));
    return print(QJsonDocument(array));
}

std::optional<QString> CliApplication::newPassword(const QString &username, int &exitCode)
{
    // Scripts give it in SMRDESK_NEW_PASSWORD; people type it twice, unseen.
    QString password = qEnvironmentVariable("SMRDESK_NEW_PASSWORD");
    if (password.isEmpty()) {
        const std::optional<QString> first = readPassword(tr("New password for %1: ").arg(username), m_err);
        if (!first) {
            exitCode = refuse({QStringLiteral("SMRDESK_NEW_PASSWORD"),
                               tr("No terminal to type the password on: set SMRDESK_NEW_PASSWORD.")});
            return std::nullopt;
        }
        const std::optional<QString> second = readPassword(tr("The same password again: "), m_err);
        if (!second || *second != *first) {
            exitCode = refuse({QString(), tr("The two passwords differ; nothing was changed.")});
            return std::nullopt;
        }
        password = *first;
    }
    return password;
}

int CliApplication::userAdd(const QStringList &args)
{
    int code = Success;
    std::optional<CommandOptions> o = options(
        QStringLiteral("user add"), args,
        {{QStringLiteral("username"), true}, {QStringLiteral("name"), true}, {QStringLiteral("roles"), true}}, code);
    if (!o)
        return code;
    User u;
    u.username = o->text(QStringLiteral("username")).trimmed().toLower();
    u.displayName = o->text(QStringLiteral("name"));
    for (const QString &role : o->text(QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<Role> r = kRoles.parse(role.trimmed());
        if (!r)
            return refuse({QStringLiteral("--roles"),
                           tr("\"%1\" is not allowed; the values are %2.").arg(role.trimmed(), kRoles.allowed())});
        u.roles << *r;
    }
    if (const QList<FieldError> errors = UserRules::check(UserRules::normalized(u)); !errors.isEmpty())
        return report(Failure::invalid(errors));
    if (!store())
        return report(*m_storeFailure);
    const std::optional<QString> password = newPassword(u.username, code);
    if (!password)
        return code;
    const Result<User> created = m_store->users().create(u, *password);
    if (!created)
        return report(created.failure());
    return print(QJsonDocument(userObject(*created)));
}

int CliApplication::userList(const QStringList &args)
{
    int code = Success;
    if (!options(QStringLiteral("user list"), args, {}, code))
        return code;
    if (!store())
        return report(*m_storeFailure);
    const Result<QList<User>> users = m_store->users().list();
    if (!users)
        return report(users.failure());
    QJsonArray array;
    for (const User &u : *users)
        array.append(userObject(u));
    return print(QJsonDocument(array));
}

int CliApplication::userPassword(const QStringList &args)
{
    int code = Success;
    std::optional<CommandOptions> o =
        options(QStringLiteral("user password"), args, {{QStringLiteral("username"), true}}, code);
    if (!o)
        return code;
    if (!store())
        return report(*m_storeFailure);
    const QString username = o->text(QStringLiteral("username")).trimmed().toLower();
    const Result<QList<User>> users = m_store->users().list();
    if (!users)
        return report(users.failure());
    const auto it = std::find_if(users->begin(), users->end(), [&](const User &u) { return u.username == username; });
    if (it == users->end())
        return refuse({QStringLiteral("--username"), tr("There is no account %1.").arg(username)});
    const std::optional<QString> password = newPassword(username, code);
    if (!password)
        return code;
    if (const Status changed = m_store->users().resetPassword(it->id, *password); !changed)
        return report(changed.failure());
    return print(QJsonDocument(userObject(*it)));
}

} // namespace smr::cli
