#include "core/assessment/AssessmentRepository.h"

#include "core/assessment/AssessmentJson.h"
#include "core/common/Dates.h"
#include "core/stays/StayRepository.h"
#include "core/storage/Sql.h"

#include <QJsonDocument>

namespace smr {

namespace {

QString contentText(const AdmissionAssessment &a)
{
    return QString::fromUtf8(QJsonDocument(assessment_json::content(a)).toJson(QJsonDocument::Compact));
}

} // namespace

QString AssessmentRepository::columns()
{
    return QStringLiteral("id, stay_id, revision, status, content, signed_by, signed_at, amendment_reason, version");
}

AdmissionAssessment AssessmentRepository::readRow(const Sql &q)
{
    AdmissionAssessment a;
    a.id = AssessmentId(q.integer(0));
    a.stayId = StayId(q.integer(1));
    a.revision = int(q.integer(2));
    a.status =
        q.text(3) == QLatin1String("signed") ? AdmissionAssessment::Status::Signed : AdmissionAssessment::Status::Draft;
    assessment_json::readContent(QJsonDocument::fromJson(q.text(4).toUtf8()).object(), a);
    a.signedBy = q.text(5);
    a.signedAt = QDateTime::fromString(q.text(6), Qt::ISODate); // stored with its Z: read as UTC
    a.amendmentReason = q.text(7);
    a.version = int(q.integer(8));
    return a;
}

AssessmentId AssessmentRepository::insert(const AdmissionAssessment &a, const QString &timestamp)
{
    Sql q(m_db,
          QStringLiteral("INSERT INTO admission_assessments (stay_id, revision, status, content, amendment_reason, "
                         "version, created_at, updated_at) VALUES (?, ?, 'draft', ?, ?, 1, ?, ?)"),
          Sql::ReturningId::Yes);
    q.bind(a.stayId.value)
        .bind(a.revision)
        .bind(contentText(a))
        .bindText(a.amendmentReason)
        .bind(timestamp)
        .bind(timestamp)
        .exec();
    return AssessmentId(q.insertedId());
}

bool AssessmentRepository::updateDraft(const AdmissionAssessment &a, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("UPDATE admission_assessments SET content = ?, version = version + 1, updated_at = ? "
                               "WHERE id = ? AND version = ? AND status = 'draft'"));
    q.bind(contentText(a)).bind(timestamp).bind(a.id.value).bind(a.version).exec();
    return q.rowsAffected() == 1;
}

bool AssessmentRepository::sign(AssessmentId id, int version, const QString &signedBy, const QString &signedAt,
                                const QString &timestamp)
{
    Sql q(m_db,
          QStringLiteral("UPDATE admission_assessments SET status = 'signed', signed_by = ?, signed_at = ?, "
                         "version = version + 1, updated_at = ? WHERE id = ? AND version = ? AND status = 'draft'"));
    q.bind(signedBy).bind(signedAt).bind(timestamp).bind(id.value).bind(version).exec();
    return q.rowsAffected() == 1;
}

std::optional<AdmissionAssessment> AssessmentRepository::find(AssessmentId id)
{
    Sql q(m_db, QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM admission_assessments WHERE id = ?"));
    q.bind(id.value).exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

std::optional<AdmissionAssessment> AssessmentRepository::current(StayId stay)
{
    Sql q(m_db, QStringLiteral("SELECT ") + columns() +
                    QStringLiteral(" FROM admission_assessments WHERE stay_id = ? ORDER BY revision DESC LIMIT 1"));
    q.bind(stay.value).exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

QList<AdmissionAssessment> AssessmentRepository::revisions(StayId stay)
{
    Sql q(m_db, QStringLiteral("SELECT ") + columns() +
                    QStringLiteral(" FROM admission_assessments WHERE stay_id = ? ORDER BY revision"));
    q.bind(stay.value).exec();
    QList<AdmissionAssessment> out;
    while (q.next())
        out << readRow(q);
    return out;
}

qint64 AssessmentRepository::insertAction(const RedFlagAction &r)
{
    Sql q(m_db,
          QStringLiteral("INSERT INTO red_flag_actions (stay_id, flag, action, recorded_by, recorded_at) "
                         "VALUES (?, ?, ?, ?, ?)"),
          Sql::ReturningId::Yes);
    q.bind(r.stayId.value)
        .bind(kRedFlags.code(r.flag))
        .bind(r.action)
        .bind(r.recordedBy)
        .bind(r.recordedAt.toUTC().toString(Qt::ISODate))
        .exec();
    return q.insertedId();
}

QString AssessmentRepository::actionColumns()
{
    return QStringLiteral("id, stay_id, flag, action, recorded_by, recorded_at");
}

RedFlagAction AssessmentRepository::readAction(const Sql &q)
{
    RedFlagAction r;
    r.id = q.integer(0);
    r.stayId = StayId(q.integer(1));
    r.flag = kRedFlags.parse(q.text(2)).value_or(RedFlag::NonMechanicalPain);
    r.action = q.text(3);
    r.recordedBy = q.text(4);
    r.recordedAt = QDateTime::fromString(q.text(5), Qt::ISODate);
    return r;
}

QList<RedFlagAction> AssessmentRepository::actions(StayId stay)
{
    Sql q(m_db, QStringLiteral("SELECT ") + actionColumns() +
                    QStringLiteral(" FROM red_flag_actions WHERE stay_id = ? ORDER BY id"));
    q.bind(stay.value).exec();
    QList<RedFlagAction> out;
    while (q.next())
        out << readAction(q);
    return out;
}

QMap<StayId, AdmissionAssessment> AssessmentRepository::currentInProgress(const QString &unitCode, const QDate &day)
{
    Sql q(m_db,
          QStringLiteral("SELECT ") + columns() +
              QStringLiteral(" FROM admission_assessments a WHERE a.stay_id IN (SELECT s.id FROM stays s WHERE ") +
              StayRepository::inProgressOn() +
              QStringLiteral(") AND a.revision = (SELECT MAX(b.revision) FROM admission_assessments b "
                             "WHERE b.stay_id = a.stay_id)"));
    q.bind(unitCode).bind(dates::toIso(day)).exec();
    QMap<StayId, AdmissionAssessment> out;
    while (q.next()) {
        const AdmissionAssessment a = readRow(q);
        out.insert(a.stayId, a);
    }
    return out;
}

QMap<StayId, QList<RedFlagAction>> AssessmentRepository::actionsInProgress(const QString &unitCode, const QDate &day)
{
    Sql q(m_db, QStringLiteral("SELECT ") + actionColumns() +
                    QStringLiteral(" FROM red_flag_actions WHERE stay_id IN (SELECT s.id FROM stays s WHERE ") +
                    StayRepository::inProgressOn() + QStringLiteral(") ORDER BY id"));
    q.bind(unitCode).bind(dates::toIso(day)).exec();
    QMap<StayId, QList<RedFlagAction>> out;
    while (q.next()) {
        const RedFlagAction r = readAction(q);
        out[r.stayId] << r;
    }
    return out;
}

} // namespace smr
