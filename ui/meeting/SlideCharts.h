#pragma once

#include "core/meetings/MeetingView.h"
#include "core/progress/ProgressChart.h"

#include <QList>

namespace smr::ui {

// Which of a patient's charts a meeting slide shows (pure). At most two, in this order:
// - the instruments tested since the previous meeting (entry.changes) — the one whose change
//   reaches its MCID/MDC first, then the one with the most tests taken, then the catalog's order;
// - then one more: the stay's most recently measured instrument not chosen yet (entry.cards'
//   latest results), so that a patient without a new test still shows where they stand.
// One chart per instrument (the first of `all` for it that has a point), each reduced to the
// current stay (ChartBuilder::currentStayOnly): the team discusses this stay, and a slide has no
// room for a longer time axis.
class SlideCharts
{
public:
    static constexpr int MaxCharts = 2;

    static QList<ProgressChart> choose(const MeetingEntryView &entry, const QList<ProgressChart> &all);
};

} // namespace smr::ui
