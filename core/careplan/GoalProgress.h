#pragma once

#include "core/careplan/CarePlan.h"
#include "core/results/TestResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace smr {

class InstrumentCatalog;

// Where a goal stands, from the stay's results (pure: no database).
//
// Decision (issue #5), measured goals (relative change, absolute change, threshold):
// - the results are the stay's current final results of the goal's instrument that hold the
//   measure; the baseline is the first (oldest), the latest the last;
// - no baseline → NotMeasured;
// - the target is CarePlanRules::targetValue(goal, baseline), rounded to the measure's decimals;
//   the latest reaching it (in the measure's better direction: lower for ODI, TUG, Dallas) → Met;
// - only the baseline → OnTrack until the deadline, OffTrack after it;
// - otherwise OnTrack when the change achieved (latest − baseline) is at least
//   (days from the baseline to today / days from the baseline to the deadline, clamped to 0..1)
//   × the change required (target − baseline), both counted in the better direction; else
//   OffTrack. The deadline is the goal's review date, else the admission + the plan's weeks.
// Date goals: Met when achievedOn is set, OffTrack once the target date has passed, else OnTrack.
// Unmeasured goals: Met when achievedOn is set, else NotMeasured.
struct GoalProgress {
    Q_DECLARE_TR_FUNCTIONS(GoalProgress)

public:
    enum class Status { Met, OnTrack, OffTrack, NotMeasured };
    Status status = Status::NotMeasured;
    QString explanation; // one English line (translated), e.g. "ODI 30.0 % reached the target 33.6 % (−30 % of 48.0 %)"
    std::optional<double> baseline;
    std::optional<double> latest;
    std::optional<double> target;

    // What the goal is measured against and when.
    struct Context {
        QDate admission;
        QDate deadline;
        QDate today;
    };

    // `results`: the stay's current final results (any instrument; those of other instruments are
    // ignored), oldest first.
    static GoalProgress of(const Goal &goal, const Context &context, const QList<TestResult> &results,
                           const InstrumentCatalog &instruments);
};

inline constexpr CodeTable<GoalProgress::Status, 4> kGoalStatuses{
    "GoalProgress",
    {{
        {GoalProgress::Status::Met, "met", QT_TRANSLATE_NOOP("GoalProgress", "Met"),
         QT_TRANSLATE_NOOP("GoalProgress", "Met")},
        {GoalProgress::Status::OnTrack, "on_track", QT_TRANSLATE_NOOP("GoalProgress", "On track"),
         QT_TRANSLATE_NOOP("GoalProgress", "On track")},
        {GoalProgress::Status::OffTrack, "off_track", QT_TRANSLATE_NOOP("GoalProgress", "Off track"),
         QT_TRANSLATE_NOOP("GoalProgress", "Off track")},
        {GoalProgress::Status::NotMeasured, "not_measured", QT_TRANSLATE_NOOP("GoalProgress", "Not measured"),
         QT_TRANSLATE_NOOP("GoalProgress", "Not measured")},
    }}};

// A goal of a stay's plan with where it stands (CarePlanService::progress).
struct GoalStatus {
    Goal goal;
    QDate deadline;
    GoalProgress progress;
};

} // namespace smr
