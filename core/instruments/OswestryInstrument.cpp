#include "core/instruments/OswestryInstrument.h"

#include <QLocale>
#include <QStringList>

#include <iterator>

namespace smr {

namespace {

// Fairbank's bands (clinical reference §5) in order: code, upper end in percent, severity.
struct FairbankBand {
    const char *code;
    int upTo;
    Assessment::Severity severity;
};
constexpr FairbankBand kBands[] = {
    {"minimal", OswestryInstrument::MinimalUpTo, Assessment::Severity::Good},
    {"moderate", OswestryInstrument::ModerateUpTo, Assessment::Severity::Caution},
    {"severe", OswestryInstrument::SevereUpTo, Assessment::Severity::Bad},
    {"crippled", OswestryInstrument::CrippledUpTo, Assessment::Severity::Bad},
    {"bed_bound", 100, Assessment::Severity::Bad},
};

} // namespace

QString OswestryInstrument::bandOf(int sum, int answered)
{
    // percent = sum / (5 × answered) × 100 ≤ limit  ⇔  sum × 20 ≤ limit × answered, in integers
    // so that a percent of exactly 20.0 is never read as 20.000000000000004.
    for (const FairbankBand &band : kBands) {
        if (sum * 20 <= band.upTo * answered)
            return QLatin1String(band.code);
    }
    return QLatin1String(std::end(kBands)[-1].code);
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
    if (band == QLatin1String("minimal"))
        a.interpretation = tr("Minimal disability (0–20 %)");
    else if (band == QLatin1String("moderate"))
        a.interpretation = tr("Moderate disability (21–40 %)");
    else if (band == QLatin1String("severe"))
        a.interpretation = tr("Severe disability (41–60 %)");
    else if (band == QLatin1String("crippled"))
        a.interpretation = tr("Crippling back pain (61–80 %)");
    else
        a.interpretation = tr("Bed-bound, or exaggerating (81–100 %)");
    for (const FairbankBand &b : kBands) {
        if (band == QLatin1String(b.code))
            a.severity = b.severity;
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

QList<ValueBand> OswestryInstrument::bands(const QString &measureKey, const QJsonObject &, const PatientFacts &) const
{
    if (measureKey != QLatin1String("percent"))
        return {};
    // The labels in the order of kBands; the percent is continuous, so each band starts where the
    // previous one ends (a value on a border belongs to the lower band, as in bandOf).
    const QStringList labels{tr("Minimal disability ≤ %1 %"), tr("Moderate disability ≤ %1 %"),
                             tr("Severe disability ≤ %1 %"), tr("Crippling back pain ≤ %1 %"), tr("Bed-bound > %1 %")};
    static_assert(std::size(kBands) == 5);
    QList<ValueBand> out;
    int from = 0;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const FairbankBand &b = kBands[i];
        ValueBand band;
        band.kind = ValueBand::Kind::Interpretation;
        band.from = from;
        band.to = b.upTo;
        // The last band says where it starts: "> 80 %".
        band.label = labels.at(i).arg(b.upTo == 100 ? from : b.upTo);
        band.severity = b.severity;
        out << band;
        from = b.upTo;
    }
    return out;
}

} // namespace smr
