#include "core/audit/Writer.h"

#include "core/audit/AuditRepository.h"
#include "core/common/Clock.h"
#include "core/storage/Sql.h"

#include <QTimeZone>

namespace smr {

void Change::record(const QString &entity, const QString &entityId, PatientId patient, const QString &action,
                    const QJsonObject &before, const QJsonObject &after)
{
    AuditEntry e;
    e.at = QDateTime::fromString(m_now, Qt::ISODate);
    e.at.setTimeZone(QTimeZone::utc());
    if (m_actor) {
        e.actor = m_actor->auditName();
        e.userId = m_actor->userId;
    }
    e.entity = entity;
    e.entityId = entityId;
    e.patientId = patient;
    e.action = action;
    e.before = before;
    e.after = after;
    m_entries << e;
}

void Change::attributeTo(const QString &auditName, UserId user)
{
    Actor a;
    a.username = auditName;
    a.userId = user;
    m_actor = a;
    for (AuditEntry &e : m_entries) {
        e.actor = auditName;
        e.userId = user;
    }
}

Writer::Writer(Database &db, Session &session, AuditRepository &audit, const Clock &clock)
    : m_db(db), m_session(session), m_audit(audit), m_clock(clock)
{
}

QString Writer::now() const
{
    return timestamp(m_clock);
}

Result<QList<qint64>> Writer::append(const Change &change)
{
    if (change.entries().isEmpty())
        return Failure::storage(tr("Nothing was saved: the change did not say what it changed, and every change "
                                   "must appear in the audit trail. Please report this fault."));
    for (const AuditEntry &e : change.entries()) {
        if (e.actor.isEmpty())
            return Failure::storage(tr("Nothing was saved: the change is not attributed to anybody, and every "
                                       "change must appear in the audit trail under a name. Please report this "
                                       "fault."));
    }
    if (const QString lock = m_db.dialect().auditOrderLock(); !lock.isEmpty())
        Sql(m_db, lock).exec();
    QList<qint64> ids;
    for (const AuditEntry &e : change.entries())
        ids << m_audit.append(e);
    // Delivered to the listening workstations when (and only if) the transaction commits.
    if (const QString notify = m_db.dialect().notifyChange(); !notify.isEmpty())
        Sql(m_db, notify).exec();
    return ids;
}

Status Writer::renewBrokenConnection()
{
    if (m_db.isConnected() || !m_db.isIdle())
        return Done{};
    if (Status renewed = m_db.reconnect(); !renewed) {
        if (renewed.failure().kind() != Failure::Kind::ConnectionLost)
            return renewed;
        return Failure::connectionLost(renewed.failure().text() + QLatin1Char(' ') +
                                       tr("Nothing was saved. Retry once the connection is back."));
    }
    return Done{};
}

Failure Writer::writeFailure(const StorageError &e) const
{
    if (!e.isConnectionLost())
        return Failure::storage(e.message());
    const QString lost = m_db.connectionLostMessage(e.detail());
    if (e.isOutcomeUnknown())
        return Failure::connectionLost(lost + QLatin1Char(' ') +
                                       tr("It broke while the changes were being saved: they may or may not have "
                                          "been recorded. Once the connection is back, look at the record before "
                                          "saving again."));
    return Failure::connectionLost(lost + QLatin1Char(' ') +
                                   tr("Nothing was saved. Retry once the connection is back."));
}

Failure Writer::readFailure(const StorageError &e)
{
    return e.isConnectionLost() ? Failure::connectionLost(e.message()) : Failure::storage(e.message());
}

} // namespace smr
