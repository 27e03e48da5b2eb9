#pragma once

// What the dossier's overview shows of a stay at a glance (issue #6 "Patient overview"): where each
// instrument stands and how it changed, what needs attention, and the care plan's goals.

#include "core/assessment/AssessmentService.h"
#include "core/careplan/GoalProgress.h"
#include "core/instruments/ChangeAnalysis.h"
#include "core/results/TestResult.h"

#include <QList>
#include <QString>

#include <optional>

namespace smr {

// One instrument of the stay: its latest result read against the reference, and the change of its
// main measure since the stay's first result and since the previous one.
struct InstrumentCard {
    QString instrument; // catalog id
    QString title;      // short title: "Berg"
    int resultCount = 0;
    std::optional<TestResult> latest;
    Assessment assessment; // of the latest result (empty without one)
    // Latest against the stay's first result, when there are at least two.
    std::optional<MeasureChange> sinceAdmission;
    // Latest against the one before, when there are at least three (with two it is the same as
    // sinceAdmission).
    std::optional<MeasureChange> sincePrevious;

    bool reachesThreshold() const
    {
        return (sinceAdmission && sinceAdmission->beyondThreshold.value_or(false)) ||
               (sincePrevious && sincePrevious->beyondThreshold.value_or(false));
    }
};

// Something the physician should see when opening the dossier, most serious first.
struct OverviewAlert {
    enum class Kind {
        RedFlag,         // a red flag answered yes, no action recorded
        Exclusion,       // an exclusion criterion present (justified or not)
        GoalOffTrack,    // a care-plan goal off track
        MissingBaseline, // an instrument of the baseline without result in the stay
        StaleInstrument, // an instrument measured in the stay, not for more than 14 days
        DischargeSoon,   // planned discharge within 7 days, or passed while the stay goes on
    };
    Kind kind = Kind::RedFlag;
    Assessment::Severity severity = Assessment::Severity::Caution; // Bad or Caution
    QString text;
    QString instrument; // MissingBaseline, StaleInstrument: the one to enter
};

struct StayOverview {
    StayAlerts assessment;       // what the admission assessment says (the patient's header shows it)
    QList<InstrumentCard> cards; // every instrument of the catalog, in its order
    QList<OverviewAlert> alerts;
    bool hasCarePlan = false;
    QList<GoalStatus> goals;
};

} // namespace smr
