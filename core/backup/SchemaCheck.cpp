#include "core/backup/SchemaCheck.h"

#include "core/storage/Migrator.h"

namespace smr {

bool SchemaCheck::examine(CheckReport &r, const QStringList &tables,
                          const std::function<QVariant(const QString &sql)> &value, const QString &prefix,
                          QStringList &missing)
{
    const auto problem = [&r](CheckReport::Problem p, const QString &message) {
        r.problem = p;
        r.message = message;
        return false;
    };
    if (tables.isEmpty())
        return problem(CheckReport::Problem::Empty,
                       tr("%1 is empty: it holds no SMR Desk database yet.").arg(r.location));
    if (!tables.contains(QStringLiteral("schema_version")))
        return problem(CheckReport::Problem::NotSmrDesk,
                       tr("%1 is not an SMR Desk database: it has tables (%2) but no schema_version table. It "
                          "belongs to another program.")
                           .arg(r.location, tables.mid(0, 5).join(QStringLiteral(", "))));
    r.schemaVersion =
        value(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM ") + prefix + QStringLiteral("schema_version"))
            .toInt();
    if (r.schemaVersion > Migrator::latestVersion())
        return problem(CheckReport::Problem::Newer,
                       tr("%1 was written by a newer version of SMR Desk (schema %2; this version knows schemas up "
                          "to %3).")
                           .arg(r.location)
                           .arg(r.schemaVersion)
                           .arg(Migrator::latestVersion()));
    for (const ApplicationTable &table : kApplicationTables) {
        const QString name = QLatin1String(table.name);
        if (table.since > r.schemaVersion)
            continue;
        if (!tables.contains(name))
            missing << name;
        else if (table.data)
            r.rows.insert(name, value(QStringLiteral("SELECT COUNT(*) FROM ") + prefix + name).toLongLong());
    }
    return true;
}

bool SchemaCheck::complete(CheckReport &r, const QStringList &missing)
{
    if (missing.isEmpty())
        return true;
    const QString list = missing.join(QStringLiteral(", "));
    r.integrity = tr("missing tables: %1").arg(list);
    r.problem = CheckReport::Problem::Damaged;
    r.message =
        tr("%1 is damaged: tables of schema %2 are missing (%3).").arg(r.location).arg(r.schemaVersion).arg(list);
    return false;
}

} // namespace smr
