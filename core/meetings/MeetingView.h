#pragma once

// What the meeting's views show (computed from the stored meeting and the patients' data): the
// agenda, and for each patient the entry, the slide and the presenter's form read.

#include "core/careplan/GoalProgress.h"
#include "core/instruments/ChangeAnalysis.h"
#include "core/meetings/Meeting.h"
#include "core/overview/StayOverview.h"
#include "core/patients/Patient.h"
#include "core/results/TestResult.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace smr {

// Why a patient stands where it does on a computed agenda (AgendaRules).
enum class AgendaSection { NewAdmission, DischargeSoon, Ongoing };

inline constexpr CodeTable<AgendaSection, 3> kAgendaSections{
    "AgendaSection",
    {{
        {AgendaSection::NewAdmission, "new_admission", QT_TRANSLATE_NOOP("AgendaSection", "New admission"),
         QT_TRANSLATE_NOOP("AgendaSection", "New")},
        {AgendaSection::DischargeSoon, "discharge_soon", QT_TRANSLATE_NOOP("AgendaSection", "Discharge within 7 days"),
         QT_TRANSLATE_NOOP("AgendaSection", "Discharge")},
        {AgendaSection::Ongoing, "ongoing", QT_TRANSLATE_NOOP("AgendaSection", "Ongoing stay"),
         QT_TRANSLATE_NOOP("AgendaSection", "Ongoing")},
    }}};

// What one instrument did since the previous meeting: the tests taken in the window, the latest,
// and its change against the last result before the window (or, for a patient first measured in
// the window, against the first result of the window when there are two).
struct ChangeSinceMeeting {
    QString instrument; // catalog id
    QString title;      // short title: "Berg"
    int testsTaken = 0; // in the window
    TestResult latest;
    Assessment assessment;               // of the latest
    std::optional<MeasureChange> change; // nothing for a single first measure
    bool firstMeasure = false;           // no result before the window
};

// How the care plan's goals stand.
struct GoalCounts {
    int met = 0;
    int onTrack = 0;
    int offTrack = 0;
    int notMeasured = 0;
    int total() const { return met + onTrack + offTrack + notMeasured; }
};

// One line of the agenda: who, where the stay stands, why it is here, and what was entered.
struct AgendaItem {
    MeetingEntry entry;
    Stay stay;
    Patient patient;
    int age = 0;               // on the meeting's date
    std::optional<int> day;    // day N of the stay on the meeting's date
    std::optional<int> length; // of M (planned length)
    AgendaSection section = AgendaSection::Ongoing;
    int notesWritten = 0; // notes of this meeting with text
    int decisions = 0;    // this meeting's decisions (not withdrawn)
    int openActions = 0;
};

// Everything about one patient for one meeting: the agenda line, what changed since the previous
// meeting, the goals, the scores, the notes beside last meeting's, the decisions and actions.
struct MeetingEntryView {
    AgendaItem item;
    QDate windowStart; // results taken after this day (the previous meeting's date; else the admission - 1)
    QList<ChangeSinceMeeting> changes; // instruments tested in the window, in the catalog's order
    QList<InstrumentCard> cards;       // every instrument with a result in the stay (key scores)
    QList<GoalStatus> goals;
    GoalCounts goalCounts;
    QMap<QString, MeetingNote> notes;         // by discipline code, this meeting
    QMap<QString, MeetingNote> previousNotes; // by discipline code, the previous meeting's
    QList<MeetingDecision> decisions;         // this meeting's, not withdrawn, oldest first
    QList<MeetingDecision> previousDecisions; // the previous meeting's, not withdrawn
    QList<MeetingAction> actions;             // open ones carried over and those raised or done here
};

// What the team last decided for a patient, as the gym-side tablet shows it to the therapists
// (issue #8): the latest meeting held on or before today with the stay on its agenda.
struct StayMeetingNews {
    Meeting meeting;
    QString medicalIssues;
    QList<MeetingDecision> decisions; // not withdrawn, oldest first
    QList<MeetingAction> openActions; // of the stay, not done, raised up to that meeting
};

// A meeting with its agenda.
struct MeetingAgenda {
    Meeting meeting;
    std::optional<Meeting> previous; // the unit's meeting before this one
    QList<AgendaItem> items;         // in the agenda's order
};

} // namespace smr
