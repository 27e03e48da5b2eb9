#pragma once

#include "core/access/PasswordHasher.h"
#include "core/common/Result.h"
#include "core/users/User.h"

#include <QObject>

namespace smr {

class Session;
class UserRepository;
class Writer;

// Accounts and signing in. The first account of an empty database is its administrator;
// afterwards only administrators manage accounts, and everyone changes their own password and
// PIN. Sign-ins, refused ones included, are in the audit trail.
class UserService : public QObject
{
    Q_OBJECT

public:
    UserService(Writer &writer, UserRepository &users, Session &session, QObject *parent = nullptr);

    // Tests hash with the minimal cost; real accounts never do.
    void setPasswordCost(PasswordHasher::Cost cost) { m_hasher = PasswordHasher(cost); }

    Result<bool> hasAccounts();
    Result<QList<User>> list();
    Result<User> find(UserId id);

    // The first account of an empty database (refused once an account exists); it holds the
    // administrator role besides the roles given. Signs it in.
    Result<User> createFirstAdministrator(const User &draft, const QString &password);
    Result<User> create(const User &draft, const QString &password);
    // Name, roles and active flag, if nobody saved the account since `user.version` was read.
    Status update(const User &user);
    Status resetPassword(UserId id, const QString &password);

    // Checks the login and password; signs the account in and returns it. A refusal does not say
    // which of the two was wrong.
    Result<User> signIn(const QString &username, const QString &password);
    Status changeOwnPassword(const QString &current, const QString &password);
    Status setOwnPin(const QString &currentPassword, const QString &pin);
    // Whether `pin` (or, when the account has no PIN, `pin` as its password) unlocks the
    // signed-in account's locked session.
    Result<bool> checkUnlock(const QString &secret);

signals:
    void usersChanged();

private:
    enum class Secret { Password, Pin };
    // One's own password or PIN replaced, once the current password is checked.
    Status replaceOwnSecret(const QString &currentPassword, const QString &secret, Secret kind);
    Result<QString> hashOf(const QString &secret, const QString &field);
    Status checkStillAdministered(const User &before, const User &after);

    Writer &m_writer;
    UserRepository &m_users;
    Session &m_session;
    PasswordHasher m_hasher;
};

} // namespace smr
