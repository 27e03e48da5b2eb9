#include "core/audit/ChangeWatcher.h"

#include "core/audit/AuditEntry.h"
#include "core/audit/AuditRepository.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

namespace smr {

ChangeWatcher::ChangeWatcher(Database &db, AuditRepository &audit, QObject *parent)
    : QObject(parent), m_db(db), m_audit(audit)
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::tick);
}

bool ChangeWatcher::onPostgres() const
{
    return m_db.dialect().engine() == SqlDialect::Engine::Postgres;
}

Status ChangeWatcher::start(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    if (m_watching)
        return Done{};
    try {
        // Listening before reading the end of the trail: a write committed in between is then
        // both after the end and notified.
        if (onPostgres())
            listen();
        else
            m_dataVersion = m_db.dataVersion();
        m_lastSeen = m_audit.lastId();
    } catch (const StorageError &e) {
        stop();
        return e.isConnectionLost() ? Failure::connectionLost(e.message()) : Failure::storage(e.message());
    }
    m_own.clear();
    m_lost = false;
    m_watching = true;
    m_timer.start();
    return Done{};
}

void ChangeWatcher::stop()
{
    m_timer.stop();
    if (m_driver) {
        disconnect(m_driver, nullptr, this, nullptr);
        if (m_listening && m_db.isConnected())
            m_driver->unsubscribeFromNotification(SqlDialect::changeChannel());
    }
    m_driver = nullptr;
    m_listening = false;
    m_watching = false;
    m_scanPending = false;
    m_own.clear();
}

void ChangeWatcher::checkNow()
{
    m_scanPending = true;
    tick();
}

void ChangeWatcher::listen()
{
    if (m_driver)
        disconnect(m_driver, nullptr, this, nullptr);
    m_driver = nullptr;
    m_listening = false;
    m_schema = m_db.currentSchema();
    QSqlDriver *driver = m_db.connection().driver();
    // Without notifications (refused LISTEN) the trail is read at every interval instead.
    if (!driver || !driver->subscribeToNotification(SqlDialect::changeChannel()))
        return;
    m_driver = driver;
    connect(driver, &QSqlDriver::notification, this, &ChangeWatcher::onNotification);
    m_listening = true;
}

void ChangeWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // This connection's own writes come back as SelfSource; other schemas are other units.
    if (name != SqlDialect::changeChannel() || source == QSqlDriver::SelfSource || payload.toString() != m_schema)
        return;
    queueScan();
}

void ChangeWatcher::queueScan()
{
    m_scanPending = true;
    if (m_scanQueued)
        return;
    // A burst of notifications is read in one go, once the driver has handed them all over.
    m_scanQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_scanQueued = false;
        tick();
    });
}

void ChangeWatcher::tick()
{
    // Never under the feet of a read or a write of this connection: the next tick will do.
    if (!m_watching || !m_db.isIdle())
        return;
    if (!m_db.isConnected()) {
        lose(m_db.connectionLost().message());
        return;
    }
    if (m_lost)
        return;
    try {
        if (!onPostgres()) {
            const qint64 version = m_db.dataVersion();
            if (version != m_dataVersion) {
                m_dataVersion = version;
                m_scanPending = true;
            }
        } else if (!m_listening) {
            m_scanPending = true;
        }
    } catch (const StorageError &e) {
        if (e.isConnectionLost())
            lose(e.message());
        return;
    }
    if (m_scanPending)
        scan();
}

void ChangeWatcher::scan()
{
    m_scanPending = false;
    ChangeSet changes;
    qint64 last = m_lastSeen;
    try {
        const QList<AuditEntry> lines = m_audit.linesAfter(m_lastSeen, MaxListed + 1);
        if (lines.size() > MaxListed) {
            changes.everything = true;
            last = m_audit.lastId();
        } else {
            for (const AuditEntry &line : lines) {
                last = line.id;
                if (m_own.contains(line.id) || line.entity == audit::Session)
                    continue;
                if (line.entity == audit::Demo)
                    changes.everything = true;
                changes.entries << ChangeSet::Entry{line.id, line.entity, line.entityId, line.patientId, line.action};
            }
        }
    } catch (const StorageError &e) {
        if (e.isConnectionLost())
            lose(e.message());
        else
            qWarning("SMR Desk: the changes of other workstations cannot be read: %s", qPrintable(e.message()));
        return;
    }
    m_lastSeen = std::max(m_lastSeen, last);
    m_own.removeIf([this](qint64 id) { return id <= m_lastSeen; });
    if (!changes.isEmpty())
        emit changed(changes);
}

void ChangeWatcher::ownCommit(const QList<qint64> &auditIds)
{
    if (!m_watching)
        return;
    for (const qint64 id : auditIds) {
        if (id > m_lastSeen)
            m_own.insert(id);
    }
    // An own line right after the last one seen needs no read: no line lies between them, and
    // audit ids are in commit order (SqlDialect::auditOrderLock).
    while (m_own.remove(m_lastSeen + 1))
        ++m_lastSeen;
}

void ChangeWatcher::reattach()
{
    if (!m_watching)
        return;
    try {
        if (onPostgres())
            listen();
        else
            m_dataVersion = m_db.dataVersion();
    } catch (const StorageError &e) {
        if (e.isConnectionLost()) {
            lose(e.message());
            return;
        }
    }
    m_lost = false;
    // After the caller's read or write: the views hear of it from the event loop, then of what
    // other workstations saved meanwhile.
    QTimer::singleShot(0, this, [this] { emit reconnected(); });
    queueScan();
}

void ChangeWatcher::lose(const QString &message)
{
    if (m_lost)
        return;
    m_lost = true;
    emit connectionLost(message);
}

} // namespace smr
