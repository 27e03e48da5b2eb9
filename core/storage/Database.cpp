#include "core/storage/Database.h"

#include "core/storage/Migrator.h"
#include "core/storage/Sql.h"
#include "core/storage/StorageError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

namespace smr {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("smrdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database(SqlDialect dialect, QString connectionName, DatabaseAddress address, QString password)
    : m_dialect(dialect)
    , m_connectionName(std::move(connectionName))
    , m_address(std::move(address))
    , m_password(std::move(password))
{
}

Database::~Database()
{
    disconnect();
}

bool Database::hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // unreadable: let SQLite say why
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(magic.size()) == magic;
}

QString Database::describeOpenError(const QString &location, const QString &detail)
{
    return tr("The database %1 cannot be opened: %2").arg(QDir::toNativeSeparators(location), detail);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseAddress &address, const QString &password)
{
    if (!address.isPostgres())
        return openSqlite(address.path);
    std::unique_ptr<Database> database(
        new Database(SqlDialect(SqlDialect::Engine::Postgres), nextConnectionName(), address, password));
    if (Status connected = database->connect(); !connected)
        return connected.failure();
    return database;
}

std::function<Result<std::unique_ptr<Database>>()> Database::opener() const
{
    return [address = m_address, password = m_password]() -> Result<std::unique_ptr<Database>> {
        if (!address.isPostgres() && !QFileInfo(address.path).isFile())
            return Failure::storage(describeOpenError(address.path, tr("the file is no longer there.")));
        return open(address, password);
    };
}

Status Database::prepare(QSqlDatabase &db, const SqlDialect &dialect, const DatabaseAddress &address)
{
    // PostgreSQL's schema first, so that the version is read where the tables are.
    const QStringList setup = dialect.connectionSetup(address.schema);
    const auto run = [&](const QString &statement) -> Status {
        QSqlQuery q(db);
        if (!q.exec(statement))
            return Failure::storage(describeOpenError(address.display(), q.lastError().text()));
        return Done{};
    };
    if (dialect.engine() == SqlDialect::Engine::Postgres) {
        for (const QString &statement : setup) {
            if (Status s = run(statement); !s)
                return s;
        }
    }
    // Read the schema version before anything writes: a database written by a newer SMR Desk
    // must be left exactly as it is.
    const int version = readSchemaVersion(db, dialect);
    if (version < 0)
        return Failure::storage(describeOpenError(address.display(), tr("it is not an SMR Desk database.")));
    if (version > Migrator::latestVersion()) {
        return Failure::storage(tr("The database %1 was written by a newer version of SMR Desk (schema %2; this "
                                   "version knows schemas up to %3). It has been left untouched: install the newer "
                                   "version of SMR Desk to open it.")
                                    .arg(address.display())
                                    .arg(version)
                                    .arg(Migrator::latestVersion()));
    }
    if (dialect.engine() == SqlDialect::Engine::Sqlite) {
        for (const QString &statement : setup) {
            if (Status s = run(statement); !s)
                return s;
        }
    }
    return Done{};
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return Failure::storage(describeOpenError(path, tr("its folder cannot be created.")));
    if (info.exists() && !info.isFile())
        return Failure::storage(describeOpenError(path, tr("it is not a file.")));
    // A file that is not SQLite at all (a document saved under the wrong name, a damaged first
    // page): say so before SQLite's terse "file is not a database".
    if (info.exists() && info.size() > 0 && !hasSqliteHeader(info.absoluteFilePath()))
        return Failure::storage(describeOpenError(
            path, tr("it is not an SQLite database file (another kind of file, or its first page is damaged).")));

    std::unique_ptr<Database> database(new Database(SqlDialect(SqlDialect::Engine::Sqlite), nextConnectionName(),
                                                    DatabaseAddress::sqlite(info.absoluteFilePath()), QString()));
    if (Status connected = database->connect(); !connected)
        return connected.failure();
    return database;
}

Status Database::connect()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    if (m_address.isPostgres()) {
        if (!db.isValid())
            return Failure::storage(describeOpenError(location(), tr("the PostgreSQL driver of Qt (QPSQL) is "
                                                                     "missing: install libqt6sql6-psql.")));
        db.setHostName(m_address.host);
        db.setPort(m_address.port);
        db.setUserName(m_address.user);
        db.setDatabaseName(m_address.database);
        if (!m_password.isEmpty())
            db.setPassword(m_password);
    } else {
        db.setDatabaseName(m_address.path);
    }
    db.setConnectOptions(m_dialect.connectOptions());
    if (!db.open()) {
        const QString detail = db.lastError().text();
        // libpq: "fe_sendauth: no password supplied", "password authentication failed".
        if (m_address.isPostgres() && detail.contains(QLatin1String("password"), Qt::CaseInsensitive))
            return Failure::authentication(
                tr("The server %1 asks for a password: %2").arg(location(), detail.trimmed()));
        return Failure::storage(describeOpenError(m_address.isPostgres() ? location() : m_address.path, detail));
    }
    if (const Status prepared = prepare(db, m_dialect, m_address); !prepared)
        return prepared.failure();
    m_driver = db.driver();
    return Done{};
}

