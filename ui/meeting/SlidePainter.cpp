#include "ui/meeting/SlidePainter.h"

#include "ui/charts/ChartRenderer.h"
#include "ui/charts/ChartStyle.h"
#include "ui/meeting/SlideLayout.h"

#include <QPainter>

namespace smr::ui {

void SlidePainter::paint(QPainter &painter, const QRectF &target, const MeetingSlide &slide,
                         const SlideOptions &options)
{
    paint(painter, SlideLayout::lay(target, slide, options), slide);
}

void SlidePainter::paint(QPainter &painter, const SlideDrawing &drawing, const MeetingSlide &slide)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(drawing.target, drawing.background);
    for (const SlideDrawing::Box &box : drawing.boxes) {
        painter.setPen(box.borderWidth > 0 ? QPen(box.border, box.borderWidth) : QPen(Qt::NoPen));
        painter.setBrush(box.fill);
        painter.drawRect(box.rect);
    }
    for (const SlideDrawing::Chart &chart : drawing.charts) {
        if (chart.index < 0 || chart.index >= slide.charts.size())
            continue;
        painter.save();
        ChartRenderer::render(painter, chart.rect, slide.charts.at(chart.index),
                              chartStyle(chart.rect.size(), chart.textPixels));
        painter.restore();
    }
    for (const SlideDrawing::Text &text : drawing.texts) {
        painter.setFont(text.font);
        painter.setPen(text.colour);
        painter.drawText(text.rect, int(text.alignment) | Qt::TextSingleLine, text.text);
    }
    painter.restore();
}

SlideDrawing SlidePainter::drawing(const MeetingSlide &slide, const SlideOptions &options, const QSizeF &size)
{
    return SlideLayout::lay(QRectF(QPointF(0, 0), size), slide, options);
}

QStringList SlidePainter::texts(const MeetingSlide &slide, const SlideOptions &options, const QSizeF &size)
{
    QStringList out;
    for (const SlideDrawing::Text &text : drawing(slide, options, size).texts)
        out << text.text;
    return out;
}

ChartStyle SlidePainter::chartStyle(const QSizeF &chartSize, qreal textPixels)
{
    // ChartStyle scales its body text by the target against its reference size: a reference of
    // the chart's own size divided by the wanted factor gives exactly `textPixels`, whatever the
    // chart's proportions.
    ChartStyle style = ChartStyle::projector();
    const qreal factor = textPixels / style.basePixelSize;
    if (factor > 0 && !chartSize.isEmpty())
        style.referenceSize = chartSize / factor;
    return style;
}

} // namespace smr::ui
