#pragma once

#include "core/audit/ChangeSet.h"
#include "core/common/Result.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>

#include <chrono>

namespace smr {

class AuditRepository;
class Database;

// Tells the views what other workstations saved, within a second or two (issue #4, live
// updates). The audit trail is the source of truth on both engines: every write appends its
// lines there in its transaction, so the watcher reports the lines after the last one it saw,
// leaving out this connection's own (the Writer tells it their ids) and sign-ins (not changes).
// What wakes it differs:
//   - PostgreSQL: every write notifies on commit (SqlDialect::notifyChange); the watcher
//     LISTENs on the Store's own connection and reads the new lines at once. Its own
//     notifications (same backend) are ignored, as are those of other schemas.
//   - SQLite: every `interval` it asks PRAGMA data_version, which changes only when another
//     connection (another process) has committed; no read transaction is left open.
// It also notices a lost connection (connectionLost) and, after Database::reconnect(),
// listens again and reports what was saved meanwhile (reconnected, then changed).
// Nothing happens until start(): the command-line tool never starts it.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    ChangeWatcher(Database &db, AuditRepository &audit, QObject *parent = nullptr);

    // Starts watching from the current end of the trail. `interval`: SQLite's polling period,
    // and on either engine how often the connection's state is looked at.
    Status start(std::chrono::milliseconds interval = std::chrono::seconds(1));
    void stop();
    bool isWatching() const { return m_watching; }
    // PostgreSQL: notifications are being received (false: the watcher reads the trail at every
    // interval instead, for instance behind a pooler that does not pass them).
    bool isListening() const { return m_listening; }
    // Looks for others' changes now rather than at the next notification or interval.
    void checkNow();

    // The Writer's hook: the audit lines of a write of this connection, just committed.
    void ownCommit(const QList<qint64> &auditIds);
    // The Database's hook after a successful reconnect().
    void reattach();

    // Past this many lines in one report, the ChangeSet says `everything` instead of listing.
    static constexpr int MaxListed = 500;

signals:
    void changed(const smr::ChangeSet &changes);
    // The connection to the server is lost (once, until it is re-established): `message` is
    // for the user. Reads re-establish it on their own; Store::reconnect() does it on demand.
    void connectionLost(const QString &message);
    // The connection was re-established (whether or not the loss had been noticed here).
    void reconnected();

private:
    bool onPostgres() const;
    void tick();
    void listen();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void queueScan();
    void scan();
    void lose(const QString &message);

    Database &m_db;
    AuditRepository &m_audit;
    QTimer m_timer;
    QPointer<QSqlDriver> m_driver;
    QString m_schema;
    QSet<qint64> m_own;
    qint64 m_lastSeen = 0;
    qint64 m_dataVersion = -1;
    bool m_watching = false;
    bool m_listening = false;
    bool m_scanQueued = false;
    bool m_scanPending = false;
    bool m_lost = false;
};

} // namespace smr