namespace {

// Forgetting the prepared statements of a broken PostgreSQL connection (noticed or not yet) makes
// the driver try to DEALLOCATE each of them, and warn for each that it could not: there is
// nothing to free on a connection that is closed right after. Those warnings alone are
// silenced, for that moment only.
QtMessageHandler g_previousHandler = nullptr;

void dropDeallocationWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

void Database::disconnect()
{
    g_previousHandler = qInstallMessageHandler(dropDeallocationWarnings);
    m_statements.clear();
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
    m_driver = nullptr;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::reconnect()
{
    if (!isIdle())
        return Failure::storage(tr("The connection to %1 cannot be renewed while a read or a write is in progress. "
                                   "Please report this fault.")
                                    .arg(location()));
    disconnect();
    if (Status connected = connect(); !connected) {
        if (connected.failure().kind() != Failure::Kind::Storage)
            return connected;
        return Failure::connectionLost(connectionLostMessage() + QLatin1Char(' ') +
                                       tr("Reconnecting failed: %1").arg(connected.failure().text()));
    }
    if (m_reconnected)
        m_reconnected();
    return Done{};
}

int Database::readSchemaVersion(QSqlDatabase &db, const SqlDialect &dialect)
{
    // A file that is not a database fails even this query; a new database has no table yet.
    QSqlQuery tables(db);
    if (!tables.exec(dialect.tableNamesQuery()))
        return -1;
    bool hasVersionTable = false;
    bool hasOtherTables = false;
    while (tables.next()) {
        if (tables.value(0).toString() == QLatin1String("schema_version"))
            hasVersionTable = true;
        else
            hasOtherTables = true;
    }
    if (!hasVersionTable)
        return hasOtherTables ? -1 : 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion()
{
    QSqlDatabase db = connection();
    const int v = readSchemaVersion(db, m_dialect);
    if (v < 0)
        throw StorageError(tr("The schema version of %1 cannot be read.").arg(location()));
    return v;
}

QSqlQuery &Database::prepared(const QString &sql, Rows rows)
{
    if (!isConnected())
        throw connectionLost();
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it->second;
    auto q = std::make_unique<QSqlQuery>(connection());
    q->setForwardOnly(rows == Rows::ForwardOnly);
    if (!q->prepare(sql))
        throw failure(tr("A database statement could not be prepared"), q->lastError());
    return *m_statements.emplace(sql, std::move(q)).first->second;
}

void Database::execute(const QString &sql)
{
    if (!isConnected())
        throw connectionLost();
    QSqlQuery q(connection());
    if (!q.exec(sql))
        throw failure(tr("A database statement failed"), q.lastError());
}

qint64 Database::dataVersion()
{
    Sql q(*this, QStringLiteral("PRAGMA data_version"));
    q.exec();
    return q.next() ? q.integer(0) : -1;
}

QString Database::currentSchema()
{
    Sql q(*this, QStringLiteral("SELECT current_schema()"));
    q.exec();
    return q.next() ? q.text(0) : QString();
}

bool Database::isConnected() const
{
    return m_driver && m_driver->isOpen();
}

bool Database::isConnectionError(const QSqlError &error) const
{
    if (error.type() == QSqlError::ConnectionError)
        return true;
    if (m_dialect.engine() == SqlDialect::Engine::Postgres) {
        // SQLSTATE class 08 (connection exception); 57P01-57P03: the server ends or refuses
        // the session (pg_terminate_backend, a shutdown, a restart in progress).
        const QString code = error.nativeErrorCode();
        if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02") ||
            code == QLatin1String("57P03"))
            return true;
    }
    return !isConnected();
}

StorageError Database::failure(const QString &what, const QSqlError &error) const
{
    if (!isConnectionError(error))
        return StorageError(what, error);
    // libpq's first line, without its severity label and the SQLSTATE the driver appends.
    QString detail = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression label(QStringLiteral("^(FATAL|ERROR|PANIC):\\s*"));
    static const QRegularExpression code(QStringLiteral("\\s*\\([0-9A-Z]{5}\\)$"));
    detail.remove(label).remove(code);
    return connectionLost(detail);
}

StorageError Database::connectionLost(const QString &detail) const
{
    return StorageError::connectionLost(connectionLostMessage(detail) + QLatin1Char(' ') +
                                            tr("Check the network or whether the server is running, then retry."),
                                        detail);
}

QString Database::connectionLostMessage(const QString &detail) const
{
    if (!m_address.isPostgres())
        return tr("The connection to the database %1 is lost.").arg(location());
    QString message = tr("The connection to the server %1 is lost.").arg(location());
    if (!detail.isEmpty())
        message += QLatin1Char(' ') + tr("The server said: %1.").arg(detail);
    return message;
}

} // namespace smr
