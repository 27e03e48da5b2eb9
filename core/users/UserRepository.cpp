#include "core/users/UserRepository.h"

#include "core/storage/Sql.h"

#include <QStringList>

namespace smr {

namespace {
const QString kColumns = QStringLiteral("id, username, display_name, roles, active, pin_hash IS NOT NULL, version");
} // namespace

QString UserRepository::rolesCode(const QList<Role> &roles)
{
    QStringList codes;
    for (Role r : kRoles.values()) {
        if (roles.contains(r))
            codes << kRoles.code(r);
    }
    return codes.join(QLatin1Char(','));
}

QList<Role> UserRepository::parseRoles(const QString &code)
{
    QList<Role> out;
    const QStringList codes = code.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &c : codes) {
        if (const std::optional<Role> r = kRoles.parse(c.trimmed()); r && !out.contains(*r))
            out << *r;
    }
    return out;
}

User UserRepository::readRow(const Sql &q)
{
    User u;
    u.id = UserId(q.integer(0));
    u.username = q.text(1);
    u.displayName = q.text(2);
    u.roles = parseRoles(q.text(3));
    u.active = q.integer(4) != 0;
    u.hasPin = q.value(5).toBool();
    u.version = int(q.integer(6));
    return u;
}

qint64 UserRepository::count()
{
    Sql q(m_db, QStringLiteral("SELECT COUNT(*) FROM users"));
    q.exec();
    q.next();
    return q.integer(0);
}

QList<User> UserRepository::all()
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM users ORDER BY display_name, username").arg(kColumns));
    q.exec();
    QList<User> out;
    while (q.next())
        out << readRow(q);
    return out;
}

std::optional<User> UserRepository::find(UserId id)
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kColumns));
    q.bind(id.value).exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

std::optional<User> UserRepository::findByUsername(const QString &username)
{
    Sql q(m_db, QStringLiteral("SELECT %1 FROM users WHERE username = ?").arg(kColumns));
    q.bind(username.trimmed().toLower()).exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

int UserRepository::activeAdministrators()
{
    int n = 0;
    for (const User &u : all()) {
        if (u.active && u.has(Role::Administrator))
            ++n;
    }
    return n;
}

UserId UserRepository::insert(const User &u, const QString &passwordHash, const QString &timestamp)
{
    Sql q(m_db,
          QStringLiteral("INSERT INTO users (username, display_name, roles, password_hash, active, version, "
                         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)"),
          Sql::ReturningId::Yes);
    q.bind(u.username)
        .bind(u.displayName)
        .bind(rolesCode(u.roles))
        .bind(passwordHash)
        .bind(u.active ? 1 : 0)
        .bind(timestamp)
        .bind(timestamp)
        .exec();
    return UserId(q.insertedId());
}

bool UserRepository::update(const User &u, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("UPDATE users SET display_name = ?, roles = ?, active = ?, version = version + 1, "
                               "updated_at = ? WHERE id = ? AND version = ?"));
    q.bind(u.displayName).bind(rolesCode(u.roles)).bind(u.active ? 1 : 0).bind(timestamp).bind(u.id.value);
    q.bind(u.version).exec();
    return q.rowsAffected() == 1;
}

void UserRepository::setPasswordHash(UserId id, const QString &hash, const QString &timestamp)
{
    Sql(m_db, QStringLiteral("UPDATE users SET password_hash = ?, version = version + 1, updated_at = ? WHERE id = ?"))
        .bind(hash)
        .bind(timestamp)
        .bind(id.value)
        .exec();
}

void UserRepository::setPinHash(UserId id, const QString &hash, const QString &timestamp)
{
    Sql(m_db, QStringLiteral("UPDATE users SET pin_hash = ?, version = version + 1, updated_at = ? WHERE id = ?"))
        .bindText(hash)
        .bind(timestamp)
        .bind(id.value)
        .exec();
}

QString UserRepository::passwordHash(UserId id)
{
    Sql q(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.bind(id.value).exec();
    return q.next() ? q.text(0) : QString();
}

QString UserRepository::pinHash(UserId id)
{
    Sql q(m_db, QStringLiteral("SELECT pin_hash FROM users WHERE id = ?"));
    q.bind(id.value).exec();
    return q.next() ? q.text(0) : QString();
}

} // namespace smr
