#pragma once

#include "ui/charts/ChartStyle.h"

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QRectF>

class QAbstractSeries;
class QChart;

namespace smr::ui {

// The hatch of the MCID/MDC band (issue #6: it must read in black and white), drawn as lines in
// the chart's own coordinates: a brush pattern is 8 device pixels whatever the scale (a grey
// haze at 300 dpi) and SVG readers such as Qt's ignore patterns. Stacked above the bands' fills
// and under the lines and points (ChartBuilder adds it between them).
class ChartHatching : public QGraphicsItem
{
public:
    struct Region {
        QRectF values; // x: milliseconds since the epoch, y: the measure
        QColor colour;
    };

    ChartHatching(QChart *chart, QAbstractSeries *reference, const ChartMetrics &metrics);

    void addRegion(const Region &region) { m_regions << region; }
    const QList<Region> &regions() const { return m_regions; }
    // The space between two hatch lines, in the chart's coordinates.
    qreal spacing() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QChart *m_chart;
    QAbstractSeries *m_reference;
    ChartMetrics m_metrics;
    QList<Region> m_regions;
};

} // namespace smr::ui
