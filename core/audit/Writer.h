#pragma once

#include "core/access/Rights.h"
#include "core/access/Session.h"
#include "core/audit/AuditEntry.h"
#include "core/common/Result.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>
#include <utility>

namespace smr {

class AuditRepository;
class Clock;

// What one write did, handed to the body of Writer::write: the body says, for every record it
// creates or changes, what it was before and what it is after. The Writer appends those lines
// to the audit trail in the same transaction.
class Change
{
public:
    Change(const std::optional<Actor> &actor, QString now) : m_actor(actor), m_now(std::move(now)) {}

    // The moment of the write, for created_at / updated_at (ISO 8601, UTC).
    const QString &now() const { return m_now; }
    const std::optional<Actor> &actor() const { return m_actor; }

    void record(const QString &entity, const QString &entityId, PatientId patient, const QString &action,
                const QJsonObject &before, const QJsonObject &after);
    template <typename Tag>
    void record(const QString &entity, Id<Tag> id, PatientId patient, const QString &action, const QJsonObject &before,
                const QJsonObject &after)
    {
        record(entity, QString::number(id.value), patient, action, before, after);
    }
    // Names who the lines are attributed to when nobody is signed in yet (the first
    // administrator's creation, a sign-in).
    void attributeTo(const QString &auditName, UserId user);

    const QList<AuditEntry> &entries() const { return m_entries; }

    // Says that the body found nothing to change (a form saved as it was stored) and wrote
    // nothing: the write ends without an audit line, its transaction rolled back.
    void markUnchanged() { m_unchanged = true; }
    bool isUnchanged() const { return m_unchanged && m_entries.isEmpty(); }

private:
    std::optional<Actor> m_actor;
    QString m_now;
    QList<AuditEntry> m_entries;
    bool m_unchanged = false;
};

// The one way services write. In this order, in one place: the right the operation needs
// (refused with the missing right named, before anything is read), one write transaction, the
// body (which validates, checks record versions and writes through repositories), the audit
// lines the body declared (a write that declares none is refused and rolled back, unless it said
// it changed nothing), the commit.
// A storage error becomes a Failure; nothing is written unless everything is. A write is never
// tried again on its own: on a lost connection it fails with ConnectionLost (nothing saved, or,
// when the connection broke during the commit, a message saying the save may have been kept).
// The next write (the user pressing Save again in the form that kept its content) first opens
// a connection known to be broken again: that is the retry, and nothing of it was sent before.
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(Writer)

public:
    // What a write needs from the actor: a right, or (for the few operations whose service
    // checks the actor itself, such as changing one's own password or signing in) nothing.
    struct Permission {
        std::optional<Right> right;
        Permission(Right r) : right(r) {} // NOLINT: a right is the usual permission
        static Permission checkedByService() { return Permission(); }

    private:
        Permission() = default;
    };

    Writer(Database &db, Session &session, AuditRepository &audit, const Clock &clock);

    Session &session() { return m_session; }

    // Told the audit ids of each write of this connection once it is committed (the Store's
    // ChangeWatcher, so that a connection's own writes are not reported back to it).
    void setCommitHandler(std::function<void(const QList<qint64> &auditIds)> handler)
    {
        m_committed = std::move(handler);
    }

    template <typename Body> auto write(Permission permission, Body &&body) -> decltype(body(std::declval<Change &>()))
    {
        if (permission.right) {
            if (Status allowed = m_session.require(*permission.right); !allowed)
                return allowed.failure();
        }
        if (Status renewed = renewBrokenConnection(); !renewed)
            return renewed.failure();
        try {
            WriteTransaction tx(m_db);
            Change change(m_session.actor(), now());
            auto result = std::forward<Body>(body)(change);
            if (!result.ok() || change.isUnchanged())
                return result; // rolled back
            const Result<QList<qint64>> audited = append(change);
            if (!audited)
                return audited.failure();
            tx.commit();
            if (m_committed)
                m_committed(*audited);
            return result;
        } catch (const StorageError &e) {
            return writeFailure(e);
        }
    }

    // Reads: a storage error becomes a Failure instead of an exception. A read that finds the
    // connection lost re-establishes it once and runs again (nothing was changed, so running it
    // twice is harmless), unless it is nested in another read or in a write.
    template <typename Body> auto read(Body &&body) -> decltype(body())
    {
        for (bool retried = false;; retried = true) {
            std::optional<StorageError> error;
            try {
                const Database::ReadScope scope(m_db);
                return body();
            } catch (const StorageError &e) {
                error = e;
            }
            // Here no statement of the read is in use any more: the connection may be renewed.
            if (!retried && error->isConnectionLost() && m_db.isIdle()) {
                if (const Status renewed = m_db.reconnect(); !renewed)
                    return renewed.failure();
                continue;
            }
            return readFailure(*error);
        }
    }

private:
    QString now() const;
    // Before a write: reconnects when the client knows the connection broke and nothing is in
    // progress on it; a server still unreachable gives ConnectionLost, saying nothing was saved.
    Status renewBrokenConnection();
    // Appends the change's audit lines (and, on PostgreSQL, notifies the other workstations);
    // returns their ids.
    Result<QList<qint64>> append(const Change &change);
    Failure writeFailure(const StorageError &e) const;
    static Failure readFailure(const StorageError &e);

    Database &m_db;
    Session &m_session;
    AuditRepository &m_audit;
    const Clock &m_clock;
    std::function<void(const QList<qint64> &)> m_committed;
};

} // namespace smr
