#include "ui/charts/ChartText.h"

#include "core/common/Dates.h"
#include "core/orientation/Grouping.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace smr::ui {

namespace {

QString dateTime(const QDateTime &at)
{
    return dates::display(at.date()) + QLatin1Char(' ') + at.time().toString(QStringLiteral("HH:mm"));
}

QString percent(double value)
{
    // Impacts are whole percents except a mean of two (37,5).
    const int decimals = std::abs(value - std::round(value)) < 1e-9 ? 0 : 1;
    return ChartText::valueWithUnit(QLocale().toString(value, 'f', decimals), QStringLiteral("%"));
}

QString fileSafe(const QString &text)
{
    QString out;
    for (const QChar c : text.trimmed())
        out += c.isLetterOrNumber() ? c : QLatin1Char('-');
    while (out.contains(QLatin1String("--")))
        out.replace(QLatin1String("--"), QLatin1String("-"));
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace

QString ChartText::valueWithUnit(const QString &value, const QString &unit)
{
    return unit.isEmpty() ? value : value + QLatin1Char(' ') + unit;
}

QString ChartText::pointToolTip(const ProgressChart &chart, const ChartSeries &series, const ChartPoint &point)
{
    QStringList lines{dateTime(point.at), tr("%1: %2").arg(series.name, valueWithUnit(point.label, chart.unit))};
    if (!point.assessor.isEmpty())
        lines << tr("Assessor: %1").arg(point.assessor);
    if (!point.remarks.isEmpty())
        lines << tr("Remarks: %1").arg(point.remarks);
    return lines.join(QLatin1Char('\n'));
}

QString ChartText::squareToolTip(const DallasSquare::Path &path, const SquarePoint &point)
{
    const QString when = dateTime(point.at);
    const Group group = Grouping::suggest(point.physical, point.psychological);
    return QStringList{path.name.isEmpty() ? when : tr("%1 — %2").arg(path.name, when),
                       tr("Physical impact: %1").arg(percent(point.physical)),
                       tr("Psychological impact: %1").arg(percent(point.psychological)),
                       tr("Quadrant: %1").arg(kGroups.shortLabel(group))}
        .join(QLatin1Char('\n'));
}

QString ChartText::fileName(const QString &subject, const QString &patient, const QDate &date, const QString &suffix)
{
    QStringList parts;
    for (const QString &part : {fileSafe(subject), fileSafe(patient)}) {
        if (!part.isEmpty())
            parts << part;
    }
    if (date.isValid())
        parts << date.toString(Qt::ISODate);
    if (parts.isEmpty())
        parts << tr("chart");
    return parts.join(QLatin1Char('-')) + QLatin1Char('.') + suffix;
}

} // namespace smr::ui
