#include "ui/charts/ChartLegend.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>
#include <QtMath>

#include <QtCharts/QChart>

#include <algorithm>
#include <cmath>

namespace smr::ui {

namespace {
// Above the series and the annotations.
constexpr qreal kLegendZ = 5;
} // namespace

ChartLegend::ChartLegend(QChart *chart, const ChartMetrics &metrics)
    : QGraphicsItem(chart), m_chart(chart), m_metrics(metrics)
{
    setZValue(kLegendZ);
}

qreal ChartLegend::sampleWidth() const
{
    // Long enough for two periods of a dash-dot pattern.
    return m_metrics.px(2.4);
}

qreal ChartLegend::rowHeight() const
{
    return std::max(QFontMetricsF(m_metrics.font(0.95)).height(), m_metrics.markerSize()) + m_metrics.px(0.3);
}

qreal ChartLegend::entryWidth(const Entry &entry) const
{
    return sampleWidth() + m_metrics.px(0.4) + QFontMetricsF(m_metrics.font(0.95)).horizontalAdvance(entry.text);
}

QList<ChartLegend::Row> ChartLegend::rows(qreal width) const
{
    const qreal gap = m_metrics.px(1.2);
    const qreal available = width - 2 * m_metrics.px(0.5);
    QList<Row> out;
    for (int i = 0; i < m_entries.size(); ++i) {
        const qreal w = entryWidth(m_entries.at(i));
        if (out.isEmpty() || (out.last().width + gap + w > available && !out.last().entries.isEmpty()))
            out.append(Row());
        Row &row = out.last();
        row.width += (row.entries.isEmpty() ? 0 : gap) + w;
        row.entries << i;
    }
    return out;
}

qreal ChartLegend::heightFor(qreal width) const
{
    return m_entries.isEmpty() ? 0 : rows(width).size() * rowHeight();
}

QRectF ChartLegend::boundingRect() const
{
    return m_chart->rect();
}

void ChartLegend::drawMark(QPainter &painter, QScatterSeries::MarkerShape shape, const QPointF &centre, qreal size)
{
    const qreal r = size / 2;
    const auto polygon = [&](int corners, qreal startDegrees) {
        QPolygonF p;
        for (int k = 0; k < corners; ++k) {
            const qreal a = qDegreesToRadians(startDegrees + 360.0 * k / corners);
            p << centre + QPointF(r * std::cos(a), r * std::sin(a));
        }
        return p;
    };
    switch (shape) {
    case QScatterSeries::MarkerShapeRectangle:
        painter.drawRect(QRectF(centre - QPointF(r, r), QSizeF(size, size)));
        break;
    case QScatterSeries::MarkerShapeRotatedRectangle:
        painter.drawPolygon(polygon(4, -90));
        break;
    case QScatterSeries::MarkerShapeTriangle:
        painter.drawPolygon(polygon(3, -90));
        break;
    case QScatterSeries::MarkerShapePentagon:
        painter.drawPolygon(polygon(5, -90));
        break;
    case QScatterSeries::MarkerShapeStar:
    case QScatterSeries::MarkerShapeCircle:
        painter.drawEllipse(centre, r, r);
        break;
    }
}

void ChartLegend::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_entries.isEmpty())
        return;
    const QRectF area = m_chart->rect();
    const QList<Row> all = rows(area.width());
    const qreal height = rowHeight();
    const qreal gap = m_metrics.px(1.2);
    const QFont font = m_metrics.font(0.95);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    qreal y = area.bottom() - m_metrics.px(0.3) - all.size() * height;
    for (const Row &row : all) {
        qreal x = area.center().x() - row.width / 2;
        for (const int i : row.entries) {
            const Entry &e = m_entries.at(i);
            const QRectF sample(x, y + height * 0.15, sampleWidth(), height * 0.7);
            const qreal middle = y + height / 2;
            if (e.swatch.style() != Qt::NoBrush)
                painter->fillRect(sample, e.swatch);
            if (e.line != Qt::NoPen) {
                QPen pen(e.colour, m_metrics.penWidth(e.lineWidth), e.line);
                pen.setCapStyle(Qt::FlatCap);
                painter->setPen(pen);
                painter->drawLine(QPointF(sample.left(), middle), QPointF(sample.right(), middle));
            }
            if (e.marked) {
                painter->setPen(QPen(e.colour, m_metrics.penWidth(e.hollow ? 1.3 : 0.8)));
                painter->setBrush(e.hollow ? QColor(Qt::white) : e.colour);
                drawMark(*painter, e.shape, QPointF(sample.center().x(), middle), m_metrics.markerSize());
            }
            painter->setPen(palette::kText);
            const QRectF text(sample.right() + m_metrics.px(0.4), y, entryWidth(e) - sampleWidth(), height);
            painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, e.text);
            x += entryWidth(e) + gap;
        }
        y += height;
    }
    painter->restore();
}

} // namespace smr::ui
