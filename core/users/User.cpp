#include "core/users/User.h"

namespace smr {

Actor User::actor() const
{
    Actor a;
    a.kind = Actor::Kind::User;
    a.userId = id;
    a.username = username;
    a.displayName = displayName;
    a.roles = roles;
    return a;
}

} // namespace smr
