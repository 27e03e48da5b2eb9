#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace smr {

class Database;

// Brings a database to the schema this program knows. Migrations are numbered SQL files under
// resources/migrations (0001_name.sql, …), written in portable SQL with the dialect's
// placeholders. Each one runs in its own write transaction together with the row recording it
// in schema_version, so a failure leaves the database at the previous version. Before changing
// a database that already holds data, a copy is written beside it.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration {
        int version = 0;
        QString name;
        QString resource;
    };

    static QList<Migration> available();
    static int latestVersion();

    // Statements of a migration file: split at semicolons outside quoted text ('…' and $$…$$) and
    // outside the BEGIN … END of a trigger, without comments.
    static QStringList statements(const QString &sql);

    // Applies what is missing and returns the resulting version. Re-running is a no-op.
    static Result<int> migrate(Database &db);

    // Exposed for tests: applies `migrations` (in order) instead of the built-in list.
    static Result<int> migrate(Database &db, const QList<Migration> &migrations);
};

} // namespace smr
