#pragma once

#include "core/instruments/InstrumentCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace smr::test {

// The shipped catalog, built once for the scoring suites.
inline const InstrumentCatalog &catalog()
{
    static const InstrumentCatalog instance;
    return instance;
}

inline const Instrument &instrument(const char *id)
{
    const Instrument *i = catalog().find(QString::fromLatin1(id));
    if (!i)
        ADD_FAILURE() << "no instrument " << id;
    return *i;
}

inline QJsonObject items(std::initializer_list<QJsonValue> values)
{
    QJsonArray array;
    for (const QJsonValue &v : values)
        array.append(v);
    return QJsonObject{{QStringLiteral("items"), array}};
}

inline QJsonObject repeated(int count, int value)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(value);
    return QJsonObject{{QStringLiteral("items"), array}};
}

inline QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// Scores answers that must be accepted.
inline QJsonObject scored(const char *id, const QJsonObject &answers)
{
    const Result<QJsonObject> r = instrument(id).score(answers);
    EXPECT_TRUE(r) << (r ? std::string() : r.failure().text().toStdString());
    return r ? *r : QJsonObject();
}

} // namespace smr::test
