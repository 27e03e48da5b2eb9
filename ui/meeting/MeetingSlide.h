#pragma once

// What one slide of the meeting's projection shows (issue #7, "Projection mode"): a patient's
// entry as the meeting reads it, the charts chosen for it, and where it stands in the meeting.

#include "core/meetings/MeetingView.h"
#include "core/progress/ProgressChart.h"

#include <QDate>
#include <QList>
#include <QString>

namespace smr::ui {

struct MeetingSlide {
    MeetingEntryView entry;      // core/meetings/MeetingView.h
    QList<ProgressChart> charts; // 0 to 2, chosen by SlideCharts::choose
    int index = 0;               // 0-based; shown "3 / 12"
    int count = 0;
    QDate meetingDate;
    QString unitName;
    QList<MeetingDiscipline> disciplines; // the site's, to name the actions' owners
};

// How the slides are shown to the room.
struct SlideOptions {
    // Teaching sessions: the patient's initials instead of the name (SlideText::initials), and
    // the name scrubbed from the free texts; the slide never shows a birth date nor an IPP.
    bool initialsOnly = false;
};

} // namespace smr::ui
