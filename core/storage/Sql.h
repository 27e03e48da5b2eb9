#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace smr {

class Database;

// "p.id, p.ipp, …": the columns of a table for a SELECT list, qualified by `alias`.
QString qualifiedColumns(const QString &alias, const QStringList &names);

// One use of a cached prepared statement: bind positional values, run, read rows. The
// statement is finished when this object goes away, so no read stays open by accident (an
// open read in SQLite pins an old snapshot and makes the next write transaction fail).
// Failures throw StorageError (marked when the connection is lost).
class Sql
{
public:
    Sql(Database &db, const QString &statement);
    // An INSERT whose new id is wanted (read it with insertedId() after exec()). PostgreSQL
    // returns it with RETURNING id; SQLite gives the connection's last rowid, because its
    // RETURNING builds a temporary table at every row (three times slower for bulk loads).
    enum class ReturningId { Yes };
    Sql(Database &db, const QString &insert, ReturningId);
    // A SELECT read once from its first row to its last (an export of millions of rows): the
    // driver keeps no row it has handed over (SQLite) or fetches them one at a time
    // (PostgreSQL's single-row mode), so memory stays flat. On PostgreSQL no other statement may
    // run on the connection until this one is finished.
    enum class ForwardOnly { Yes };
    Sql(Database &db, const QString &select, ForwardOnly);
    ~Sql();
    Sql(const Sql &) = delete;
    Sql &operator=(const Sql &) = delete;

    Sql &bind(const QVariant &value);
    // NULL for an empty string: optional text columns store NULL, not ''.
    Sql &bindText(const QString &value);
    // An ISO date (YYYY-MM-DD), NULL for an invalid date: optional dates store NULL.
    Sql &bindDate(const QDate &value);
    Sql &exec();
    bool next();
    QVariant value(int column) const;
    QString text(int column) const;
    // An ISO date column; an invalid QDate for NULL.
    QDate date(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    int rowsAffected() const;
    qint64 insertedId();

private:
    Database &m_db;
    QSqlQuery &m_query;
    int m_position = 0;
    bool m_returningClause = false;
};

} // namespace smr
