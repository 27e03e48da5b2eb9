#include "core/users/UserService.h"

#include "core/access/Session.h"
#include "core/audit/AuditEntry.h"
#include "core/audit/Writer.h"
#include "core/users/UserRepository.h"
#include "core/users/UserRules.h"

#include <QJsonArray>

namespace smr {

namespace {

QJsonObject snapshotOf(const User &u)
{
    QJsonArray roles;
    for (Role r : u.roles)
        roles.append(kRoles.code(r));
    return {{QStringLiteral("id"), u.id.value},
            {QStringLiteral("username"), u.username},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("has_pin"), u.hasPin},
            {QStringLiteral("version"), u.version}};
}

Failure wrongCredentials()
{
    return Failure::invalid(UserRules::Password, UserService::tr("The login or the password is wrong."));
}

} // namespace

UserService::UserService(Writer &writer, UserRepository &users, Session &session, QObject *parent)
    : QObject(parent), m_writer(writer), m_users(users), m_session(session)
{
}

Result<bool> UserService::hasAccounts()
{
    return m_writer.read([&]() -> Result<bool> { return m_users.count() > 0; });
}

Result<QList<User>> UserService::list()
{
    return m_writer.read([&]() -> Result<QList<User>> { return m_users.all(); });
}

Result<User> UserService::find(UserId id)
{
    return m_writer.read([&]() -> Result<User> {
        if (std::optional<User> u = m_users.find(id))
            return *u;
        return Failure::notFound(UserRules::UserField, tr("No account has the identifier %1.").arg(id.value));
    });
}

Result<QString> UserService::hashOf(const QString &secret, const QString &field)
{
    // Hashed before the write transaction opens: Argon2id takes a fraction of a second that
    // other workstations should not spend waiting for the lock.
    if (std::optional<QString> hash = m_hasher.hash(secret))
        return *hash;
    return Failure::storage(tr("The %1 could not be protected: the computer lacks memory. Close other "
                               "programs and try again.")
                                .arg(field == UserRules::Pin ? tr("PIN") : tr("password")));
}

Result<User> UserService::createFirstAdministrator(const User &draft, const QString &password)
{
    User u = UserRules::normalized(draft);
    if (!u.has(Role::Administrator))
        u.roles.prepend(Role::Administrator);
    u.active = true;
    QList<FieldError> errors = UserRules::check(u);
    errors += UserRules::checkPassword(password, u.username);
    if (!errors.isEmpty())
        return Failure::invalid(errors);
    const Result<QString> hash = hashOf(password, UserRules::Password);
    if (!hash)
        return hash.failure();
    Result<User> result = m_writer.write(Writer::Permission::checkedByService(), [&](Change &change) -> Result<User> {
        if (m_users.count() > 0)
            return Failure::invalid(UserRules::UserField,
                                    tr("The administrator account already exists: sign in with it."));
        u.id = m_users.insert(u, *hash, change.now());
        u.version = 1;
        change.attributeTo(u.username, u.id);
        change.record(audit::User, u.id, PatientId(), audit::Create, {}, snapshotOf(u));
        return u;
    });
    if (result) {
        m_session.signIn(result->actor());
        emit usersChanged();
    }
    return result;
}

Result<User> UserService::create(const User &draft, const QString &password)
{
    if (Status allowed = m_session.require(Right::ManageUsers); !allowed)
        return allowed.failure();
    User u = UserRules::normalized(draft);
    u.active = true;
    QList<FieldError> errors = UserRules::check(u);
    errors += UserRules::checkPassword(password, u.username);
    if (!errors.isEmpty())
        return Failure::invalid(errors);
    const Result<QString> hash = hashOf(password, UserRules::Password);
    if (!hash)
        return hash.failure();
    Result<User> result = m_writer.write(Right::ManageUsers, [&](Change &change) -> Result<User> {
        if (const std::optional<User> other = m_users.findByUsername(u.username))
            return Failure::invalid(UserRules::Username,
                                    tr("The login %1 is already %2's.").arg(u.username, other->displayName));
        u.id = m_users.insert(u, *hash, change.now());
        u.version = 1;
        change.record(audit::User, u.id, PatientId(), audit::Create, {}, snapshotOf(u));
        return u;
    });
    if (result)
        emit usersChanged();
    return result;
}

Status UserService::checkStillAdministered(const User &before, const User &after)
{
    const bool wasAdmin = before.active && before.has(Role::Administrator);
    const bool isAdmin = after.active && after.has(Role::Administrator);
    if (wasAdmin && !isAdmin && m_users.activeAdministrators() <= 1)
        return Failure::invalid(UserRules::Roles,
                                tr("%1 is the only active administrator: give the role to another account "
                                   "first, so that somebody can still manage the accounts.")
                                    .arg(before.displayName));
    return Done{};
}

Status UserService::update(const User &edited)
{
    const User u = UserRules::normalized(edited);
    std::optional<User> saved;
    Status result = m_writer.write(Right::ManageUsers, [&](Change &change) -> Status {
        if (const QList<FieldError> errors = UserRules::check(u); !errors.isEmpty())
            return Failure::invalid(errors);
        const std::optional<User> stored = m_users.find(u.id);
        if (!stored)
            return Failure::notFound(UserRules::UserField, tr("No account has the identifier %1.").arg(u.id.value));
        User next = *stored;
        next.displayName = u.displayName;
        next.roles = u.roles;
        next.active = u.active;
        next.version = u.version;
        if (Status s = checkStillAdministered(*stored, next); !s)
            return s;
        if (!m_users.update(next, change.now()))
            return Failure::conflict(tr("%1's account was changed elsewhere since you opened it; nothing was saved: "
                                        "open it again.")
                                         .arg(stored->displayName));
        next.version = stored->version + 1;
        const QString action = stored->active && !next.active   ? audit::Deactivate
                               : !stored->active && next.active ? audit::Activate
                                                                : audit::Update;
        change.record(audit::User, next.id, PatientId(), action, snapshotOf(*stored), snapshotOf(next));
        saved = next;
        return Done{};
    });
    if (result) {
        // The signed-in person's own roles changed: the rights follow at once.
        if (m_session.actor() && m_session.actor()->userId == saved->id && saved->active)
            m_session.signIn(saved->actor());
        emit usersChanged();
    }
    return result;
}

