#include "core/access/Session.h"

namespace smr {

void Session::signIn(const Actor &actor)
{
    m_actor = actor;
    emit actorChanged();
}

void Session::signOut()
{
    m_actor.reset();
    emit actorChanged();
}

Status Session::requireSignedIn() const
{
    if (!m_actor)
        return Failure::forbidden(tr("Nobody is signed in: sign in to save changes."));
    return Done{};
}

Status Session::require(Right right) const
{
    if (Status s = requireSignedIn(); !s)
        return s;
    if (m_actor->can(right))
        return Done{};
    const QString roles = m_actor->rolesText();
    return Failure::forbidden(
        tr("Refused: the right to %1 is missing. %2's roles (%3) do not give it; ask a colleague who has it or "
           "the administrator.")
            .arg(kRights.label(right), m_actor->displayName, roles.isEmpty() ? tr("none") : roles));
}

} // namespace smr
