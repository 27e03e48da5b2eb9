#include "core/export/ExportRepository.h"

#include "core/common/Dates.h"
#include "core/patients/PatientRepository.h"
#include "core/results/ResultRepository.h"
#include "core/stays/StayRepository.h"
#include "core/storage/Sql.h"

namespace smr {

namespace {

// The stay, patient and unit columns of both queries, in the order readStay expects.
QString stayColumns()
{
    return StayRepository::columns(QStringLiteral("s")) + QStringLiteral(", ") +
           PatientRepository::columns(QStringLiteral("p")) + QStringLiteral(", u.label");
}

const QString kStayJoins =
    QStringLiteral(" JOIN patients p ON p.id = s.patient_id JOIN units u ON u.code = s.unit_code");

ExportStay readStay(const Sql &q, int first)
{
    ExportStay s;
    s.stay = StayRepository::readRow(q, first);
    s.patient = PatientRepository::readRow(q, first + StayRepository::ColumnCount);
    s.unitLabel = q.text(first + StayRepository::ColumnCount + PatientRepository::ColumnCount);
    return s;
}

// The WHERE condition of a scope on stays `s` (and results `r` for a period) and its values.
QString condition(const ExportScope &scope, QVariantList &binds)
{
    switch (scope.kind) {
    case ExportScope::Kind::Stay:
        binds << scope.stay.value;
        return QStringLiteral("s.id = ?");
    case ExportScope::Kind::Patient:
        binds << scope.patient.value;
        return QStringLiteral("s.patient_id = ?");
    case ExportScope::Kind::UnitPeriod:
        // performed_at is "YYYY-MM-DDTHH:MM" text: the days from..to are [from, to + 1 day).
        binds << scope.unit << dates::toIso(scope.from) << dates::toIso(scope.to.addDays(1));
        return QStringLiteral("s.unit_code = ? AND r.performed_at >= ? AND r.performed_at < ?");
    }
    return {};
}

} // namespace

qint64 ExportRepository::forEachResult(const ExportScope &scope, const std::function<bool(const ExportRow &)> &row)
{
    QVariantList binds;
    const QString where = condition(scope, binds);
    Sql q(m_db,
          QStringLiteral("SELECT ") + ResultRepository::columns(QStringLiteral("r")) + QStringLiteral(", ") +
              stayColumns() + QStringLiteral(" FROM results r JOIN stays s ON s.id = r.stay_id") + kStayJoins +
              QStringLiteral(" WHERE r.status = 'final' AND r.superseded = 0 AND ") + where +
              QStringLiteral(" ORDER BY r.performed_at, r.id"),
          Sql::ForwardOnly::Yes);
    for (const QVariant &v : binds)
        q.bind(v);
    q.exec();
    qint64 count = 0;
    ExportRow r;
    while (q.next()) {
        r.result = ResultRepository::readRow(q, 0);
        r.stay = readStay(q, ResultRepository::ColumnCount);
        ++count;
        if (!row(r))
            break;
    }
    return count;
}

void ExportRepository::forEachStay(const ExportScope &scope, const std::function<bool(const ExportStay &)> &stay)
{
    if (scope.kind == ExportScope::Kind::UnitPeriod)
        return;
    QVariantList binds;
    const QString where = condition(scope, binds);
    Sql q(m_db,
          QStringLiteral("SELECT ") + stayColumns() + QStringLiteral(" FROM stays s") + kStayJoins +
              QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY s.admission_date, s.id"),
          Sql::ForwardOnly::Yes);
    for (const QVariant &v : binds)
        q.bind(v);
    q.exec();
    while (q.next()) {
        if (!stay(readStay(q, 0)))
            break;
    }
}

} // namespace smr
