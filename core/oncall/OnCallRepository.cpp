#include "core/oncall/OnCallRepository.h"

#include "core/common/Dates.h"
#include "core/patients/PatientRepository.h"
#include "core/stays/StayRepository.h"
#include "core/storage/Sql.h"

namespace smr {

QString OnCallRepository::columns(const QString &alias)
{
    return qualifiedColumns(alias,
                            {QStringLiteral("stay_id"), QStringLiteral("medical_issues"), QStringLiteral("treatments"),
                             QStringLiteral("instructions"), QStringLiteral("version"), QStringLiteral("updated_by"),
                             QStringLiteral("updated_at")});
}

OnCallNotes OnCallRepository::readRow(const Sql &q, int first)
{
    OnCallNotes n;
    n.stay = StayId(q.integer(first));
    n.medicalIssues = q.text(first + 1);
    n.treatments = q.text(first + 2);
    n.instructions = q.text(first + 3);
    n.version = int(q.integer(first + 4));
    n.updatedBy = q.text(first + 5);
    n.updatedAt = QDateTime::fromString(q.text(first + 6), Qt::ISODate); // stored with its Z: UTC
    return n;
}

std::optional<OnCallNotes> OnCallRepository::find(StayId stay)
{
    Sql q(m_db, QStringLiteral("SELECT ") + columns(QStringLiteral("n")) +
                    QStringLiteral(" FROM on_call_notes n WHERE n.stay_id = ?"));
    q.bind(stay.value).exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q, 0);
}

void OnCallRepository::insert(const OnCallNotes &n, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("INSERT INTO on_call_notes (stay_id, medical_issues, treatments, instructions, "
                               "version, updated_by, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)"));
    q.bind(n.stay.value)
        .bindText(n.medicalIssues)
        .bindText(n.treatments)
        .bindText(n.instructions)
        .bind(n.updatedBy)
        .bind(timestamp)
        .exec();
}

bool OnCallRepository::update(const OnCallNotes &n, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("UPDATE on_call_notes SET medical_issues = ?, treatments = ?, instructions = ?, "
                               "version = version + 1, updated_by = ?, updated_at = ? "
                               "WHERE stay_id = ? AND version = ?"));
    q.bindText(n.medicalIssues)
        .bindText(n.treatments)
        .bindText(n.instructions)
        .bind(n.updatedBy)
        .bind(timestamp)
        .bind(n.stay.value)
        .bind(n.version)
        .exec();
    return q.rowsAffected() == 1;
}

QList<OnCallStay> OnCallRepository::inProgress(const QString &unitCode, const QDate &day)
{
    Sql q(m_db, QStringLiteral("SELECT ") + StayRepository::columns(QStringLiteral("s")) + QStringLiteral(", ") +
                    PatientRepository::columns(QStringLiteral("p")) + QStringLiteral(", ") +
                    columns(QStringLiteral("n")) +
                    QStringLiteral(" FROM stays s JOIN patients p ON p.id = s.patient_id "
                                   "LEFT JOIN on_call_notes n ON n.stay_id = s.id WHERE ") +
                    StayRepository::inProgressOn() + QStringLiteral(" ORDER BY p.sort_key, p.id"));
    q.bind(unitCode).bind(dates::toIso(day)).exec();
    QList<OnCallStay> out;
    constexpr int notesFirst = StayRepository::ColumnCount + PatientRepository::ColumnCount;
    while (q.next()) {
        OnCallStay row{StayRepository::readRow(q, 0), PatientRepository::readRow(q, StayRepository::ColumnCount),
                       std::nullopt};
        if (!q.isNull(notesFirst))
            row.notes = readRow(q, notesFirst);
        out << row;
    }
    return out;
}

} // namespace smr
