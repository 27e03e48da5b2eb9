#include "core/census/CensusRepository.h"

#include "core/patients/PatientRepository.h"
#include "core/patients/PatientSearch.h"
#include "core/stays/StayRepository.h"
#include "core/storage/Sql.h"

namespace smr {

QString CensusRepository::fromAndWhere(const CensusFilter &filter, QVariantList &binds, QStringList &conditions,
                                       bool counting) const
{
    QString from;
    if (filter.scope == CensusFilter::Scope::OpenStays) {
        from = QStringLiteral(" FROM stays s JOIN patients p ON p.id = s.patient_id");
        conditions << QStringLiteral("s.status IN ('pre_admission', 'active')");
        if (!filter.unitCode.isEmpty()) {
            conditions << QStringLiteral("s.unit_code = ?");
            binds << filter.unitCode;
        }
        if (filter.mode) {
            conditions << QStringLiteral("s.mode = ?");
            binds << kStayModes.code(*filter.mode);
        }
    } else if (counting) {
        from = QStringLiteral(" FROM patients p");
    } else {
        // The stay shown beside a patient: the open one, otherwise the latest.
        from = QStringLiteral(
            " FROM patients p LEFT JOIN stays s ON s.id = (SELECT s2.id FROM stays s2 WHERE s2.patient_id = p.id "
            "ORDER BY CASE WHEN s2.status IN ('pre_admission', 'active') THEN 0 ELSE 1 END, "
            "s2.admission_date DESC, s2.id DESC LIMIT 1)");
    }
    const QStringList prefixes = PatientSearch::prefixesOf(filter.search);
    if (!prefixes.isEmpty())
        conditions << PatientSearch::condition(QStringLiteral("p.id"), prefixes, binds);
    return from;
}

QList<CensusRow> CensusRepository::page(const CensusFilter &filter, const std::optional<CensusCursor> &after, int limit)
{
    QVariantList binds;
    QStringList conditions;
    const QString from = fromAndWhere(filter, binds, conditions, false);
    if (after) {
        conditions << QStringLiteral("(p.sort_key > ? OR (p.sort_key = ? AND p.id > ?))");
        binds << after->sortKey << after->sortKey << after->patientId;
    }
    QString sql = QStringLiteral("SELECT ") + PatientRepository::columns(QStringLiteral("p")) + QStringLiteral(", ")
                  + StayRepository::columns(QStringLiteral("s")) + QStringLiteral(", p.sort_key") + from;
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY p.sort_key, p.id LIMIT %1").arg(limit);

    Sql q(m_db, sql);
    for (const QVariant &v : std::as_const(binds))
        q.bind(v);
    q.exec();
    constexpr int patientColumns = PatientRepository::ColumnCount;
    constexpr int stayColumns = StayRepository::ColumnCount;
    QList<CensusRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        CensusRow row;
        row.patient = PatientRepository::readRow(q, 0);
        if (!q.isNull(patientColumns))
            row.stay = StayRepository::readRow(q, patientColumns);
        row.sortKey = q.text(patientColumns + stayColumns);
        rows << row;
    }
    return rows;
}

qint64 CensusRepository::count(const CensusFilter &filter)
{
    QVariantList binds;
    QStringList conditions;
    QString sql = QStringLiteral("SELECT COUNT(*)") + fromAndWhere(filter, binds, conditions, true);
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    Sql q(m_db, sql);
    for (const QVariant &v : std::as_const(binds))
        q.bind(v);
    q.exec();
    q.next();
    return q.integer(0);
}

} // namespace smr
