#include "core/instruments/OswestryInstrument.h"

#include <QLocale>

namespace smr {

QString OswestryInstrument::bandOf(int sum, int answered)
{
    // percent = sum / (5 × answered) × 100 ≤ limit  ⇔  sum × 20 ≤ limit × answered, in integers
    // so that a percent of exactly 20.0 is never read as 20.000000000000004.
    const auto atMost = [&](int limit) { return sum * 20 <= limit * answered; };
    if (atMost(20))
        return QStringLiteral("minimal");
    if (atMost(40))
        return QStringLiteral("moderate");
    if (atMost(60))
        return QStringLiteral("severe");
    if (atMost(80))
        return QStringLiteral("crippled");
    return QStringLiteral("bed_bound");
}

QJsonObject OswestryInstrument::compute(const QJsonObject &answers) const
{
    // ODI % = sum of section scores / (5 × sections answered) × 100; a blank or not applicable
    // section drops 5 from the denominator (at most 2: the declaration's max_missing).
    int sum = 0;
    int answered = 0;
    for (int v : itemValues(answers)) {
        if (v < 0)
            continue;
        sum += v;
        ++answered;
    }
    QJsonObject out;
    out.insert(QStringLiteral("percent"), rounded(100.0 * sum / (5.0 * answered), 1));
    out.insert(QStringLiteral("answered"), answered);
    out.insert(QStringLiteral("band"), bandOf(sum, answered));
    return out;
}

QList<Measure> OswestryInstrument::measures() const
{
    return {{QStringLiteral("percent"), tr("Disability"), QStringLiteral("%"), Measure::Direction::LowerIsBetter, 0,
             100, 1}};
}

Assessment OswestryInstrument::assess(const QJsonObject &s) const
{
    const QString band = s.value(QStringLiteral("band")).toString();
    Assessment a;
    a.value = tr("%1 %").arg(QLocale().toString(s.value(QStringLiteral("percent")).toDouble(), 'f', 1));
    a.summary = tr("ODI %1").arg(a.value);
    if (band == QLatin1String("minimal")) {
        a.interpretation = tr("Minimal disability (0–20 %)");
        a.severity = Assessment::Severity::Good;
    } else if (band == QLatin1String("moderate")) {
        a.interpretation = tr("Moderate disability (21–40 %)");
        a.severity = Assessment::Severity::Caution;
    } else if (band == QLatin1String("severe")) {
        a.interpretation = tr("Severe disability (41–60 %)");
        a.severity = Assessment::Severity::Bad;
    } else if (band == QLatin1String("crippled")) {
        a.interpretation = tr("Crippling back pain (61–80 %)");
        a.severity = Assessment::Severity::Bad;
    } else {
        a.interpretation = tr("Bed-bound, or exaggerating (81–100 %)");
        a.severity = Assessment::Severity::Bad;
    }
    const int answered = s.value(QStringLiteral("answered")).toInt();
    if (answered < 10)
        a.notes << tr("%1 of 10 sections answered.").arg(answered);
    return a;
}

std::optional<ChangeThreshold> OswestryInstrument::threshold(const QString &measureKey,
                                                             const QJsonObject &earlier) const
{
    if (measureKey != QLatin1String("percent"))
        return std::nullopt;
    // Ostelo 2008: 10 points or 30 % of the baseline; either is enough.
    const double baseline = earlier.value(QStringLiteral("percent")).toDouble();
    const double value = std::min(McidPoints, McidFraction * baseline);
    return ChangeThreshold{ChangeThreshold::Kind::Mcid, value > 0 ? value : McidPoints,
                           tr("MCID 10 points or 30 % of the baseline (Ostelo 2008)"), QString()};
}

} // namespace smr
