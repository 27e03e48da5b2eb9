#pragma once

// The floors of the database operations: the SQLite library itself, a connection of its own on
// the same file, statements prepared once and stepped, columns read as they come. Nothing of Qt
// SQL, of the repositories or of the item models.

#include <sqlite3.h>

#include <QByteArray>
#include <QString>

#include <stdexcept>
#include <string>

namespace smr::scale {

class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            throw std::runtime_error("sqlite3_open_v2: " + std::string(sqlite3_errmsg(m_db)));
        // As the application's connection (SqlDialect::connectionSetup): durable commits.
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL");
        exec("PRAGMA cache_size = -32768");
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawSqlite() { sqlite3_close_v2(m_db); }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    void exec(const char *sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            const std::string text = error ? error : "?";
            sqlite3_free(error);
            throw std::runtime_error(std::string(sql) + ": " + text);
        }
    }

    class Statement
    {
    public:
        Statement(sqlite3 *db, const char *sql)
        {
            if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
                throw std::runtime_error("prepare: " + std::string(sqlite3_errmsg(db)) + " in " + sql);
        }
        ~Statement() { sqlite3_finalize(m_stmt); }
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;

        Statement &bind(int index, const QByteArray &text)
        {
            sqlite3_bind_text(m_stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            return *this;
        }
        Statement &bind(int index, qint64 value)
        {
            sqlite3_bind_int64(m_stmt, index, value);
            return *this;
        }
        // Steps through every row, touching each column as a reader would (its text or number);
        // returns the number of rows.
        int readAll()
        {
            int rows = 0;
            int rc;
            while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
                const int columns = sqlite3_column_count(m_stmt);
                for (int c = 0; c < columns; ++c) {
                    if (sqlite3_column_type(m_stmt, c) == SQLITE_TEXT)
                        m_sink += sqlite3_column_bytes(m_stmt, c) + (sqlite3_column_text(m_stmt, c) ? 1 : 0);
                    else
                        m_sink += sqlite3_column_int64(m_stmt, c);
                }
                ++rows;
            }
            finish(rc);
            return rows;
        }
        void run() { finish(sqlite3_step(m_stmt)); }

    private:
        void finish(int rc)
        {
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
            if (rc != SQLITE_DONE && rc != SQLITE_ROW)
                throw std::runtime_error("step: " + std::string(sqlite3_errstr(rc)));
        }

        sqlite3_stmt *m_stmt = nullptr;
        qint64 m_sink = 0;
    };

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace smr::scale
