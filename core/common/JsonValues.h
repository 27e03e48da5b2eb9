#pragma once

#include "core/common/Dates.h"

#include <QDate>
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

template <typename T> QJsonValue numberOrNull(const std::optional<T> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

} // namespace smr::json
