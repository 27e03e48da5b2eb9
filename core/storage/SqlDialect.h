#pragma once

#include <QString>
#include <QStringList>

namespace smr {

// Everything that differs between the SQL engines lives here, so that repositories and
// migrations are written once in portable SQL. SQLite is the embedded store of a single
// workstation; PostgreSQL serves a unit with several workstations.
class SqlDialect
{
public:
    enum class Engine { Sqlite, Postgres };

    explicit SqlDialect(Engine engine) : m_engine(engine) {}

    Engine engine() const { return m_engine; }
    QString driverName() const;

    // Statements run once on every new connection (`schema`: PostgreSQL's search path, if any).
    QStringList connectionSetup(const QString &schema = {}) const;
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
    //   {{pk}}      an auto-numbered 64-bit primary key column type
    //   {{double}}  a double-precision number (PostgreSQL's REAL is single precision)
    //   {{text_c}}  text compared byte by byte (prefix ranges of the search index)
    //   {{append_only TABLE}}  triggers that refuse every UPDATE and DELETE (and PostgreSQL's
    //               TRUNCATE) of the table: the audit trail cannot be rewritten, even by mistake
    QString expandMigration(const QString &sql) const;

    // Taken first in a migration's transaction so that two workstations starting at once do
    // not both apply it (empty where BEGIN IMMEDIATE already serialises writers).
    QString migrationLock() const;

    // Live updates (ChangeWatcher). PostgreSQL: the channel every write notifies on commit, with
    // the schema's name as payload (several units may share one database), and the lock taken
    // before the audit lines are appended, so that audit ids are in commit order (a watcher
    // reading "id > last seen" then never steps over a line committed late). Empty on SQLite,
    // where BEGIN IMMEDIATE serialises writers and PRAGMA data_version tells of others' commits.
    static QString changeChannel() { return QStringLiteral("smrdesk_changes"); }
    QString notifyChange() const;
    QString auditOrderLock() const;

    // A consistent copy of the whole database into `path`, taken online (before a migration).
    QString backupInto(const QString &path) const;

private:
    QString appendOnlyGuard(const QString &table) const;

    Engine m_engine;
};

} // namespace smr
