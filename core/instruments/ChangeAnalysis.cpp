#include "core/instruments/ChangeAnalysis.h"

#include <QLocale>

#include <cmath>

namespace smr {

QList<MeasureChange> ChangeAnalysis::compare(const Instrument &instrument, const QJsonObject &earlier,
                                             const QJsonObject &later)
{
    QList<MeasureChange> out;
    const QList<Measure> measures = instrument.measures();
    for (const Measure &m : measures) {
        const QJsonValue a = earlier.value(m.key);
        const QJsonValue b = later.value(m.key);
        if (!a.isDouble() || !b.isDouble())
            continue;
        MeasureChange c;
        c.measure = m;
        c.from = a.toDouble();
        c.to = b.toDouble();
        c.difference = c.to - c.from;
        // Differences smaller than the measure's display precision are no change.
        const double epsilon = 0.5 * std::pow(10.0, -m.decimals);
        if (std::abs(c.difference) < epsilon)
            c.trend = MeasureChange::Trend::Unchanged;
        else if ((c.difference > 0) == (m.direction == Measure::Direction::HigherIsBetter))
            c.trend = MeasureChange::Trend::Better;
        else
            c.trend = MeasureChange::Trend::Worse;
        c.threshold = instrument.threshold(m.key, earlier);
        if (c.threshold)
            c.beyondThreshold = std::abs(c.difference) + 1e-9 >= c.threshold->value;
        out << c;
    }
    return out;
}

std::optional<MeasureChange> ChangeAnalysis::mainChange(const Instrument &instrument, const QJsonObject &earlier,
                                                        const QJsonObject &later)
{
    const QString main = instrument.measures().value(0).key;
    for (const MeasureChange &c : compare(instrument, earlier, later))
        if (c.measure.key == main)
            return c;
    return std::nullopt;
}

QString ChangeAnalysis::describe(const MeasureChange &c)
{
    const QLocale locale;
    const QString amount = (c.difference > 0 ? QStringLiteral("+") : QString()) +
                           locale.toString(c.difference, 'f', c.measure.decimals) +
                           (c.measure.unit.isEmpty() ? QString() : QLatin1Char(' ') + c.measure.unit);
    QString text = QStringLiteral("%1 %2").arg(amount, trendText(c.trend));
    if (c.beyondThreshold && c.trend != MeasureChange::Trend::Unchanged) {
        const QString kind = nameOf(*c.threshold);
        text += QLatin1Char(' ') + (*c.beyondThreshold ? tr("(%1 reached)").arg(kind) : tr("(below the %1)").arg(kind));
    }
    return text;
}

QString ChangeAnalysis::trendText(MeasureChange::Trend trend)
{
    switch (trend) {
    case MeasureChange::Trend::Better:
        return tr("▲ better");
    case MeasureChange::Trend::Worse:
        return tr("▼ worse");
    case MeasureChange::Trend::Unchanged:
        break;
    }
    return tr("= unchanged");
}

QString ChangeAnalysis::nameOf(const ChangeThreshold &t)
{
    if (!t.mark.isEmpty())
        return t.mark;
    return t.kind == ChangeThreshold::Kind::Mcid ? tr("MCID") : tr("MDC");
}

} // namespace smr
