#include "core/instruments/StartBackInstrument.h"

namespace smr {

QString StartBackInstrument::riskOf(int total, int psychosocial)
{
    if (psychosocial >= HighRiskPsychosocialFrom)
        return QStringLiteral("high");
    if (total <= LowRiskUpTo)
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
    return {{QStringLiteral("total"), tr("Total"), tr("points"), Measure::Direction::LowerIsBetter, 0, MaxTotal, 0},
            {QStringLiteral("psychosocial"), tr("Psychosocial subscale"), tr("points"),
             Measure::Direction::LowerIsBetter, 0, MaxPsychosocial, 0}};
}

Assessment StartBackInstrument::assess(const QJsonObject &s) const
{
    const QString risk = s.value(QStringLiteral("risk")).toString();
    Assessment a;
    a.value = tr("%1/%2, psychosocial %3/%4")
                  .arg(s.value(QStringLiteral("total")).toInt())
                  .arg(MaxTotal)
                  .arg(s.value(QStringLiteral("psychosocial")).toInt())
                  .arg(MaxPsychosocial);
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

QList<ReferenceLine> StartBackInstrument::referenceLines(const QString &measureKey, const QJsonObject &,
                                                         const PatientFacts &) const
{
    if (measureKey != QLatin1String("total"))
        return {};
    // Clinical reference §6: low risk when the total is 3 or less. Totals are whole numbers: the
    // line lies half-way between 3 and 4.
    return {{ReferenceLine::Kind::CutOff, LowRiskUpTo + 0.5, tr("Low risk ≤ %1").arg(LowRiskUpTo),
             tr("Above it, medium risk, or high risk when the psychosocial subscale is %1 or more")
                 .arg(HighRiskPsychosocialFrom)}};
}

QList<ValueBand> StartBackInstrument::bands(const QString &measureKey, const QJsonObject &, const PatientFacts &) const
{
    if (measureKey != QLatin1String("psychosocial"))
        return {};
    // Clinical reference §6: high risk from a psychosocial subscale of 4; the border lies half-way
    // between 3 and 4 so that the bands meet.
    const double border = HighRiskPsychosocialFrom - 0.5;
    ValueBand notHigh;
    notHigh.from = 0;
    notHigh.to = border;
    notHigh.label = tr("Not high risk 0–%1").arg(HighRiskPsychosocialFrom - 1);
    notHigh.severity = Assessment::Severity::Neutral;
    ValueBand high;
    high.from = border;
    high.to = MaxPsychosocial;
    high.label = tr("High risk %1–%2").arg(HighRiskPsychosocialFrom).arg(MaxPsychosocial);
    high.severity = Assessment::Severity::Bad;
    return {notHigh, high};
}

} // namespace smr