Status UserService::resetPassword(UserId id, const QString &password)
{
    if (Status allowed = m_session.require(Right::ManageUsers); !allowed)
        return allowed.failure();
    const Result<User> target = find(id);
    if (!target)
        return target.failure();
    if (const QList<FieldError> errors = UserRules::checkPassword(password, target->username); !errors.isEmpty())
        return Failure::invalid(errors);
    const Result<QString> hash = hashOf(password, UserRules::Password);
    if (!hash)
        return hash.failure();
    return m_writer.write(Right::ManageUsers, [&](Change &change) -> Status {
        const std::optional<User> stored = m_users.find(id);
        if (!stored)
            return Failure::notFound(UserRules::UserField, tr("No account has the identifier %1.").arg(id.value));
        m_users.setPasswordHash(id, *hash, change.now());
        User after = *stored;
        ++after.version;
        change.record(audit::User, id, PatientId(), audit::SetPassword, snapshotOf(*stored), snapshotOf(after));
        return Done{};
    });
}

Result<User> UserService::signIn(const QString &rawUsername, const QString &password)
{
    const QString username = rawUsername.trimmed().toLower().left(64);
    if (username.isEmpty())
        return Failure::invalid(UserRules::Username, tr("Type your login."));
    const Result<std::optional<User>> found =
        m_writer.read([&]() -> Result<std::optional<User>> { return m_users.findByUsername(username); });
    if (!found)
        return found.failure();
    const std::optional<User> &user = *found;
    const Result<QString> stored =
        m_writer.read([&]() -> Result<QString> { return user ? m_users.passwordHash(user->id) : QString(); });
    if (!stored)
        return stored.failure();
    // An unknown login costs the same time as a wrong password: the delay does not tell which.
    static const QString decoy = m_hasher.hash(QStringLiteral("decoy password")).value_or(QString());
    const bool matches = PasswordHasher::verify(user ? *stored : decoy, password) && user;
    const bool accepted = matches && user->active;

    const Status logged = m_writer.write(Writer::Permission::checkedByService(), [&](Change &change) -> Status {
        change.attributeTo(username, user ? user->id : UserId());
        change.record(audit::Session, user ? QString::number(user->id.value) : QString(), PatientId(),
                      accepted ? audit::SignIn : audit::SignInRefused, {}, {});
        return Done{};
    });
    if (!logged)
        return logged.failure();
    if (!matches)
        return wrongCredentials();
    if (!user->active)
        return Failure::invalid(UserRules::Username,
                                tr("This account is deactivated: ask an administrator to reactivate it."));
    m_session.signIn(user->actor());
    return *user;
}

Status UserService::changeOwnPassword(const QString &current, const QString &password)
{
    return replaceOwnSecret(current, password, Secret::Password);
}

Status UserService::setOwnPin(const QString &currentPassword, const QString &pin)
{
    return replaceOwnSecret(currentPassword, pin, Secret::Pin);
}

Status UserService::replaceOwnSecret(const QString &currentPassword, const QString &secret, Secret kind)
{
    const bool pin = kind == Secret::Pin;
    if (Status s = m_session.requireSignedIn(); !s)
        return s;
    const Actor me = *m_session.actor();
    if (me.kind != Actor::Kind::User)
        return Failure::invalid(UserRules::UserField, pin ? tr("The command-line tool has no PIN.")
                                                          : tr("The command-line tool has no password of its own."));
    const Result<QString> stored = m_writer.read([&]() -> Result<QString> { return m_users.passwordHash(me.userId); });
    if (!stored)
        return stored.failure();
    if (!PasswordHasher::verify(*stored, currentPassword))
        return Failure::invalid(UserRules::CurrentPassword, tr("The current password is wrong."));
    if (const QList<FieldError> errors =
            pin ? UserRules::checkPin(secret) : UserRules::checkPassword(secret, me.username);
        !errors.isEmpty())
        return Failure::invalid(errors);
    const Result<QString> hash = hashOf(secret, pin ? UserRules::Pin : UserRules::Password);
    if (!hash)
        return hash.failure();
    return m_writer.write(Writer::Permission::checkedByService(), [&](Change &change) -> Status {
        const std::optional<User> before = m_users.find(me.userId);
        if (!before)
            return Failure::notFound(UserRules::UserField, tr("Your account no longer exists."));
        User after = *before;
        if (pin) {
            m_users.setPinHash(me.userId, *hash, change.now());
            after.hasPin = true;
        } else {
            m_users.setPasswordHash(me.userId, *hash, change.now());
        }
        ++after.version;
        change.record(audit::User, me.userId, PatientId(), pin ? audit::SetPin : audit::SetPassword,
                      snapshotOf(*before), snapshotOf(after));
        return Done{};
    });
}

Result<bool> UserService::checkUnlock(const QString &secret)
{
    if (Status s = m_session.requireSignedIn(); !s)
        return s.failure();
    const Actor me = *m_session.actor();
    if (me.kind != Actor::Kind::User)
        return true;
    return m_writer.read([&]() -> Result<bool> {
        const QString pin = m_users.pinHash(me.userId);
        return PasswordHasher::verify(pin.isEmpty() ? m_users.passwordHash(me.userId) : pin, secret);
    });
}

} // namespace smr
