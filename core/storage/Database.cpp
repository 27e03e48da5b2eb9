#include "core/storage/Database.h"

#include "core/storage/Migrator.h"
#include "core/storage/StorageError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace smr {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("smrdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database(SqlDialect dialect, QString connectionName, DatabaseAddress address)
    : m_dialect(dialect), m_connectionName(std::move(connectionName)), m_address(std::move(address))
{
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
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
    return address.isPostgres() ? openPostgres(address, password) : openSqlite(address.path);
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

    SqlDialect dialect(SqlDialect::Engine::Sqlite);
    const QString name = nextConnectionName();
    const DatabaseAddress address = DatabaseAddress::sqlite(info.absoluteFilePath());
    std::unique_ptr<Database> database(new Database(dialect, name, address));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(dialect.connectOptions());
        if (!db.open())
            return Failure::storage(describeOpenError(path, db.lastError().text()));
        if (const Status prepared = prepare(db, dialect, address); !prepared)
            return prepared.failure();
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const DatabaseAddress &address, const QString &password)
{
    SqlDialect dialect(SqlDialect::Engine::Postgres);
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(dialect, name, address));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        if (!db.isValid())
            return Failure::storage(describeOpenError(address.display(), tr("the PostgreSQL driver of Qt (QPSQL) is "
                                                                            "missing: install libqt6sql6-psql.")));
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setUserName(address.user);
        db.setDatabaseName(address.database);
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(dialect.connectOptions());
        if (!db.open()) {
            const QString detail = db.lastError().text();
            // libpq: "fe_sendauth: no password supplied", "password authentication failed".
            if (detail.contains(QLatin1String("password"), Qt::CaseInsensitive))
                return Failure::authentication(
                    tr("The server %1 asks for a password: %2").arg(address.display(), detail.trimmed()));
            return Failure::storage(describeOpenError(address.display(), detail));
        }
        if (const Status prepared = prepare(db, dialect, address); !prepared)
            return prepared.failure();
    }
    return database;
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

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it->second;
    auto q = std::make_unique<QSqlQuery>(connection());
    if (!q->prepare(sql))
        throw StorageError(tr("A database statement could not be prepared"), q->lastError());
    return *m_statements.emplace(sql, std::move(q)).first->second;
}

void Database::execute(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        throw StorageError(tr("A database statement failed"), q.lastError());
}

} // namespace smr
