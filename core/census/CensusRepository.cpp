#include "core/census/CensusRepository.h"

#include "core/patients/PatientRepository.h"
#include "core/patients/PatientSearch.h"
#include "core/stays/StayRepository.h"
#include "core/storage/Sql.h"

namespace smr {

namespace {
// The stay shown beside a patient of the "all patients" list: the open one, otherwise the latest.
const QString kLatestStayJoin =
    QStringLiteral(" LEFT JOIN stays s ON s.id = (SELECT s2.id FROM stays s2 WHERE s2.patient_id = p.id "
                   "ORDER BY CASE WHEN s2.status IN ('pre_admission', 'active') THEN 0 ELSE 1 END, "
                   "s2.admission_date DESC, s2.id DESC LIMIT 1)");
} // namespace

QString CensusRepository::fromAndWhere(const CensusFilter &filter, QVariantList &binds, QStringList &conditions) const
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
    } else {
        from = QStringLiteral(" FROM patients p");
    }
    const QStringList prefixes = PatientSearch::prefixesOf(filter.search);
    if (!prefixes.isEmpty())
        conditions << PatientSearch::condition(QStringLiteral("p.id"), prefixes, binds);
    return from;
}

QList<CensusRow> CensusRepository::page(const CensusFilter &filter, const std::optional<CensusCursor> &after, int limit)
{
    QVariantList binds;
    const QString order = QStringLiteral(" ORDER BY p.sort_key, p.id");
    const QString select = QStringLiteral("SELECT ") + PatientRepository::columns(QStringLiteral("p")) +
                           QStringLiteral(", ") + StayRepository::columns(QStringLiteral("s")) +
                           QStringLiteral(", p.sort_key");
    QString sql;
    if (filter.scope == CensusFilter::Scope::AllPatients) {
        // All patients: choose the page of patients first, then look up the stay of those only
        // (joining before the LIMIT would look up a stay for every match of a short prefix). A
        // search reads the page from the search terms in name order (PatientSearch::firstInOrder).
        QString chosen;
        const QStringList prefixes = PatientSearch::prefixesOf(filter.search);
        if (!prefixes.isEmpty()) {
            chosen = PatientSearch::firstInOrder(prefixes, after ? std::optional(after->sortKey) : std::nullopt,
                                                 after ? after->patientId : 0, limit, binds);
        } else {
            chosen = QStringLiteral("SELECT p.sort_key, p.id AS patient_id FROM patients p");
            if (after) {
                chosen += QStringLiteral(" WHERE (p.sort_key > ? OR (p.sort_key = ? AND p.id > ?))");
                binds << after->sortKey << after->sortKey << after->patientId;
            }
            chosen += order + QStringLiteral(" LIMIT %1").arg(limit);
        }
        sql = select + QStringLiteral(" FROM (") + chosen +
              QStringLiteral(") m JOIN patients p ON p.id = m.patient_id") + kLatestStayJoin + order;
    } else {
        QStringList conditions;
        const QString from = fromAndWhere(filter, binds, conditions);
        if (after) {
            conditions << QStringLiteral("(p.sort_key > ? OR (p.sort_key = ? AND p.id > ?))");
            binds << after->sortKey << after->sortKey << after->patientId;
        }
        sql = select + from + QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")) + order +
              QStringLiteral(" LIMIT %1").arg(limit);
    }

    Sql q(m_db, sql, Sql::ForwardOnly::Yes);
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
    QString sql;
    const QStringList prefixes = PatientSearch::prefixesOf(filter.search);
    if (filter.scope == CensusFilter::Scope::AllPatients && !prefixes.isEmpty()) {
        // Every patient: the search terms alone say who matches.
        sql = PatientSearch::matching(prefixes, binds);
    } else {
        QStringList conditions;
        sql = QStringLiteral("SELECT 1") + fromAndWhere(filter, binds, conditions);
        if (!conditions.isEmpty())
            sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    // A short search prefix can match tens of thousands: counting stops past CountCap.
    if (!filter.search.trimmed().isEmpty())
        sql += QStringLiteral(" LIMIT %1").arg(CountCap + 1);
    Sql q(m_db, QStringLiteral("SELECT COUNT(*) FROM (") + sql + QStringLiteral(") AS matched"), Sql::ForwardOnly::Yes);
    for (const QVariant &v : std::as_const(binds))
        q.bind(v);
    q.exec();
    q.next();
    return q.integer(0);
}

} // namespace smr
