#include "ui/charts/ChartExport.h"

#include "ui/charts/ChartRenderer.h"

#include <QDir>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace smr::ui {

QSize ChartPrintSize::pixels() const
{
    const auto px = [this](qreal cm) { return int(std::lround(cm / 2.54 * dpi)); };
    return {px(centimetres.width()), px(centimetres.height())};
}

QString ChartExport::failure(const QString &path, const QString &reason)
{
    return tr("The chart could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

QString ChartExport::writePng(const QString &path, const ChartContent &content, const ChartPrintSize &size,
                              const ChartStyle &style)
{
    return writePng(path, content, size.pixels(), size.dpi, style);
}

QString ChartExport::writePng(const QString &path, const ChartContent &content, const QSize &pixels, int dpi,
                              const ChartStyle &style)
{
    const QImage image = ChartRenderer::image(content, pixels, dpi, style);
    // Written beside the target and renamed once complete: a failed export leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        return failure(path, writer.errorString());
    }
    if (!file.commit())
        return failure(path, file.errorString());
    return {};
}

QString ChartExport::writeSvg(const QString &path, const ChartContent &content, const ChartPrintSize &size,
                              const ChartStyle &style)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    const QSize pixels = size.pixels();
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setResolution(size.dpi);
    svg.setSize(pixels);
    svg.setViewBox(QRect(QPoint(0, 0), pixels));
    svg.setTitle(content.displayTitle());
    {
        QPainter painter;
        if (!painter.begin(&svg)) {
            file.cancelWriting();
            return failure(path, tr("the drawing could not start"));
        }
        painter.fillRect(QRectF(QPointF(0, 0), QSizeF(pixels)), Qt::white);
        ChartRenderer::render(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), content, style);
    }
    if (!file.commit())
        return failure(path, file.errorString());
    return {};
}

} // namespace smr::ui
