#pragma once

#include "ui/meeting/MeetingSlide.h"
#include "ui/meeting/SlideDrawing.h"

#include <QCoreApplication>
#include <QRectF>

namespace smr::ui {

// Lays out one meeting slide (issue #7, "Projection mode") in any rectangle, landscape: the same
// layout for the projector, the presenter's thumbnail and a page, every size proportional to the
// target (a unit of 1 at 1920 × 1080; the height decides, the width when the target is narrower
// than 16:9).
//
// Decisions:
// - Readable from 5 m: every text is at least BodyPixels (38 px at 1080 px high, above the issue's
//   28 pt = 37.3 px at 96 dpi), the patient and the day TitlePixels; sizes are pixels of the
//   target, never points, so that a projector, an image and a PDF page agree. Text is never made
//   smaller to fit: what does not fit is left out, in a stated order (below).
// - Dark text on a white slide (#111 on #FFF, 18.9:1), not the reverse: the charts are drawn by
//   ChartRenderer on white, and a white slide keeps them in one surface instead of bright panels
//   on black; a meeting room is lit (the team writes), where a projected black is grey anyway.
//   Colour is never alone: trends carry ▲ ▼ = and a word, the tests taken since the previous
//   meeting a bar and a legend, "overdue" is a word on its tag.
// - Layout: a header (the patient, age and sex; day N of M; programme and mode; the agenda's tag
//   for a new admission or a discharge within 7 days; the planned discharge), two columns, a
//   footer (unit, meeting date, "3 / 12"). The left column holds the text blocks in this order:
//   scores, goals, this meeting's decisions, open actions, last meeting's decisions; the right
//   column (46 %) holds the charts, stacked, and takes the blocks that the left one cannot. A
//   block goes whole to the next column when it can, else it is split there under its heading
//   "(continued)" — only when keeping blocks whole would leave something out.
// - When everything does not fit, given up in this order until it does: (1) the second chart,
//   the first then at the right column's top (40 % of it at least, what the text under it
//   leaves); (2) last
//   meeting's decisions (what they changed shows in the header: the planned discharge, the
//   programme); (3) the scores without a test since the previous meeting (one line says how
//   many); (4) the charts — with the whole right column for text, (2) and (3) come back when
//   they fit; (5) the longest lists are cut, "+ N more" saying so. Never left out: who, the day,
//   the goals, the header and footer, the first of this meeting's decisions (typed live) and of
//   the open actions. `SlideDrawing::dropped` names what was left out.
class SlideLayout
{
    Q_DECLARE_TR_FUNCTIONS(SlideLayout)

public:
    static constexpr qreal BodyPixels = 38;
    static constexpr qreal TitlePixels = 60;
    // A chart's body text (its title, axes, legend): smaller than the slide's, the chart being a
    // picture read as a whole; still twice the screen's 12 px. At 30 px the chart's labels no
    // longer fit a chart of a third of the slide (titles elided, labels crowding each other).
    static constexpr qreal ChartTextPixels = 26;

    // 1 at 1920 × 1080.
    static qreal unitOf(const QRectF &target);
    static SlideDrawing lay(const QRectF &target, const MeetingSlide &slide, const SlideOptions &options);
};

} // namespace smr::ui
