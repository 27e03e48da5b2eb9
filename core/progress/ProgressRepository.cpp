#include "core/progress/ProgressRepository.h"

#include "core/common/Dates.h"
#include "core/patients/PatientRepository.h"
#include "core/results/ResultRepository.h"
#include "core/stays/StayRepository.h"
#include "core/storage/Sql.h"

namespace smr {

QList<TestResult> ProgressRepository::patientResults(PatientId patient, const QString &instrument)
{
    const QString byInstrument = instrument.isEmpty() ? QString() : QStringLiteral(" AND r.instrument = ?");
    Sql q(m_db, QStringLiteral("SELECT ") + ResultRepository::columns(QStringLiteral("r")) +
                    QStringLiteral(" FROM stays s JOIN results r ON r.stay_id = s.id "
                                   "WHERE s.patient_id = ? AND r.status = 'final' AND r.superseded = 0") +
                    byInstrument + QStringLiteral(" ORDER BY r.performed_at, r.id"));
    q.bind(patient.value);
    if (!instrument.isEmpty())
        q.bind(instrument);
    q.exec();
    QList<TestResult> out;
    while (q.next())
        out << ResultRepository::readRow(q);
    return out;
}

QList<UnitStay> ProgressRepository::staysInProgress(const QString &unitCode, const QDate &day)
{
    Sql q(m_db, QStringLiteral("SELECT ") + StayRepository::columns(QStringLiteral("s")) + QStringLiteral(", ") +
                    PatientRepository::columns(QStringLiteral("p")) +
                    QStringLiteral(" FROM stays s JOIN patients p ON p.id = s.patient_id WHERE ") +
                    StayRepository::inProgressOn() + QStringLiteral(" ORDER BY p.sort_key, p.id"));
    q.bind(unitCode).bind(dates::toIso(day)).exec();
    QList<UnitStay> out;
    while (q.next())
        out << UnitStay{StayRepository::readRow(q, 0), PatientRepository::readRow(q, StayRepository::ColumnCount)};
    return out;
}

QList<TestResult> ProgressRepository::firstAndLatest(const QString &unitCode, const QDate &day)
{
    // Two row numbers per stay and instrument, one counting from the first result and one from the
    // latest: the rows numbered 1 in either are the admission and latest results, for every
    // patient of the unit in one query (SQLite ≥ 3.25 and PostgreSQL have window functions).
    // "On or before the day": performed_at (YYYY-MM-DDTHH:MM) sorts before the next day's date.
    const QString r = ResultRepository::columns(QStringLiteral("r"));
    Sql q(m_db, QStringLiteral("SELECT ") + ResultRepository::columns(QStringLiteral("x")) +
                    QStringLiteral(" FROM (SELECT ") + r +
                    QStringLiteral(", ROW_NUMBER() OVER (PARTITION BY r.stay_id, r.instrument "
                                   "ORDER BY r.performed_at, r.id) AS from_first, "
                                   "ROW_NUMBER() OVER (PARTITION BY r.stay_id, r.instrument "
                                   "ORDER BY r.performed_at DESC, r.id DESC) AS from_latest "
                                   "FROM stays s JOIN results r ON r.stay_id = s.id WHERE ") +
                    StayRepository::inProgressOn() +
                    QStringLiteral(" AND r.status = 'final' AND r.superseded = 0 AND r.performed_at < ?) x "
                                   "WHERE x.from_first = 1 OR x.from_latest = 1 "
                                   "ORDER BY x.stay_id, x.instrument, x.performed_at, x.id"));
    q.bind(unitCode).bind(dates::toIso(day)).bind(dates::toIso(day.addDays(1))).exec();
    QList<TestResult> out;
    while (q.next())
        out << ResultRepository::readRow(q);
    return out;
}

} // namespace smr
