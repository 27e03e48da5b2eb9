#include "ui/charts/ChartHatching.h"

#include <QPainter>

#include <cmath>

#include <QtCharts/QAbstractSeries>
#include <QtCharts/QChart>

namespace smr::ui {

namespace {
// Qt Charts draws every series at z 4, in the order they were added.
constexpr qreal kSeriesZ = 4;
} // namespace

ChartHatching::ChartHatching(QChart *chart, QAbstractSeries *reference, const ChartMetrics &metrics)
    : QGraphicsItem(chart), m_chart(chart), m_reference(reference), m_metrics(metrics)
{
    setZValue(kSeriesZ);
}

qreal ChartHatching::spacing() const
{
    return m_metrics.px(0.55);
}

QRectF ChartHatching::boundingRect() const
{
    return m_chart->rect();
}

void ChartHatching::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_chart->plotArea();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Region &region : std::as_const(m_regions)) {
        const QRectF rect = QRectF(m_chart->mapToPosition(region.values.topLeft(), m_reference),
                                   m_chart->mapToPosition(region.values.bottomRight(), m_reference))
                                .normalized()
                                .intersected(plot);
        if (rect.isEmpty())
            continue;
        QPen pen(region.colour, m_metrics.penWidth(0.75));
        pen.setCapStyle(Qt::FlatCap);
        painter->setPen(pen);
        // Rising diagonals at 45°, anchored on the plot so that they do not crawl when the band
        // moves, cut to the band by computation rather than by a clip (SVG readers drop clips).
        const qreal step = spacing();
        const qreal h = rect.height();
        const qreal start = plot.left() + std::floor((rect.left() - h - plot.left()) / step) * step;
        for (qreal x = start; x < rect.right(); x += step) {
            const qreal t0 = std::max<qreal>(0, (rect.left() - x) / h);
            const qreal t1 = std::min<qreal>(1, (rect.right() - x) / h);
            if (t0 < t1)
                painter->drawLine(QPointF(x + t0 * h, rect.bottom() - t0 * h),
                                  QPointF(x + t1 * h, rect.bottom() - t1 * h));
        }
    }
    painter->restore();
}

} // namespace smr::ui
