#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <stdexcept>

struct sqlite3;

namespace smr {

// An error of the SQLite library: its primary result code (SQLITE_CORRUPT, SQLITE_NOTADB, …)
// and its message.
class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const QString &message);
    int code() const { return m_code; }
    const QString &message() const { return m_message; }

private:
    int m_code;
    QString m_message;
};

// A connection of the SQLite library itself, for what the Qt driver does not offer: opening a
// file strictly read-only (URI options), VACUUM INTO from such a connection, and the online
// backup API. Used by the backup module only; the application's connections are Database's.
class SqliteConnection
{
public:
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Opens `path` for reading only; nothing is ever written to it. When no other program has
    // it open and nothing waits to be recovered (no -wal or -journal file beside it), it is
    // opened "immutable": no lock and no -wal/-shm file is created either. Throws SqliteError.
    static std::unique_ptr<SqliteConnection> openReadOnly(const QString &path, bool allowImmutable = true);
    // Opens (creating) `path` for writing, with a busy timeout. Throws SqliteError.
    static std::unique_ptr<SqliteConnection> openReadWrite(const QString &path);

    bool isImmutable() const { return m_immutable; }
    sqlite3 *handle() const { return m_db; }

    // Runs `sql` (no parameters) and returns every row, each value as text (NULL as empty).
    // Throws SqliteError.
    QList<QStringList> rows(const QString &sql);
    void execute(const QString &sql) { rows(sql); }
    // The first value of the first row, or `otherwise` when there is no row.
    QString value(const QString &sql, const QString &otherwise = {});

    // Copies every page of `source` into this database in one write transaction (the online
    // backup API): other connections to this file see the old or the new database, never a
    // mix. Waits up to `timeoutMs` for other writers. Throws SqliteError.
    void copyFrom(SqliteConnection &source, int timeoutMs = 10000);

private:
    SqliteConnection(sqlite3 *db, bool immutable) : m_db(db), m_immutable(immutable) {}
    static std::unique_ptr<SqliteConnection> open(const QString &uri, int flags, bool immutable);

    sqlite3 *m_db;
    bool m_immutable;
};

} // namespace smr
