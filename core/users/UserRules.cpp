#include "core/users/UserRules.h"

#include <QRegularExpression>

namespace smr {

User UserRules::normalized(const User &user)
{
    User u = user;
    u.username = u.username.trimmed().toLower();
    u.displayName = u.displayName.simplified();
    return u;
}

QList<FieldError> UserRules::check(const User &u)
{
    static const QRegularExpression login(QStringLiteral("^[a-z0-9._-]{2,32}$"));
    QList<FieldError> errors;
    if (!login.match(u.username).hasMatch())
        errors << FieldError{Username, tr("The login must have 2 to 32 characters among lower-case letters without "
                                          "accents, digits, dot, dash and underscore (for example cmartin).")};
    if (u.displayName.isEmpty())
        errors << FieldError{DisplayName, tr("The name shown to colleagues is required (for example Dr Claire "
                                             "Martin).")};
    else if (u.displayName.size() > MaxDisplayNameLength)
        errors << FieldError{DisplayName,
                             tr("The name is too long (at most %1 characters).").arg(MaxDisplayNameLength)};
    if (u.roles.isEmpty())
        errors << FieldError{Roles, tr("Choose at least one role; the roles are %1.").arg(kRoles.allowed())};
    return errors;
}

QList<FieldError> UserRules::checkPassword(const QString &password, const QString &username)
{
    if (password.size() < MinPasswordLength)
        return {{Password, tr("The password must have at least %1 characters; a sentence that is easy to remember "
                              "is a good password.")
                               .arg(MinPasswordLength)}};
    if (password.compare(username, Qt::CaseInsensitive) == 0 || password.trimmed().isEmpty())
        return {{Password, tr("The password must not be the login.")}};
    return {};
}

QList<FieldError> UserRules::checkPin(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,6}$"));
    if (!digits.match(pin).hasMatch())
        return {{Pin, tr("The PIN must have 4 to 6 digits.")}};
    return {};
}

} // namespace smr
