#pragma once

#include "core/common/Result.h"
#include "core/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace smr {

// One connection to the application's database, with its dialect and a cache of prepared
// statements. Opening checks that the schema is not newer than this program knows (a newer
// database is refused and left untouched), then applies the engine's connection settings.
// Schema changes are the Migrator's; SQL is run only by repositories (through Sql).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> openSqlite(const QString &path);

    const SqlDialect &dialect() const { return m_dialect; }
    QString location() const { return m_location; }
    QSqlDatabase connection() const;

    // The schema version recorded in the database (0 for a new database).
    int schemaVersion();

    // A prepared statement for `sql`, prepared once per connection and reused.
    QSqlQuery &prepared(const QString &sql);
    // Runs one statement that takes no parameters; throws StorageError on failure.
    void execute(const QString &sql);

    // Write-transaction bookkeeping for WriteTransaction (nested guards join the outer one).
    int transactionDepth() const { return m_transactionDepth; }

private:
    friend class WriteTransaction;
    Database(SqlDialect dialect, QString connectionName, QString location);
    static int readSchemaVersion(QSqlDatabase &db, const SqlDialect &dialect);
    static QString describeOpenError(const QString &location, const QString &detail);

    SqlDialect m_dialect;
    QString m_connectionName;
    QString m_location;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace smr
