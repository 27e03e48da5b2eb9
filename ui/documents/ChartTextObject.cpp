#include "ui/documents/ChartTextObject.h"

#include "core/progress/ProgressChartJson.h"
#include "ui/charts/ChartRenderer.h"
#include "ui/charts/ChartStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextImageFormat>

namespace smr::ui {

namespace {
const QString kChartScheme = QStringLiteral("chart:");

// Device pixels per CSS pixel (96 per inch) on the document's device.
qreal deviceScale(QTextDocument *doc)
{
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    return device ? device->logicalDpiX() / 96.0 : 1.0;
}
} // namespace

ChartTextObject::ChartTextObject(QJsonObject charts, QObject *parent) : QObject(parent), m_charts(std::move(charts)) {}

void ChartTextObject::install(QTextDocument &document, ChartTextObject *handler)
{
    document.documentLayout()->registerHandler(QTextFormat::ImageObject, handler);
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const QTextImageFormat image = format.toImageFormat();
    const qreal scale = deviceScale(doc);
    if (image.hasProperty(QTextFormat::ImageWidth) && image.hasProperty(QTextFormat::ImageHeight))
        return QSizeF(image.width(), image.height()) * scale;
    const QImage pixmap = doc->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
    return pixmap.isNull() ? QSizeF(16, 16) * scale : QSizeF(pixmap.size()) * scale;
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int,
                                 const QTextFormat &format)
{
    // The layout draws every object of a block that meets the page; an object on the next page
    // must not spill over this page's footer.
    if (painter->hasClipping() && !painter->clipBoundingRect().intersects(rect))
        return;
    const QString name = format.toImageFormat().name();
    if (!name.startsWith(kChartScheme)) {
        const QImage image = doc->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
        if (!image.isNull())
            painter->drawImage(rect, image);
        return;
    }
    const QJsonObject data = m_charts.value(name.mid(kChartScheme.size())).toObject();
    painter->save();
    if (data.isEmpty()) {
        painter->setPen(QPen(Qt::gray, 0, Qt::DashLine));
        painter->drawRect(rect);
        painter->restore();
        return;
    }
    // Laid out at 300 dpi, whatever the device: the chart's text and lines keep their size on the
    // page, and on a PDF they stay vectors.
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    const qreal dpi = device ? device->logicalDpiX() : 96.0;
    const qreal factor = dpi / ChartDpi;
    painter->translate(rect.topLeft());
    painter->scale(factor, factor);
    ChartRenderer::render(*painter, QRectF(QPointF(0, 0), rect.size() / factor), progress_json::fromJson(data),
                          ChartStyle::print());
    painter->restore();
}

} // namespace smr::ui
