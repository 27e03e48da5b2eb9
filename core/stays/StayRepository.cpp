#include "core/stays/StayRepository.h"

#include "core/common/Dates.h"
#include "core/storage/Sql.h"

namespace smr {

namespace {

template <typename E, std::size_t N> QVariant codeOrNull(const CodeTable<E, N> &table, const std::optional<E> &value)
{
    return value ? QVariant(table.code(*value)) : QVariant();
}

void bindFields(Sql &q, const Stay &s)
{
    q.bind(s.patientId.value)
        .bind(s.unitCode)
        .bind(kStayModes.code(s.mode))
        .bind(kStayStatuses.code(s.status))
        .bind(dates::toIso(s.admissionDate))
        .bindDate(s.plannedDischargeDate)
        .bindDate(s.dischargeDate)
        .bind(codeOrNull(kProgrammes, s.programme))
        .bindText(s.programmeDetail)
        .bind(codeOrNull(kReferrerTypes, s.referrerType))
        .bindText(s.referrerName)
        .bindText(s.coordinatingPhysician)
        .bindText(s.cancellationReason);
}

} // namespace

QString StayRepository::inProgressOn()
{
    // Dates are ISO text, so comparing them as text orders them on either engine.
    return QStringLiteral("s.status = 'active' AND s.unit_code = ? AND s.admission_date <= ?");
}

QString StayRepository::columns(const QString &a)
{
    static const QStringList names{QStringLiteral("id"),
                                   QStringLiteral("patient_id"),
                                   QStringLiteral("unit_code"),
                                   QStringLiteral("mode"),
                                   QStringLiteral("status"),
                                   QStringLiteral("admission_date"),
                                   QStringLiteral("planned_discharge_date"),
                                   QStringLiteral("discharge_date"),
                                   QStringLiteral("programme"),
                                   QStringLiteral("programme_detail"),
                                   QStringLiteral("referrer_type"),
                                   QStringLiteral("referrer_name"),
                                   QStringLiteral("coordinating_physician"),
                                   QStringLiteral("cancellation_reason"),
                                   QStringLiteral("version")};
    return qualifiedColumns(a, names);
}

Stay StayRepository::readRow(const Sql &q, int i)
{
    Stay s;
    s.id = StayId(q.integer(i + 0));
    s.patientId = PatientId(q.integer(i + 1));
    s.unitCode = q.text(i + 2);
    s.mode = kStayModes.parse(q.text(i + 3)).value_or(StayMode::FullHospitalisation);
    s.status = kStayStatuses.parse(q.text(i + 4)).value_or(StayStatus::Active);
    s.admissionDate = q.date(i + 5);
    s.plannedDischargeDate = q.date(i + 6);
    s.dischargeDate = q.date(i + 7);
    s.programme = kProgrammes.parse(q.text(i + 8));
    s.programmeDetail = q.text(i + 9);
    s.referrerType = kReferrerTypes.parse(q.text(i + 10));
    s.referrerName = q.text(i + 11);
    s.coordinatingPhysician = q.text(i + 12);
    s.cancellationReason = q.text(i + 13);
    s.version = int(q.integer(i + 14));
    return s;
}

StayId StayRepository::insert(const Stay &s, const QString &timestamp)
{
    Sql q(m_db,
          QStringLiteral("INSERT INTO stays (patient_id, unit_code, mode, status, admission_date, "
                         "planned_discharge_date, discharge_date, programme, programme_detail, referrer_type, "
                         "referrer_name, coordinating_physician, cancellation_reason, version, created_at, "
                         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
          Sql::ReturningId::Yes);
    bindFields(q, s);
    q.bind(timestamp).bind(timestamp).exec();
    return StayId(q.insertedId());
}

bool StayRepository::update(const Stay &s, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("UPDATE stays SET patient_id = ?, unit_code = ?, mode = ?, status = ?, "
                               "admission_date = ?, planned_discharge_date = ?, discharge_date = ?, programme = ?, "
                               "programme_detail = ?, referrer_type = ?, referrer_name = ?, "
                               "coordinating_physician = ?, cancellation_reason = ?, version = version + 1, "
                               "updated_at = ? WHERE id = ? AND version = ?"));
    bindFields(q, s);
    q.bind(timestamp).bind(s.id.value).bind(s.version).exec();
    return q.rowsAffected() == 1;
}

std::optional<Stay> StayRepository::find(StayId id)
{
    Sql q(m_db,
          QStringLiteral("SELECT ") + columns(QStringLiteral("s")) + QStringLiteral(" FROM stays s WHERE s.id = ?"));
    q.bind(id.value).exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q, 0);
}

std::optional<Stay> StayRepository::findOpen(PatientId patient)
{
    Sql q(m_db, QStringLiteral("SELECT ") + columns(QStringLiteral("s")) +
                    QStringLiteral(" FROM stays s WHERE s.patient_id = ? AND s.status IN ('pre_admission', 'active')"));
    q.bind(patient.value).exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q, 0);
}

QList<Stay> StayRepository::forPatient(PatientId patient)
{
    Sql q(m_db, QStringLiteral("SELECT ") + columns(QStringLiteral("s")) +
                    QStringLiteral(" FROM stays s WHERE s.patient_id = ? ORDER BY s.admission_date DESC, s.id DESC"));
    q.bind(patient.value).exec();
    QList<Stay> out;
    while (q.next())
        out << readRow(q, 0);
    return out;
}

qint64 StayRepository::count()
{
    Sql q(m_db, QStringLiteral("SELECT COUNT(*) FROM stays"));
    q.exec();
    q.next();
    return q.integer(0);
}

} // namespace smr
