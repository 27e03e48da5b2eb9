#pragma once

#include "core/common/Dates.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace smr::json {

// How stored and audited records write absent values: null, never "" or 0.
inline QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// ISO 8601, or null.
inline QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(dates::toIso(d)) : QJsonValue();
}

// The readers of what the writers above wrote: "" , 0 or an invalid date for a missing or null key.
inline QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

inline qint64 integer(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

inline QDate date(const QJsonObject &o, const char *key)
{
    return dates::parseIso(text(o, key)).value_or(QDate());
}

template <typename T> QJsonValue numberOrNull(const std::optional<T> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

} // namespace smr::json
