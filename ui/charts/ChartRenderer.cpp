#include "ui/charts/ChartRenderer.h"

#include <QGraphicsScene>
#include <QPainter>

#include <QtCharts/QChart>

#include <cmath>

namespace smr::ui {

void ChartRenderer::render(QPainter &painter, const QRectF &target, const ChartContent &content,
                           const ChartStyle &style)
{
    const ChartBuilder builder(style, style.scaleFor(target.size()));
    std::unique_ptr<QChart> chart = builder.build(content);
    paint(painter, target, *chart);
}

void ChartRenderer::render(QPainter &painter, const QRectF &target, const ProgressChart &chart, const ChartStyle &style)
{
    render(painter, target, ChartContent(chart), style);
}

void ChartRenderer::render(QPainter &painter, const QRectF &target, const DallasSquare &square, const ChartStyle &style)
{
    render(painter, target, ChartContent(square), style);
}

void ChartRenderer::paint(QPainter &painter, const QRectF &target, QChart &chart)
{
    // A scene of its own, the chart at the target's size: the layout is the one the target gets.
    QGraphicsScene scene;
    QGraphicsScene *previous = chart.scene();
    if (previous)
        previous->removeItem(&chart);
    scene.addItem(&chart);
    const QRectF source(QPointF(0, 0), target.size());
    chart.setGeometry(source);
    ChartBuilder::fitToSize(chart, source.size());
    scene.setSceneRect(source);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, target, source, Qt::IgnoreAspectRatio);
    painter.restore();
    scene.removeItem(&chart);
    if (previous)
        previous->addItem(&chart);
}

QImage ChartRenderer::image(const ChartContent &content, const QSize &pixels, int dpi, const ChartStyle &style)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        render(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), content, style);
    }
    // Recorded after painting: the chart is laid out in pixels, whatever the resolution.
    const int dotsPerMetre = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    return image;
}

} // namespace smr::ui
