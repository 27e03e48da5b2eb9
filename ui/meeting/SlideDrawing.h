#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace smr::ui {

// A slide laid out and not yet painted: every text with its font and place, the boxes behind
// them and the charts' places. SlideLayout makes it, SlidePainter paints it, and the tests read
// it (what is said, at which size, where), so that what they check is what is drawn.
struct SlideDrawing {
    struct Text {
        QString text;
        QRectF rect;
        QFont font;
        QColor colour;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };
    struct Box {
        QRectF rect;
        QColor fill;
        QColor border = Qt::transparent;
        qreal borderWidth = 0;
    };
    struct Chart {
        QRectF rect;
        int index = 0;        // in MeetingSlide::charts
        qreal textPixels = 0; // the chart's body text, in pixels of the target
    };

    QRectF target;
    QColor background;
    QList<Box> boxes; // painted first, in order
    QList<Chart> charts;
    QList<Text> texts;
    // What was left out for lack of room, in the order given up (SlideLayout's header).
    QStringList dropped;
};

} // namespace smr::ui
