#include "ui/charts/ChartStyle.h"

#include <QApplication>

#include <algorithm>
#include <array>

namespace smr::ui {

qreal ChartStyle::scaleFor(const QSizeF &target) const
{
    if (target.isEmpty() || referenceSize.isEmpty())
        return 1;
    // The smaller ratio: a wide, flat chart keeps text that fits its height.
    return std::min(target.width() / referenceSize.width(), target.height() / referenceSize.height());
}

ChartStyle ChartStyle::screen()
{
    return {Medium::Screen, 12, {800, 500}};
}

ChartStyle ChartStyle::projector()
{
    // 1920 × 1080 on a 3 m wall: 17 px at 800 × 500 gives text of about 35 px, 5 cm high.
    return {Medium::Projector, 17, {800, 500}};
}

ChartStyle ChartStyle::print()
{
    // 16 × 10 cm at 300 dpi is 1890 × 1181 px, 2.36 × the reference: 15 px becomes 35 px, 8.5 pt.
    return {Medium::Print, 15, {800, 500}};
}

ChartMetrics::ChartMetrics(const ChartStyle &style, qreal scale) : m_style(style), m_scale(scale > 0 ? scale : 1) {}

qreal ChartMetrics::px(qreal factor) const
{
    return std::max<qreal>(1, m_style.basePixelSize * m_scale * factor);
}

QFont ChartMetrics::font(qreal factor, bool bold) const
{
    QFont f = QApplication::font();
    f.setPixelSize(std::max(1, qRound(px(factor))));
    f.setBold(bold);
    return f;
}

qreal ChartMetrics::penWidth(qreal factor) const
{
    // Lines follow the text: 1.5 px with 12 px text on the screen.
    return px(factor) / 8;
}

qreal ChartMetrics::markerSize() const
{
    return px(0.85);
}

namespace palette {

QColor series(int n)
{
    static const std::array<QColor, 7> colours{kBlue, kVermillion, kGreen, kPurple, kOrange, kSkyBlue, kBlack};
    return colours[std::size_t(n) % colours.size()];
}

QColor tint(const QColor &colour, qreal strength)
{
    // Blended with white rather than transparent, so that overlapping fills do not darken.
    const auto mix = [strength](int c) { return qRound(255 - (255 - c) * strength); };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

} // namespace palette

namespace marks {

QColor referenceLineColour(ReferenceLine::Kind kind)
{
    switch (kind) {
    case ReferenceLine::Kind::CutOff:
        return palette::kVermillion;
    case ReferenceLine::Kind::Secondary:
        return palette::kOrange;
    case ReferenceLine::Kind::Norm:
    case ReferenceLine::Kind::NormLimit:
        return palette::kGreen;
    case ReferenceLine::Kind::Goal:
        return palette::kPurple;
    }
    return palette::kGrey;
}

QPen referenceLinePen(ReferenceLine::Kind kind, const ChartMetrics &metrics)
{
    QPen pen(referenceLineColour(kind), metrics.penWidth(1.4));
    pen.setCapStyle(Qt::FlatCap);
    switch (kind) {
    case ReferenceLine::Kind::CutOff:
        pen.setStyle(Qt::DashLine);
        break;
    case ReferenceLine::Kind::Secondary:
        pen.setStyle(Qt::DotLine);
        break;
    case ReferenceLine::Kind::Norm:
        pen.setStyle(Qt::SolidLine);
        pen.setWidthF(metrics.penWidth(1.1));
        break;
    case ReferenceLine::Kind::NormLimit:
        pen.setStyle(Qt::DashDotDotLine);
        break;
    case ReferenceLine::Kind::Goal:
        pen.setStyle(Qt::DashDotLine);
        pen.setWidthF(metrics.penWidth(2.6));
        break;
    }
    return pen;
}

QColor severityColour(Assessment::Severity severity)
{
    switch (severity) {
    case Assessment::Severity::Good:
        return palette::kGreen;
    case Assessment::Severity::Caution:
        return palette::kOrange;
    case Assessment::Severity::Bad:
        return palette::kVermillion;
    case Assessment::Severity::Neutral:
        break;
    }
    return palette::kGrey;
}

QColor changeBandColour()
{
    return palette::kBlue;
}

QBrush bandBrush(const ValueBand &band)
{
    switch (band.kind) {
    case ValueBand::Kind::Interpretation:
        return QBrush(palette::tint(severityColour(band.severity), 0.12));
    case ValueBand::Kind::NormRange:
        return QBrush(palette::tint(palette::kGreen, 0.28));
    case ValueBand::Kind::ChangeThreshold:
        break;
    }
    QColor tint = changeBandColour();
    tint.setAlpha(22);
    return QBrush(tint);
}

QScatterSeries::MarkerShape markerShape(int n)
{
    static const std::array<QScatterSeries::MarkerShape, 5> shapes{
        QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeRectangle, QScatterSeries::MarkerShapeTriangle,
        QScatterSeries::MarkerShapeRotatedRectangle, QScatterSeries::MarkerShapePentagon};
    return shapes[std::size_t(n) % shapes.size()];
}

Qt::PenStyle dash(int n)
{
    static const std::array<Qt::PenStyle, 4> dashes{Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    return dashes[std::size_t(n) % dashes.size()];
}

} // namespace marks

} // namespace smr::ui
