#include "core/orientation/GroupingRepository.h"

#include "core/common/Dates.h"
#include "core/patients/PatientRepository.h"
#include "core/stays/StayRepository.h"
#include "core/storage/Sql.h"

namespace smr {

namespace {

GroupOverride readRow(const Sql &q)
{
    GroupOverride g;
    g.stay = StayId(q.integer(0));
    g.group = kGroups.parse(q.text(1));
    g.reason = q.text(2);
    g.version = int(q.integer(3));
    return g;
}

QVariant groupOrNull(const GroupOverride &g)
{
    return g.group ? QVariant(kGroups.code(*g.group)) : QVariant();
}

} // namespace

std::optional<GroupOverride> GroupingRepository::find(StayId stay)
{
    Sql q(m_db, QStringLiteral("SELECT stay_id, group_code, reason, version FROM stay_groups WHERE stay_id = ?"));
    q.bind(stay.value).exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

void GroupingRepository::insert(const GroupOverride &g, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("INSERT INTO stay_groups (stay_id, group_code, reason, version, updated_at) "
                               "VALUES (?, ?, ?, 1, ?)"));
    q.bind(g.stay.value).bind(groupOrNull(g)).bindText(g.reason).bind(timestamp).exec();
}

bool GroupingRepository::update(const GroupOverride &g, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("UPDATE stay_groups SET group_code = ?, reason = ?, version = version + 1, "
                               "updated_at = ? WHERE stay_id = ? AND version = ?"));
    q.bind(groupOrNull(g)).bindText(g.reason).bind(timestamp).bind(g.stay.value).bind(g.version).exec();
    return q.rowsAffected() == 1;
}

QMap<StayId, GroupOverride> GroupingRepository::currentInUnit(const QString &unitCode)
{
    Sql q(m_db, QStringLiteral("SELECT g.stay_id, g.group_code, g.reason, g.version FROM stay_groups g "
                               "JOIN stays s ON s.id = g.stay_id WHERE s.unit_code = ? "
                               "AND (s.status = 'pre_admission' OR s.status = 'active') "
                               "AND g.group_code IS NOT NULL ORDER BY g.stay_id"));
    q.bind(unitCode).exec();
    QMap<StayId, GroupOverride> out;
    while (q.next()) {
        const GroupOverride g = readRow(q);
        out.insert(g.stay, g);
    }
    return out;
}

QMap<StayId, GroupOverride> GroupingRepository::current(const QList<StayId> &stays)
{
    QMap<StayId, GroupOverride> out;
    for (StayId stay : stays) {
        if (const std::optional<GroupOverride> g = find(stay); g && g->group)
            out.insert(stay, *g);
    }
    return out;
}

QList<GroupingStay> GroupingRepository::openStaysMeeting(const QString &unitCode, const QDate &first, const QDate &last)
{
    // Dates are ISO text: comparing them as text orders them on either engine. The status and unit
    // filter is the index stays_open_by_unit.
    Sql q(m_db, QStringLiteral("SELECT ") + StayRepository::columns(QStringLiteral("s")) + QStringLiteral(", ") +
                    PatientRepository::columns(QStringLiteral("p")) +
                    QStringLiteral(" FROM stays s JOIN patients p ON p.id = s.patient_id "
                                   "WHERE (s.status = 'pre_admission' OR s.status = 'active') AND s.unit_code = ? "
                                   "AND s.admission_date <= ? "
                                   "AND (s.planned_discharge_date IS NULL OR s.planned_discharge_date >= ?) "
                                   "ORDER BY p.sort_key, p.id"));
    q.bind(unitCode).bind(dates::toIso(last)).bind(dates::toIso(first)).exec();
    QList<GroupingStay> out;
    while (q.next())
        out << GroupingStay{StayRepository::readRow(q, 0), PatientRepository::readRow(q, StayRepository::ColumnCount)};
    return out;
}

} // namespace smr
