#pragma once

#include "core/meetings/MeetingView.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace smr {

class InstrumentCatalog;

// The rules of the meeting's agenda and of "what changed since the previous meeting" (pure: no
// database), issue #7.
//
// Decision, the agenda's order: first the new admissions (admitted after the previous meeting's
// day; without a previous meeting, within the NewAdmissionDays days before the meeting), by
// admission date; then the discharges planned within DischargeSoonDays days of the meeting (or
// already passed), by planned date; then the others by day of stay, the earliest in their stay
// first, so that the agenda reads from the newest arrivals to the stays well under way. Ties by
// the patient's name. A stay both new and leaving within a week (a one-week education stay) is a
// new admission: the team has not seen it yet.
//
// Decision, the window of "what changed": results performed after the previous meeting's day up
// to the meeting's day, both as local days (a test taken on the previous meeting's day was seen
// there); without a previous meeting, the whole stay. Each instrument tested in the window is
// compared (its main measure, ChangeAnalysis) with its last result before the window; a patient
// first measured in the window is compared with the window's first result when there are two.
class AgendaRules
{
    Q_DECLARE_TR_FUNCTIONS(AgendaRules)

public:
    static constexpr int DischargeSoonDays = 7;
    static constexpr int NewAdmissionDays = 7;

    struct Candidate {
        Stay stay;
        QString sortName; // the patient's name as the lists sort it
    };

    static AgendaSection sectionOf(const Stay &stay, const QDate &meetingDate, const std::optional<QDate> &previous);
    // The candidates' stays in the agenda's order.
    static QList<StayId> order(QList<Candidate> candidates, const QDate &meetingDate,
                               const std::optional<QDate> &previous);

    // The last day already reviewed: results after it are "since the previous meeting".
    static QDate windowStart(const Stay &stay, const std::optional<QDate> &previous);
    // `results`: the stay's current final results, oldest first.
    static QList<ChangeSinceMeeting> changesSince(const QList<TestResult> &results, const QDate &windowStart,
                                                  const QDate &meetingDate, const InstrumentCatalog &instruments);

    static GoalCounts count(const QList<GoalStatus> &goals);
};

} // namespace smr
