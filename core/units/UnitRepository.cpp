#include "core/units/UnitRepository.h"

#include "core/storage/Sql.h"

namespace smr {

namespace {
Unit readUnit(const Sql &q)
{
    return Unit{q.text(0), q.text(1), int(q.integer(2)), q.integer(3) != 0, int(q.integer(4))};
}
} // namespace

QList<Unit> UnitRepository::all()
{
    Sql q(m_db,
          QStringLiteral("SELECT code, label, sort_order, active, version FROM units ORDER BY sort_order, label"));
    q.exec();
    QList<Unit> out;
    while (q.next())
        out << readUnit(q);
    return out;
}

std::optional<Unit> UnitRepository::find(const QString &code)
{
    Sql q(m_db, QStringLiteral("SELECT code, label, sort_order, active, version FROM units WHERE code = ?"));
    q.bind(code).exec();
    if (!q.next())
        return std::nullopt;
    return readUnit(q);
}

void UnitRepository::insert(const Unit &u)
{
    Sql(m_db, QStringLiteral("INSERT INTO units (code, label, sort_order, active) VALUES (?, ?, ?, ?)"))
        .bind(u.code)
        .bind(u.label)
        .bind(u.sortOrder)
        .bind(u.active ? 1 : 0)
        .exec();
}

bool UnitRepository::update(const Unit &u)
{
    Sql q(m_db, QStringLiteral("UPDATE units SET label = ?, sort_order = ?, active = ?, version = version + 1 "
                               "WHERE code = ? AND version = ?"));
    q.bind(u.label).bind(u.sortOrder).bind(u.active ? 1 : 0).bind(u.code).bind(u.version).exec();
    return q.rowsAffected() == 1;
}

int UnitRepository::nextSortOrder()
{
    Sql q(m_db, QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM units"));
    q.exec();
    q.next();
    return int(q.integer(0));
}

} // namespace smr
