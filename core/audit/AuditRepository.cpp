#include "core/audit/AuditRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace smr {

namespace {

QString json(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

// The first moment of a local day, as stored (UTC).
QString utcStartOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODate);
}

} // namespace

qint64 AuditRepository::append(const AuditEntry &e)
{
    Sql q(m_db,
          QStringLiteral("INSERT INTO audit_log (at, actor, user_id, entity, entity_id, patient_id, action, "
                         "before_values, after_values) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          Sql::ReturningId::Yes);
    q.bind(e.at.toUTC().toString(Qt::ISODate))
        .bind(e.actor)
        .bind(e.userId.isValid() ? QVariant(e.userId.value) : QVariant())
        .bind(e.entity)
        .bindText(e.entityId)
        .bind(e.patientId.isValid() ? QVariant(e.patientId.value) : QVariant())
        .bind(e.action)
        .bindText(json(e.before))
        .bindText(json(e.after))
        .exec();
    return q.insertedId();
}

QList<AuditEntry> AuditRepository::find(const AuditFilter &f)
{
    QStringList where;
    QVariantList values;
    if (f.patient.isValid()) {
        where << QStringLiteral("patient_id = ?");
        values << f.patient.value;
    }
    if (!f.actor.isEmpty()) {
        where << QStringLiteral("actor = ?");
        values << f.actor;
    }
    if (f.since.isValid()) {
        where << QStringLiteral("at >= ?");
        values << utcStartOf(f.since);
    }
    if (f.until.isValid()) {
        where << QStringLiteral("at < ?");
        values << utcStartOf(f.until.addDays(1));
    }
    if (f.newestFirst && f.beforeId > 0) {
        where << QStringLiteral("id < ?");
        values << f.beforeId;
    }
    QString sql = QStringLiteral("SELECT id, at, actor, user_id, entity, entity_id, patient_id, action, "
                                 "before_values, after_values FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += f.newestFirst ? QStringLiteral(" ORDER BY id DESC") : QStringLiteral(" ORDER BY id");
    if (f.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(f.limit);

    Sql q(m_db, sql);
    for (const QVariant &v : std::as_const(values))
        q.bind(v);
    q.exec();
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.integer(0);
        e.at = QDateTime::fromString(q.text(1), Qt::ISODate);
        e.at.setTimeZone(QTimeZone::utc());
        e.actor = q.text(2);
        e.userId = UserId(q.isNull(3) ? 0 : q.integer(3));
        e.entity = q.text(4);
        e.entityId = q.text(5);
        e.patientId = PatientId(q.isNull(6) ? 0 : q.integer(6));
        e.action = q.text(7);
        e.before = object(q.text(8));
        e.after = object(q.text(9));
        out << e;
    }
    return out;
}

QStringList AuditRepository::actors()
{
    Sql q(m_db, QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor"));
    q.exec();
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

qint64 AuditRepository::lastId()
{
    Sql q(m_db, QStringLiteral("SELECT MAX(id) FROM audit_log"));
    q.exec();
    return q.next() && !q.isNull(0) ? q.integer(0) : 0;
}

QList<AuditEntry> AuditRepository::linesAfter(qint64 afterId, int limit)
{
    Sql q(m_db, QStringLiteral("SELECT id, entity, entity_id, patient_id, action FROM audit_log WHERE id > ? "
                               "ORDER BY id LIMIT ?"));
    q.bind(afterId).bind(limit).exec();
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.integer(0);
        e.entity = q.text(1);
        e.entityId = q.text(2);
        e.patientId = PatientId(q.isNull(3) ? 0 : q.integer(3));
        e.action = q.text(4);
        out << e;
    }
    return out;
}

} // namespace smr
