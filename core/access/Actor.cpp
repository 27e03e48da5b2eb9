#include "core/access/Actor.h"

#include <QStringList>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace smr {

Actor Actor::local(const QString &osUser)
{
    Actor a;
    a.kind = Kind::Local;
    a.username = osUser;
    a.displayName = osUser;
    return a;
}

QString Actor::operatingSystemUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

bool Actor::can(Right right) const
{
    if (kind == Kind::Local)
        return true;
    for (Role role : roles) {
        if (rightsOf(role).contains(right))
            return true;
    }
    return false;
}

QString Actor::auditName() const
{
    return kind == Kind::Local ? QStringLiteral("cli:") + username : username;
}

QString Actor::rolesText() const
{
    QStringList names;
    for (Role role : roles)
        names << kRoles.shortLabel(role);
    return names.join(QStringLiteral(", "));
}

} // namespace smr
