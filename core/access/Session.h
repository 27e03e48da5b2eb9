#pragma once

#include "core/access/Actor.h"
#include "core/common/Result.h"

#include <QObject>

#include <optional>

namespace smr {

// Who is signed in on this workstation (or running the command-line tool). Services ask it for
// the right each write needs; nobody signed in means no write at all.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr) : QObject(parent) {}

    const std::optional<Actor> &actor() const { return m_actor; }
    bool signedIn() const { return m_actor.has_value(); }
    // Whether somebody is signed in and holds `right` (what a screen greys; require() refuses).
    bool can(Right right) const { return m_actor && m_actor->can(right); }

    void signIn(const Actor &actor);
    void signOut();

    // Done when the actor holds `right`; else a Forbidden failure naming the missing right.
    Status require(Right right) const;
    // Done when somebody is signed in.
    Status requireSignedIn() const;

signals:
    void actorChanged();

private:
    std::optional<Actor> m_actor;
};

} // namespace smr
