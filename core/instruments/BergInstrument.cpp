#include "core/instruments/BergInstrument.h"

namespace smr {

int BergInstrument::mdcFor(int baseline)
{
    // Donoghue & Stokes 2009: 4 points if baseline 45–56; 5 if 35–44; 7 if 25–34; 5 if 0–24.
    if (baseline >= 45)
        return 4;
    if (baseline >= 35)
        return 5;
    if (baseline >= 25)
        return 7;
    return 5;
}

QString BergInstrument::bandOf(int total)
{
    if (total <= HighRiskUpTo)
        return QStringLiteral("high");
    if (total <= MediumRiskUpTo)
        return QStringLiteral("medium");
    return QStringLiteral("low");
}

QJsonObject BergInstrument::compute(const QJsonObject &answers) const
{
    QList<int> items = itemValues(answers);
    // Berg 1992: if item 2 is scored 4 (stands 2 minutes safely), item 3 receives full marks.
    const bool credited = items.at(1) == 4 && items.at(2) != 4;
    if (items.at(1) == 4)
        items[2] = 4;
    int total = 0;
    for (int v : items)
        total += v;
    QJsonObject out;
    out.insert(QStringLiteral("total"), total);
    out.insert(QStringLiteral("fall_risk"), total < FallRiskBelow);
    out.insert(QStringLiteral("risk_band"), bandOf(total));
    out.insert(QStringLiteral("item3_credited"), credited);
    return out;
}

QList<Measure> BergInstrument::measures() const
{
    return {{QStringLiteral("total"), tr("Total"), tr("points"), Measure::Direction::HigherIsBetter, 0, MaxTotal, 0}};
}

Assessment BergInstrument::assess(const QJsonObject &s) const
{
    const int total = s.value(QStringLiteral("total")).toInt();
    const QString band = s.value(QStringLiteral("risk_band")).toString();
    Assessment a;
    a.value = QStringLiteral("%1/%2").arg(total).arg(MaxTotal);
    a.summary = tr("Berg %1").arg(a.value);
    if (band == QLatin1String("high")) {
        a.interpretation = tr("High fall risk (0–20: wheelchair)");
        a.severity = Assessment::Severity::Bad;
    } else if (band == QLatin1String("medium")) {
        a.interpretation = tr("Medium fall risk (21–40: walks with assistance)");
        a.severity = Assessment::Severity::Caution;
    } else {
        a.interpretation = tr("Low fall risk (41–56: independent)");
        a.severity = Assessment::Severity::Good;
    }
    if (s.value(QStringLiteral("fall_risk")).toBool()) {
        a.notes << tr("Below 45: increased fall risk.");
        if (a.severity == Assessment::Severity::Good)
            a.severity = Assessment::Severity::Caution;
    }
    if (s.value(QStringLiteral("item3_credited")).toBool())
        a.notes << tr("Item 3 counted 4: item 2 was scored 4.");
    return a;
}

std::optional<ChangeThreshold> BergInstrument::threshold(const QString &measureKey, const QJsonObject &earlier) const
{
    if (measureKey != QLatin1String("total"))
        return std::nullopt;
    const int baseline = earlier.value(QStringLiteral("total")).toInt();
    return ChangeThreshold{ChangeThreshold::Kind::Mdc, double(mdcFor(baseline)),
                           tr("MDC %1 points from a baseline of %2 (Donoghue 2009, older adults; 6 after stroke)")
                               .arg(mdcFor(baseline))
                               .arg(baseline),
                           QString()};
}

QList<ReferenceLine> BergInstrument::referenceLines(const QString &measureKey, const QJsonObject &,
                                                    const PatientFacts &) const
{
    if (measureKey != QLatin1String("total"))
        return {};
    // Clinical reference §3: below 45, increased fall risk.
    return {{ReferenceLine::Kind::CutOff, double(FallRiskBelow), tr("Increased fall risk < %1").arg(FallRiskBelow),
             QString()}};
}

QList<ValueBand> BergInstrument::bands(const QString &measureKey, const QJsonObject &, const PatientFacts &) const
{
    if (measureKey != QLatin1String("total"))
        return {};
    // Clinical reference §3 (Berg 1992): 0–20 high, 21–40 medium, 41–56 low fall risk. Totals are
    // whole numbers: the borders lie half-way (20.5, 40.5) so that the bands meet without a gap.
    const auto band = [](int from, int to, const QString &label, Assessment::Severity severity) {
        ValueBand b;
        b.kind = ValueBand::Kind::Interpretation;
        b.from = from == 0 ? 0.0 : from - 0.5;
        b.to = to == MaxTotal ? double(MaxTotal) : to + 0.5;
        b.label = label.arg(from).arg(to);
        b.severity = severity;
        return b;
    };
    return {band(0, HighRiskUpTo, tr("High fall risk %1–%2"), Assessment::Severity::Bad),
            band(HighRiskUpTo + 1, MediumRiskUpTo, tr("Medium fall risk %1–%2"), Assessment::Severity::Caution),
            band(MediumRiskUpTo + 1, MaxTotal, tr("Low fall risk %1–%2"), Assessment::Severity::Good)};
}

} // namespace smr
