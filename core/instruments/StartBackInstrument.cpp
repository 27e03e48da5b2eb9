#include "core/instruments/StartBackInstrument.h"

namespace smr {

QString StartBackInstrument::riskOf(int total, int psychosocial)
{
    if (psychosocial >= 4)
        return QStringLiteral("high");
    if (total <= 3)
        return QStringLiteral("low");
    return QStringLiteral("medium");
}

QJsonObject StartBackInstrument::compute(const QJsonObject &answers) const
{
    const QList<int> items = itemValues(answers);
    // Item 9 (bothersomeness): not at all, slightly, moderately = 0; very much, extremely = 1.
    const int bothersome = items.at(8) >= 3 ? 1 : 0;
    int total = bothersome;
    for (int i = 0; i < 8; ++i)
        total += items.at(i);
    // Psychosocial subscale: items 5 to 9.
    const int psychosocial = items.at(4) + items.at(5) + items.at(6) + items.at(7) + bothersome;
    QJsonObject out;
    out.insert(QStringLiteral("total"), total);
    out.insert(QStringLiteral("psychosocial"), psychosocial);
    out.insert(QStringLiteral("risk"), riskOf(total, psychosocial));
    return out;
}

QList<Measure> StartBackInstrument::measures() const
{
    return {{QStringLiteral("total"), tr("Total"), tr("points"), Measure::Direction::LowerIsBetter, 0, 9, 0},
            {QStringLiteral("psychosocial"), tr("Psychosocial subscale"), tr("points"),
             Measure::Direction::LowerIsBetter, 0, 5, 0}};
}

Assessment StartBackInstrument::assess(const QJsonObject &s) const
{
    const QString risk = s.value(QStringLiteral("risk")).toString();
    Assessment a;
    a.value = tr("%1/9, psychosocial %2/5")
                  .arg(s.value(QStringLiteral("total")).toInt())
                  .arg(s.value(QStringLiteral("psychosocial")).toInt());
    a.summary = tr("STarT Back %1").arg(a.value);
    // Matched care of Hill 2011.
    if (risk == QLatin1String("high")) {
        a.interpretation = tr("High risk: psychologically informed physiotherapy");
        a.severity = Assessment::Severity::Bad;
    } else if (risk == QLatin1String("medium")) {
        a.interpretation = tr("Medium risk: physiotherapy on physical symptoms and function");
        a.severity = Assessment::Severity::Caution;
    } else {
        a.interpretation = tr("Low risk: advice, reassurance and self-management");
        a.severity = Assessment::Severity::Good;
    }
    return a;
}

} // namespace smr
