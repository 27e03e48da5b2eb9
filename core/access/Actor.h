#pragma once

#include "core/access/Rights.h"
#include "core/common/Ids.h"

#include <QList>
#include <QString>

namespace smr {

// Who is writing: a signed-in user of the application, or the local administrator running the
// command-line tool (who has every right: on a SQLite file the file's permissions are the
// boundary, on a server the database credentials are). The audit trail names the actor.
struct Actor {
    enum class Kind { User, Local };

    Kind kind = Kind::User;
    UserId userId;       // a user's account; invalid for the local administrator
    QString username;    // the account's login, or the operating-system user
    QString displayName; // "Dr Claire Martin"
    QList<Role> roles;

    static Actor local(const QString &osUser);
    // The account the process runs under (from the system's user database, not from the
    // environment, which anyone can set).
    static QString operatingSystemUser();

    bool can(Right right) const;
    // What the audit trail records: the username, or "cli:<operating-system user>".
    QString auditName() const;
    // "physician, administrator" (translated), for messages.
    QString rolesText() const;
};

} // namespace smr
