#include "core/common/Result.h"

#include <QStringList>

namespace smr {

Failure Failure::invalid(QList<FieldError> fields)
{
    Failure f;
    f.m_kind = Kind::Invalid;
    f.m_fields = std::move(fields);
    return f;
}

Failure Failure::invalid(const QString &field, const QString &message)
{
    return invalid(QList<FieldError>{{field, message}});
}

Failure Failure::notFound(const QString &field, const QString &message)
{
    Failure f;
    f.m_kind = Kind::NotFound;
    f.m_fields = {{field, message}};
    return f;
}

Failure Failure::conflict(const QString &message)
{
    Failure f;
    f.m_kind = Kind::Conflict;
    f.m_message = message;
    return f;
}

Failure Failure::storage(const QString &message)
{
    Failure f;
    f.m_kind = Kind::Storage;
    f.m_message = message;
    return f;
}

Failure Failure::authentication(const QString &message)
{
    Failure f = storage(message);
    f.m_kind = Kind::Authentication;
    return f;
}

Failure Failure::forbidden(const QString &message)
{
    Failure f = storage(message);
    f.m_kind = Kind::Forbidden;
    return f;
}

Failure Failure::connectionLost(const QString &message)
{
    Failure f = storage(message);
    f.m_kind = Kind::ConnectionLost;
    return f;
}

QString Failure::messageFor(const QString &field) const
{
    for (const FieldError &e : m_fields) {
        if (e.field == field)
            return e.message;
    }
    return {};
}

QString Failure::text() const
{
    QStringList lines;
    if (!m_message.isEmpty())
        lines << m_message;
    for (const FieldError &e : m_fields)
        lines << e.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace smr
