#pragma once

#include "core/users/User.h"

#include <QList>
#include <optional>

namespace smr {

class Database;
class Sql;

// Reads and writes the users table, hashes included. Throws StorageError.
class UserRepository
{
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    qint64 count();
    QList<User> all(); // by display name
    std::optional<User> find(UserId id);
    std::optional<User> findByUsername(const QString &username);
    // Active accounts holding the administrator role.
    int activeAdministrators();

    UserId insert(const User &user, const QString &passwordHash, const QString &timestamp);
    // False when the stored version is no longer `user.version`.
    bool update(const User &user, const QString &timestamp);
    void setPasswordHash(UserId id, const QString &hash, const QString &timestamp);
    void setPinHash(UserId id, const QString &hash, const QString &timestamp);
    QString passwordHash(UserId id);
    QString pinHash(UserId id);

    static QString rolesCode(const QList<Role> &roles);
    static QList<Role> parseRoles(const QString &code);

private:
    static User readRow(const Sql &row);

    Database &m_db;
};

} // namespace smr
