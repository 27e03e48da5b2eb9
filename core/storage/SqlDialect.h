#pragma once

#include <QString>
#include <QStringList>

namespace smr {

// Everything that differs between the SQL engines lives here, so that repositories and
// migrations are written once in portable SQL. SQLite is the embedded store of a single
// workstation; PostgreSQL (a later issue) serves a unit with several workstations.
class SqlDialect
{
public:
    enum class Engine { Sqlite, Postgres };

    explicit SqlDialect(Engine engine) : m_engine(engine) {}

    Engine engine() const { return m_engine; }
    QString driverName() const;

    // Statements run once on every new connection.
    QStringList connectionSetup() const;
    // Connection options for QSqlDatabase::setConnectOptions.
    QString connectOptions() const;

    // Starts a transaction that takes the write lock at once. In SQLite a plain BEGIN that
    // reads and then writes fails at the write with "database is locked" when another
    // connection wrote meanwhile; BEGIN IMMEDIATE waits for the lock (busy timeout) instead.
    QString beginWrite() const;

    // Whether an INSERT hands back its new id with "RETURNING id" (else: the last insert id).
    bool returnsIdWithClause() const { return m_engine == Engine::Postgres; }

    // Lists the names of the tables of the application's schema.
    QString tableNamesQuery() const;

    // Migrations are portable SQL with a few placeholders:
    //   {{pk}}  an auto-numbered 64-bit primary key column type
    QString expandMigration(const QString &sql) const;

    // A consistent copy of the whole database into `path`, taken online (before a migration).
    QString backupInto(const QString &path) const;

private:
    Engine m_engine;
};

} // namespace smr
