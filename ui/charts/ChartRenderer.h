#pragma once

#include "ui/charts/ChartBuilder.h"

#include <QImage>
#include <QRectF>
#include <QSize>

class QChart;
class QPainter;

namespace smr::ui {

// Draws a chart at any size on any painter: an image, an SVG file, a printer's page. The chart is
// built by ChartBuilder with the style scaled to the target (text and lines grow with it), laid
// out at exactly the target's size and painted into it: the same drawing as on the screen, never
// a screenshot stretched.
class ChartRenderer
{
public:
    static void render(QPainter &painter, const QRectF &target, const ChartContent &content, const ChartStyle &style);
    static void render(QPainter &painter, const QRectF &target, const ProgressChart &chart, const ChartStyle &style);
    static void render(QPainter &painter, const QRectF &target, const DallasSquare &square, const ChartStyle &style);

    // Lays out an already built chart at the target's size and paints it (the chart is returned
    // to its owner afterwards, its geometry changed).
    static void paint(QPainter &painter, const QRectF &target, QChart &chart);

    // An image of `pixels`, white background, its resolution recorded as `dpi` (PNG files keep
    // it: 16 × 10 cm at 300 dpi is 1890 × 1181 pixels).
    static QImage image(const ChartContent &content, const QSize &pixels, int dpi, const ChartStyle &style);
};

} // namespace smr::ui
