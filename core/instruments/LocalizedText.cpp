#include "core/instruments/LocalizedText.h"

#include "core/i18n/Language.h"

#include <QJsonObject>

namespace smr {

QString LocalizedText::text() const
{
    const QString &preferred = Translations::current() == Language::French ? fr : en;
    return preferred.isEmpty() ? (fr.isEmpty() ? en : fr) : preferred;
}

LocalizedText LocalizedText::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return {o.value(QStringLiteral("fr")).toString(), o.value(QStringLiteral("en")).toString()};
}

void LocalizedText::overlay(const LocalizedText &other)
{
    if (!other.fr.isEmpty())
        fr = other.fr;
    if (!other.en.isEmpty())
        en = other.en;
}

} // namespace smr
