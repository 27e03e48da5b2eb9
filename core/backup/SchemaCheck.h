#pragma once

#include "core/backup/CheckReport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace smr {

// What checking a database asks of its tables on either engine, once their names are read:
// an empty database, another program's, a newer SMR Desk's; the rows of the data tables; the
// tables its schema version should have.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    // `value` runs a query of one value; `prefix` qualifies table names ("schema." or empty).
    // Fills the report's schema version and rows, and `missing` with the tables the version
    // should have and the database lacks. False, with the report's problem and message, when
    // the database is empty, another program's or newer.
    static bool examine(CheckReport &report, const QStringList &tables,
                        const std::function<QVariant(const QString &sql)> &value, const QString &prefix,
                        QStringList &missing);
    // False, the report saying the database is damaged, when tables are missing.
    static bool complete(CheckReport &report, const QStringList &missing);
};

} // namespace smr
