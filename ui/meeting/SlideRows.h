#pragma once

// The pieces a slide's layout is made of (SlideLayout): its fonts and spacings at a scale, word
// wrap, rows of text laid out from (0, 0), tags, and blocks of rows under a heading.

#include "ui/meeting/SlideDrawing.h"

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace smr::ui::slide {

namespace colour {
inline const QColor kBackground(0xFF, 0xFF, 0xFF);
inline const QColor kText(0x11, 0x11, 0x11);
inline const QColor kMuted(0x3A, 0x3A, 0x3A); // 11:1 on white: secondary, still read from the back
inline const QColor kHighlight(0xFF, 0xEA, 0xA0);
inline const QColor kHighlightBar(0x6B, 0x45, 0x00);
inline const QColor kBetter(0x00, 0x66, 0x44); // 7:1 on white, 6:1 on the highlight
inline const QColor kWorse(0xA3, 0x33, 0x00);
inline const QColor kInverse(0xFF, 0xFF, 0xFF);
} // namespace colour

// The fonts and spacings of a slide at its scale (`u`: 1 at 1920 × 1080).
struct Style {
    explicit Style(qreal unit);

    qreal u = 1;
    QFont title;
    QFont body;
    QFont bold;
    qreal line = 0;   // a body line's height
    qreal gap = 0;    // between blocks
    qreal indent = 0; // a bullet's hanging indent

    qreal px(qreal v) const { return v * u; }
    QFont font(qreal pixels, bool bold) const;
};

// Joins two words without a break (wrap() gives it back as a space).
inline constexpr QChar kGlue(0x00A0);

qreal advance(const QFont &font, const QString &text);
// Greedy word wrap in `width` (the first line in `firstWidth` when given); punctuation and a short
// unit after a number stay with the word before ("30,0 %", "— Ergothérapie"); a word wider than
// the line is elided.
QStringList wrap(const QString &text, const QFont &font, qreal width, qreal firstWidth = -1);

// Part of a block, laid out from (0, 0): a heading, a score, a decision, an action.
struct Row {
    qreal height = 0;
    QList<SlideDrawing::Text> texts;
    QList<SlideDrawing::Box> boxes;
};

void appendRow(SlideDrawing &out, const Row &row, const QPointF &at);
// The lines of `text` from (x, y) in `width`, the first starting `firstIndent` further; returns
// the height used.
qreal addLines(Row &row, const Style &style, const QString &text, const QFont &font, const QColor &colour, qreal x,
               qreal y, qreal width, qreal firstIndent = 0);
Row paragraph(const Style &style, const QString &text, const QFont &font, const QColor &colour, qreal width,
              bool bullet = false, qreal firstIndent = 0);
// A word on a filled label ("en retard", "Nouvelle admission"): bold, white on `fill`, one line
// high from (x, y); returns its width.
qreal addTag(Row &row, const Style &style, const QString &text, const QColor &fill, qreal x, qreal y);

// Rows under a heading; `more(n)` is the line that says n items were left out.
struct Block {
    QString name; // what SlideDrawing::dropped calls it
    std::optional<Row> heading;
    QString title; // the heading's words
    QList<Row> items;
    std::function<Row(int)> more;

    qreal height() const;
    // The heading and the first `keep` items, then more(items left out) when some are.
    qreal heightKeeping(int keep) const;
    void place(SlideDrawing &out, const QPointF &at, int keep) const;
    bool isEmpty() const { return items.isEmpty(); }
};

// A heading and one bulleted paragraph per item.
Block listBlock(const QString &name, const Style &style, qreal width, const QString &heading, const QStringList &items);
// "+ 3 autres", muted.
Row moreRow(const Style &style, qreal width, int count);

} // namespace smr::ui::slide
