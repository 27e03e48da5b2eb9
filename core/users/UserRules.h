#pragma once

#include "core/common/Result.h"
#include "core/users/User.h"

#include <QCoreApplication>
#include <QList>

namespace smr {

// What an account must be: a login of 2 to 32 lower-case letters, digits, dots, dashes or
// underscores; a name; at least one role; a password of at least 12 characters that is not the
// login; a PIN of 4 to 6 digits. (CNIL deliberation 2022-100 asks 12 characters of four kinds, or
// fewer with sign-in restrictions; a long sentence is both stronger and easier to remember, so
// length is what is asked here.)
class UserRules
{
    Q_DECLARE_TR_FUNCTIONS(UserRules)

public:
    static inline const QString Username = QStringLiteral("username");
    static inline const QString DisplayName = QStringLiteral("display_name");
    static inline const QString Roles = QStringLiteral("roles");
    static inline const QString Password = QStringLiteral("password");
    static inline const QString CurrentPassword = QStringLiteral("current_password");
    static inline const QString Pin = QStringLiteral("pin");
    static inline const QString UserField = QStringLiteral("user");

    static constexpr int MinPasswordLength = 12;
    static constexpr int MaxDisplayNameLength = 80;

    // Trims the name and lower-cases the login.
    static User normalized(const User &user);
    static QList<FieldError> check(const User &user);
    static QList<FieldError> checkPassword(const QString &password, const QString &username);
    static QList<FieldError> checkPin(const QString &pin);
};

} // namespace smr
