#pragma once

#include "core/access/Actor.h"
#include "core/common/Ids.h"

#include <QList>
#include <QString>

namespace smr {

// An account of the application. Accounts are deactivated, never deleted: the audit trail
// keeps naming them. The password and PIN hashes stay in the repository, never in this struct.
struct User {
    UserId id;
    QString username;    // lower case, unique: "cmartin"
    QString displayName; // "Dr Claire Martin"
    QList<Role> roles;
    bool active = true;
    bool hasPin = false;
    int version = 0;

    bool has(Role role) const { return roles.contains(role); }
    Actor actor() const;
};

} // namespace smr
