#pragma once

#include "core/common/Result.h"
#include "core/storage/DatabaseAddress.h"
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

    // Opens the database at `address`; `password` is used for PostgreSQL when not empty (else
    // libpq's PGPASSWORD or ~/.pgpass). A server asking for a password it did not get gives a
    // Failure of kind Authentication.
    static Result<std::unique_ptr<Database>> open(const DatabaseAddress &address, const QString &password = {});
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path);
    // Whether the file starts with SQLite's 16-byte signature (read only; true when unreadable).
    static bool hasSqliteHeader(const QString &path);

    const SqlDialect &dialect() const { return m_dialect; }
    const DatabaseAddress &address() const { return m_address; }
    // What the user reads: the file's path or the server's URL.
    QString location() const { return m_address.display(); }
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
    Database(SqlDialect dialect, QString connectionName, DatabaseAddress address);
    static Result<std::unique_ptr<Database>> openPostgres(const DatabaseAddress &address, const QString &password);
    // Checks the schema version (a newer one is refused, untouched) and prepares the connection.
    static Status prepare(QSqlDatabase &db, const SqlDialect &dialect, const DatabaseAddress &address);
    static int readSchemaVersion(QSqlDatabase &db, const SqlDialect &dialect);
    static QString describeOpenError(const QString &location, const QString &detail);

    SqlDialect m_dialect;
    QString m_connectionName;
    DatabaseAddress m_address;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace smr
