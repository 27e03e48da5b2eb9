#include "core/careplan/CarePlanRepository.h"

#include "core/common/Dates.h"
#include "core/storage/Sql.h"

#include <QJsonDocument>

namespace smr {

namespace {

const QString kColumns = QStringLiteral("id, stay_id, planned_weeks, agreed_on, agreement_recorded_by, "
                                        "shortfall_reason, next_review, goals, disciplines, version, validated_by, "
                                        "validated_at, validated_version");

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonArray parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

void bindFields(Sql &q, const CarePlan &p)
{
    q.bind(p.plannedWeeks)
        .bindDate(p.agreedOn)
        .bindText(p.agreementRecordedBy)
        .bindText(p.shortfallReason)
        .bindDate(p.nextReview)
        .bind(json(careplanjson::toJson(p.goals)))
        .bind(json(careplanjson::toJson(p.disciplines)));
}

} // namespace

CarePlan CarePlanRepository::readRow(const Sql &q)
{
    CarePlan p;
    p.id = CarePlanId(q.integer(0));
    p.stayId = StayId(q.integer(1));
    p.plannedWeeks = int(q.integer(2));
    p.agreedOn = q.date(3);
    p.agreementRecordedBy = q.text(4);
    p.shortfallReason = q.text(5);
    p.nextReview = q.date(6);
    p.goals = careplanjson::goalsFromJson(parse(q.text(7)));
    p.disciplines = careplanjson::disciplinesFromJson(parse(q.text(8)));
    p.version = int(q.integer(9));
    p.validatedBy = q.text(10);
    p.validatedAt = QDateTime::fromString(q.text(11), Qt::ISODate); // stored with its Z: read as UTC
    p.validatedVersion = q.value(12).isNull() ? 0 : int(q.integer(12));
    return p;
}

CarePlanId CarePlanRepository::insert(const CarePlan &p, const QString &timestamp)
{
    Sql q(m_db,
          QStringLiteral("INSERT INTO care_plans (stay_id, planned_weeks, agreed_on, agreement_recorded_by, "
                         "shortfall_reason, next_review, goals, disciplines, version, created_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
          Sql::ReturningId::Yes);
    q.bind(p.stayId.value);
    bindFields(q, p);
    q.bind(timestamp).bind(timestamp).exec();
    return CarePlanId(q.insertedId());
}

bool CarePlanRepository::update(const CarePlan &p, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("UPDATE care_plans SET planned_weeks = ?, agreed_on = ?, agreement_recorded_by = ?, "
                               "shortfall_reason = ?, next_review = ?, goals = ?, disciplines = ?, "
                               "version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
    bindFields(q, p);
    q.bind(timestamp).bind(p.id.value).bind(p.version).exec();
    return q.rowsAffected() == 1;
}

bool CarePlanRepository::validate(const CarePlan &p, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("UPDATE care_plans SET validated_by = ?, validated_at = ?, "
                               "validated_version = version + 1, version = version + 1, updated_at = ? "
                               "WHERE id = ? AND version = ?"));
    q.bindText(p.validatedBy)
        .bind(p.validatedAt.toUTC().toString(Qt::ISODate))
        .bind(timestamp)
        .bind(p.id.value)
        .bind(p.version)
        .exec();
    return q.rowsAffected() == 1;
}

std::optional<CarePlan> CarePlanRepository::one(const QString &where, qint64 key)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM care_plans WHERE ") + where);
    q.bind(key).exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

std::optional<CarePlan> CarePlanRepository::find(CarePlanId id)
{
    return one(QStringLiteral("id = ?"), id.value);
}

std::optional<CarePlan> CarePlanRepository::forStay(StayId stay)
{
    return one(QStringLiteral("stay_id = ?"), stay.value);
}

} // namespace smr
