#pragma once

#include "ui/meeting/MeetingSlide.h"
#include "ui/meeting/SlideDrawing.h"

#include <QRectF>
#include <QSizeF>
#include <QStringList>

class QPainter;

namespace smr::ui {

struct ChartStyle;

// Paints one meeting slide with QPainter only (no widget), so that the projector's window, the
// presenter's thumbnail and a PDF page share it. The layout and its rules (sizes readable from
// 5 m, colours, what is left out first when space is short) are SlideLayout's.
class SlidePainter
{
public:
    static void paint(QPainter &painter, const QRectF &target, const MeetingSlide &slide, const SlideOptions &options);
    // An already laid out slide (SlideLayout::lay of the same slide).
    static void paint(QPainter &painter, const SlideDrawing &drawing, const MeetingSlide &slide);

    // What paint() draws, for the tests and the presenter's checks: the slide laid out at `size`.
    static SlideDrawing drawing(const MeetingSlide &slide, const SlideOptions &options,
                                const QSizeF &size = QSizeF(1920, 1080));
    // Every string drawn on the slide at `size` (charts excepted: they draw their own), in order.
    static QStringList texts(const MeetingSlide &slide, const SlideOptions &options,
                             const QSizeF &size = QSizeF(1920, 1080));

    // The projector's chart style fitted to a chart's place: its body text `textPixels` high.
    static ChartStyle chartStyle(const QSizeF &chartSize, qreal textPixels);
};

} // namespace smr::ui
