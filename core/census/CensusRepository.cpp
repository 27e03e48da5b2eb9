#include "core/census/CensusRepository.h"

#include "core/patients/PatientSearch.h"
#include "core/storage/Sql.h"

namespace smr {

namespace {
// A line of the list from the columns of listColumns().
CensusRow readListRow(const Sql &q)
{
    CensusRow row;
    Patient &p = row.patient;
    p.id = PatientId(q.integer(0));
    p.ipp = q.text(1);
    p.birthName = q.text(2);
    p.usedName = q.text(3);
    p.firstNames = q.text(4);
    p.birthDate = q.date(5);
    p.sex = kSexes.parse(q.text(6)).value_or(Sex::Female);
    if (!q.isNull(7)) {
        Stay &s = row.stay.emplace();
        s.id = StayId(q.integer(7));
        s.patientId = p.id;
        s.unitCode = q.text(8);
        s.mode = kStayModes.parse(q.text(9)).value_or(StayMode::FullHospitalisation);
        s.status = kStayStatuses.parse(q.text(10)).value_or(StayStatus::Active);
        s.admissionDate = q.date(11);
        s.plannedDischargeDate = q.date(12);
        s.dischargeDate = q.date(13);
        s.programme = kProgrammes.parse(q.text(14));
    }
    row.sortKey = q.text(15);
    return row;
}

// The stay shown beside a patient of the "all patients" list: the open one, otherwise the latest.
const QString kLatestStayJoin =
    QStringLiteral(" LEFT JOIN stays s ON s.id = (SELECT s2.id FROM stays s2 WHERE s2.patient_id = p.id "
                   "ORDER BY CASE WHEN s2.status IN ('pre_admission', 'active') THEN 0 ELSE 1 END, "
                   "s2.admission_date DESC, s2.id DESC LIMIT 1)");
} // namespace

const QString &CensusRepository::listColumns()
{
    // What a line of the list shows, and no more: a page reads 16 values a line instead of 30,
    // the notes among them (issue #10, search as you type).
    static const QString columns = QStringLiteral(
        "p.id, p.ipp, p.birth_name, p.used_name, p.first_names, p.birth_date, p.sex, s.id, s.unit_code, s.mode, "
        "s.status, s.admission_date, s.planned_discharge_date, s.discharge_date, s.programme, p.sort_key");
    return columns;
}

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
    const QString select = QStringLiteral("SELECT ") + listColumns();
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
    QList<CensusRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows << readListRow(q);
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
