#include "core/backup/SqliteConnection.h"

#include <QFileInfo>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

namespace smr {

SqliteError::SqliteError(int code, const QString &message)
    : std::runtime_error(message.toStdString()), m_code(code), m_message(message)
{
}

namespace {

[[noreturn]] void fail(sqlite3 *db, int rc)
{
    const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    throw SqliteError(rc & 0xff, message);
}

} // namespace

SqliteConnection::~SqliteConnection()
{
    sqlite3_close_v2(m_db);
}

std::unique_ptr<SqliteConnection> SqliteConnection::open(const QString &uri, int flags, bool immutable)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(uri.toUtf8().constData(), &db, flags | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        throw SqliteError(rc & 0xff, message);
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 10000);
    return std::unique_ptr<SqliteConnection>(new SqliteConnection(db, immutable));
}

std::unique_ptr<SqliteConnection> SqliteConnection::openReadOnly(const QString &path, bool allowImmutable)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // A -wal or -journal file means another connection has the database open or a crash left
    // changes to recover: then read through SQLite's locks (it may create the -shm it needs).
    const bool immutable = allowImmutable && !QFileInfo::exists(absolute + QStringLiteral("-wal")) &&
                           !QFileInfo::exists(absolute + QStringLiteral("-journal"));
    QString uri = QString::fromUtf8(QUrl::fromLocalFile(absolute).toEncoded()) + QStringLiteral("?mode=ro");
    if (immutable)
        uri += QStringLiteral("&immutable=1");
    return open(uri, SQLITE_OPEN_READONLY, immutable);
}

std::unique_ptr<SqliteConnection> SqliteConnection::openReadWrite(const QString &path)
{
    const QString uri = QString::fromUtf8(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded());
    std::unique_ptr<SqliteConnection> connection = open(uri, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, false);
    connection->execute(QStringLiteral("PRAGMA synchronous = FULL"));
    return connection;
}

QList<QStringList> SqliteConnection::rows(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    QList<QStringList> out;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        QStringList row;
        for (int i = 0; i < sqlite3_column_count(statement); ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
            row << (text ? QString::fromUtf8(text) : QString());
        }
        out << row;
    }
    if (rc != SQLITE_DONE) {
        const SqliteError error(rc & 0xff, QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(statement);
        throw error;
    }
    sqlite3_finalize(statement);
    return out;
}

QString SqliteConnection::value(const QString &sql, const QString &otherwise)
{
    const QList<QStringList> result = rows(sql);
    return result.isEmpty() || result.first().isEmpty() ? otherwise : result.first().first();
}

void SqliteConnection::copyFrom(SqliteConnection &source, int timeoutMs)
{
    sqlite3_backup *backup = sqlite3_backup_init(m_db, "main", source.m_db, "main");
    if (!backup)
        fail(m_db, sqlite3_errcode(m_db));
    int rc = SQLITE_OK;
    for (int waited = 0;; waited += 50) {
        rc = sqlite3_backup_step(backup, -1);
        const int primary = rc & 0xff;
        if ((primary != SQLITE_BUSY && primary != SQLITE_LOCKED) || waited >= timeoutMs)
            break;
        QThread::msleep(50);
    }
    // The step's error is given to the destination connection by finish.
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw SqliteError(rc & 0xff, QString::fromUtf8(sqlite3_errmsg(m_db)));
    if (finished != SQLITE_OK)
        fail(m_db, finished);
}

} // namespace smr
