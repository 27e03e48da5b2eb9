#include "core/storage/Sql.h"

#include "core/common/Dates.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QSqlError>

namespace smr {

QString qualifiedColumns(const QString &alias, const QStringList &names)
{
    QStringList qualified;
    qualified.reserve(names.size());
    for (const QString &n : names)
        qualified << alias + QLatin1Char('.') + n;
    return qualified.join(QStringLiteral(", "));
}

Sql::Sql(Database &db, const QString &statement) : m_db(db), m_query(db.prepared(statement)) {}

Sql::Sql(Database &db, const QString &select, ForwardOnly)
    : m_db(db), m_query(db.prepared(select, Database::Rows::ForwardOnly))
{
}

Sql::Sql(Database &db, const QString &insert, ReturningId)
    : m_db(db)
    , m_query(db.prepared(db.dialect().returnsIdWithClause() ? insert + QStringLiteral(" RETURNING id") : insert))
    , m_returningClause(db.dialect().returnsIdWithClause())
{
}

qint64 Sql::insertedId()
{
    if (m_returningClause) {
        m_query.next();
        return m_query.value(0).toLongLong();
    }
    return m_query.lastInsertId().toLongLong();
}

Sql::~Sql()
{
    m_query.finish();
}

Sql &Sql::bind(const QVariant &value)
{
    m_query.bindValue(m_position++, value);
    return *this;
}

Sql &Sql::bindText(const QString &value)
{
    return bind(value.isEmpty() ? QVariant() : QVariant(value));
}

Sql &Sql::bindDate(const QDate &value)
{
    return bind(value.isValid() ? QVariant(dates::toIso(value)) : QVariant());
}

Sql &Sql::exec()
{
    if (!m_query.exec()) {
        const QSqlError error = m_query.lastError();
        m_position = 0;
        throw m_db.failure(QStringLiteral("SQL [%1]").arg(m_query.lastQuery().simplified()), error);
    }
    m_position = 0;
    return *this;
}

bool Sql::next()
{
    return m_query.next();
}

QVariant Sql::value(int column) const
{
    return m_query.value(column);
}

QString Sql::text(int column) const
{
    return m_query.value(column).toString();
}

QDate Sql::date(int column) const
{
    return dates::parseIso(m_query.value(column).toString()).value_or(QDate());
}

qint64 Sql::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

bool Sql::isNull(int column) const
{
    return m_query.isNull(column);
}

int Sql::rowsAffected() const
{
    return m_query.numRowsAffected();
}

} // namespace smr
