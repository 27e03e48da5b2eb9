#include "core/audit/Writer.h"

#include "core/audit/AuditRepository.h"
#include "core/common/Clock.h"

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

Status Writer::append(const Change &change)
{
    if (change.entries().isEmpty())
        return Failure::storage(tr("Nothing was saved: the change did not say what it changed, and every change "
                                   "must appear in the audit trail. Please report this fault."));
    for (const AuditEntry &e : change.entries()) {
        if (e.actor.isEmpty())
            return Failure::storage(tr("Nothing was saved: the change is not attributed to anybody, and every "
                                       "change must appear in the audit trail under a name. Please report this "
                                       "fault."));
        m_audit.append(e);
    }
    return Done{};
}

} // namespace smr
