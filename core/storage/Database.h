#pragma once

#include "core/common/Result.h"
#include "core/storage/DatabaseAddress.h"
#include "core/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

class QSqlDriver;

namespace smr {

class StorageError;

// One connection to the application's database, with its dialect and a cache of prepared
// statements. Opening checks that the schema is not newer than this program knows (a newer
// database is refused and left untouched), then applies the engine's connection settings.
// Schema changes are the Migrator's; SQL is run only by repositories (through Sql).
//
// A PostgreSQL connection can break (server restarted, network cut, backend ended): every
// statement then throws a StorageError marked isConnectionLost(), and reconnect() opens the
// same address again.
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

    // What opens another connection to the same database, with the same password, for a thread
    // of its own (a connection is used only by the thread that opened it): call it on that
    // thread. It never creates a file: a SQLite database that is no longer there is a Failure.
    std::function<Result<std::unique_ptr<Database>>()> opener() const;

    const SqlDialect &dialect() const { return m_dialect; }
    const DatabaseAddress &address() const { return m_address; }
    // What the user reads: the file's path or the server's URL.
    QString location() const { return m_address.display(); }
    QSqlDatabase connection() const;

    // The schema version recorded in the database (0 for a new database).
    int schemaVersion();

    // How a statement's rows are read: in any order, or once from first to last (see
    // Sql::ForwardOnly). A statement's text is always prepared the same way.
    enum class Rows { Any, ForwardOnly };
    // A prepared statement for `sql`, prepared once per connection and reused.
    QSqlQuery &prepared(const QString &sql, Rows rows = Rows::Any);
    // Runs one statement that takes no parameters; throws StorageError on failure.
    void execute(const QString &sql);

    // Whether the connection is usable as far as the client knows (PostgreSQL: libpq has not
    // seen it break). A broken connection is often only noticed by the next statement.
    bool isConnected() const;
    // The StorageError for a failed statement: marked as a lost connection when the driver's
    // error or the connection's state says so.
    StorageError failure(const QString &what, const QSqlError &error) const;
    // The StorageError of a lost connection, with the driver's `detail` if any.
    StorageError connectionLost(const QString &detail = {}) const;
    // "The connection to the server … is lost (detail)." — the first sentence of every message
    // about a lost connection.
    QString connectionLostMessage(const QString &detail = {}) const;

    // Closes the connection and opens the same address again, with the same password and
    // connection settings; the prepared statements are forgotten (they are prepared again on
    // first use). Refused while a read or a write is in progress on this connection. A server
    // still unreachable gives a Failure of kind ConnectionLost.
    Status reconnect();
    // No read (Writer::read) and no write is in progress on this connection.
    bool isIdle() const { return m_transactionDepth == 0 && m_readDepth == 0; }
    // Called after every successful reconnect() (the Store re-subscribes its ChangeWatcher).
    void setReconnectHandler(std::function<void()> handler) { m_reconnected = std::move(handler); }

    // SQLite: a number that changes when another connection commits (PRAGMA data_version).
    qint64 dataVersion();
    // PostgreSQL: the schema the connection works in.
    QString currentSchema();

    // Write-transaction bookkeeping for WriteTransaction (nested guards join the outer one).
    int transactionDepth() const { return m_transactionDepth; }

    // Marks a read in progress (Writer::read): no reconnect() under its statements' feet.
    class ReadScope
    {
    public:
        explicit ReadScope(Database &db) : m_db(db) { ++m_db.m_readDepth; }
        ~ReadScope() { --m_db.m_readDepth; }
        ReadScope(const ReadScope &) = delete;
        ReadScope &operator=(const ReadScope &) = delete;

    private:
        Database &m_db;
    };

private:
    friend class WriteTransaction;
    Database(SqlDialect dialect, QString connectionName, DatabaseAddress address, QString password);
    // Adds the named connection, opens it and prepares it (schema check, settings).
    Status connect();
    // Forgets the statements and removes the named connection (its driver with it).
    void disconnect();
    // Checks the schema version (a newer one is refused, untouched) and prepares the connection.
    static Status prepare(QSqlDatabase &db, const SqlDialect &dialect, const DatabaseAddress &address);
    static int readSchemaVersion(QSqlDatabase &db, const SqlDialect &dialect);
    static QString describeOpenError(const QString &location, const QString &detail);
    bool isConnectionError(const QSqlError &error) const;

    SqlDialect m_dialect;
    QString m_connectionName;
    DatabaseAddress m_address;
    // Kept for reconnect() (the driver keeps it too, for as long as the connection lives).
    QString m_password;
    QSqlDriver *m_driver = nullptr;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::function<void()> m_reconnected;
    int m_transactionDepth = 0;
    int m_readDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace smr
