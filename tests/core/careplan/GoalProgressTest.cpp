// GoalProgress (issue #5): where a goal stands from the stay's results. Pure: no database.
// The rules are the Decision written in core/careplan/GoalProgress.h. Unless a case says
// otherwise: admission 02/11/2026, deadline 30/11/2026 (4 weeks), today 16/11/2026, the
// baseline on 02/11/2026: half of the time is gone.

#include "core/careplan/GoalProgress.h"
#include "core/careplan/CarePlanRules.h"
#include "core/careplan/CarePlanSupport.h"
#include "core/instruments/ScoringSupport.h"
#include "support/Printers.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

using Status = GoalProgress::Status;
using test::catalog;
using test::measuredGoal;

const QDate kAdmission(2026, 11, 2);
const QDate kDeadline(2026, 11, 30);
const QDate kMidway(2026, 11, 16);

struct Point {
    QDate day;
    double value;
};

TestResult result(const char *instrument, const char *measure, const Point &p, int hour = 10)
{
    TestResult r;
    r.instrument = QString::fromLatin1(instrument);
    r.status = TestResult::Status::Final;
    r.performedAt = QDateTime(p.day, QTime(hour, 0));
    r.scores = {{QString::fromLatin1(measure), p.value}};
    return r;
}

Goal odiMinus30()
{
    return measuredGoal(Objective::PainManagement, TargetKind::RelativeChange, "odi", "percent", -30);
}
Goal walkPlus50()
{
    return measuredGoal(Objective::Reconditioning, TargetKind::AbsoluteChange, "6mwt", "distance_m", 50);
}
Goal berg45()
{
    return measuredGoal(Objective::SpineParameters, TargetKind::Threshold, "berg", "total", 45);
}
Goal tugMinus20()
{
    return measuredGoal(Objective::Reconditioning, TargetKind::RelativeChange, "tug", "seconds", -20);
}

struct ProgressCase {
    const char *name;
    const char *source;
    Goal goal;
    QList<Point> points;
    QDate today;
    Status status;
    QString explanation; // checked when not empty
};

void PrintTo(const ProgressCase &c, std::ostream *os)
{
    *os << c.name;
}

QList<TestResult> resultsOf(const ProgressCase &c)
{
    QList<TestResult> out;
    const QByteArray instrument = c.goal.instrument.toLatin1();
    const QByteArray measure = c.goal.measure.toLatin1();
    for (const Point &p : c.points)
        out << result(instrument.constData(), measure.constData(), p);
    return out;
}

const ProgressCase kCases[] = {
    {"OdiReachedItsTarget",
     "Brief: ODI 48 % with −30 % → 33.6; lower is better (REFERENCE §5)",
     odiMinus30(),
     {{kAdmission, 48}, {kMidway, 30}},
     kMidway,
     Status::Met,
     QStringLiteral("ODI 30.0 % reached the target 33.6 % (−30 % of 48.0 %)")},
    {"OdiExactlyOnTheTarget",
     "Decision: reaching the target is meeting it",
     odiMinus30(),
     {{kAdmission, 48}, {kMidway, 33.6}},
     kMidway,
     Status::Met,
     {}},
    {"OdiOnlyTheBaselineBeforeTheDeadline",
     "Decision: only the baseline → on track until the deadline",
     odiMinus30(),
     {{kAdmission, 48}},
     kMidway,
     Status::OnTrack,
     QStringLiteral("Only the baseline so far: ODI 48.0 % on 02/11/2026, target 33.6 % by 30/11/2026.")},
    {"OdiOnlyTheBaselineOnTheDeadline",
     "Decision: the deadline day is still on time",
     odiMinus30(),
     {{kAdmission, 48}},
     kDeadline,
     Status::OnTrack,
     {}},
    {"OdiOnlyTheBaselineAfterTheDeadline",
     "Decision: only the baseline → off track after the deadline",
     odiMinus30(),
     {{kAdmission, 48}},
     QDate(2026, 12, 1),
     Status::OffTrack,
     QStringLiteral("Only the baseline: ODI 48.0 % on 02/11/2026; the target 33.6 % was due by 30/11/2026.")},
    {"OdiAheadOfTime",
     "Decision: 8 of 14.4 points with half of the time gone",
     odiMinus30(),
     {{kAdmission, 48}, {kMidway, 40}},
     kMidway,
     Status::OnTrack,
     QStringLiteral("ODI 40.0 % on 16/11/2026, target 33.6 % by 30/11/2026: 56 % of the change made with 50 % of the "
                    "time gone.")},
    {"OdiExactlyOnTheLine",
     "Decision: achieved ≥ elapsed fraction × required (7.2 of 14.4 at half time)",
     odiMinus30(),
     {{kAdmission, 48}, {kMidway, 40.8}},
     kMidway,
     Status::OnTrack,
     {}},
    {"OdiBehindTime",
     "Decision: 6 of 14.4 points with half of the time gone",
     odiMinus30(),
     {{kAdmission, 48}, {kMidway, 42}},
     kMidway,
     Status::OffTrack,
     QStringLiteral("ODI 42.0 % on 16/11/2026, target 33.6 % by 30/11/2026: 42 % of the change made with 50 % of the "
                    "time gone.")},
    {"OdiMissedAfterTheDeadline",
     "Decision: the time fraction is clamped to 1",
     odiMinus30(),
     {{kAdmission, 48}, {kMidway, 36}},
     QDate(2026, 12, 3),
     Status::OffTrack,
     QStringLiteral("ODI 36.0 % on 16/11/2026: the target 33.6 % was due by 30/11/2026.")},
    {"OdiEarlyProgressIsJudgedAtToday",
     "Decision: elapsed days run from the baseline to today",
     odiMinus30(),
     {{kAdmission, 48}, {QDate(2026, 11, 5), 42}},
     QDate(2026, 11, 26),
     Status::OffTrack,
     {}},
    {"WalkReachedItsTarget",
     "Brief: 6MWT 320 m + 50 → 370; higher is better (REFERENCE §2)",
     walkPlus50(),
     {{kAdmission, 320}, {kMidway, 372}},
     kMidway,
     Status::Met,
     QStringLiteral("6MWT distance 372 m reached the target 370 m (+50 m from 320 m)")},
    {"WalkOnTheLine",
     "Decision: 25 of 50 m at half time",
     walkPlus50(),
     {{kAdmission, 320}, {kMidway, 345}},
     kMidway,
     Status::OnTrack,
     {}},
    {"WalkBehind",
     "Decision: 20 of 50 m at half time",
     walkPlus50(),
     {{kAdmission, 320}, {kMidway, 340}},
     kMidway,
     Status::OffTrack,
     {}},
    {"BergReachedTheThreshold",
     "Brief: Berg threshold 45 (REFERENCE §3)",
     berg45(),
     {{kAdmission, 40}, {kMidway, 47}},
     kMidway,
     Status::Met,
     QStringLiteral("Berg 47 points reached the target 45 points")},
    {"BergAboveTheThresholdFromTheStart",
     "Decision: the latest (here the baseline) reaches the target",
     berg45(),
     {{kAdmission, 46}},
     kMidway,
     Status::Met,
     {}},
    {"BergFellBelowTheThreshold",
     "Decision: a worsening below the threshold is off track",
     berg45(),
     {{kAdmission, 47}, {kMidway, 43}},
     kMidway,
     Status::OffTrack,
     {}},
    {"TugReachedItsTarget",
     "Decision: TUG lower is better (REFERENCE §1); 15 s − 20 % → 12 s",
     tugMinus20(),
     {{kAdmission, 15}, {kMidway, 11.8}},
     kMidway,
     Status::Met,
     QStringLiteral("TUG 11.8 s reached the target 12.0 s (−20 % of 15.0 s)")},
    {"TugGotWorse",
     "Decision: a worsening is off track",
     tugMinus20(),
     {{kAdmission, 15}, {kMidway, 16}},
     kMidway,
     Status::OffTrack,
     {}},
    {"DallasNamesItsMeasure",
     "Decision: an instrument with several measures names the one followed",
     measuredGoal(Objective::PainManagement, TargetKind::AbsoluteChange, "dallas", "daily_activities", -20),
     {{kAdmission, 60}, {kMidway, 39}},
     kMidway,
     Status::Met,
     QStringLiteral("Dallas daily activities 39 % reached the target 40 % (−20 % from 60 %)")},
    {"NoResult",
     "Decision: no baseline → not measured",
     odiMinus30(),
     {},
     kMidway,
     Status::NotMeasured,
     QStringLiteral("No ODI result in this stay yet: the baseline is missing.")},
    {"UnknownMeasure",
     "Decision: a measure the catalog does not know cannot be followed",
     measuredGoal(Objective::PainManagement, TargetKind::Threshold, "odi", "total", 20),
     {{kAdmission, 48}},
     kMidway,
     Status::NotMeasured,
     {}},
};

class GoalProgressCases : public ::testing::TestWithParam<ProgressCase>
{
};

TEST_P(GoalProgressCases, StatusAndExplanation)
{
    const ProgressCase &c = GetParam();
    SCOPED_TRACE(c.source);
    const GoalProgress p = GoalProgress::of(c.goal, {kAdmission, kDeadline, c.today}, resultsOf(c), catalog());
    EXPECT_EQ(kGoalStatuses.code(p.status), kGoalStatuses.code(c.status)) << p.explanation.toStdString();
    if (!c.explanation.isEmpty()) {
        EXPECT_EQ(p.explanation, c.explanation);
    }
    EXPECT_FALSE(p.explanation.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Issue5, GoalProgressCases, ::testing::ValuesIn(kCases),
                         [](const auto &c) { return std::string(c.param.name); });

// Decision: baseline = the oldest result, latest = the newest, whatever order they come in; other
// instruments, drafts and superseded revisions do not count.
TEST(GoalProgressTest, BaselineIsTheOldestFinalCurrentResultOfTheInstrument)
{
    QList<TestResult> results;
    results << result("odi", "percent", {kMidway, 36});
    results << result("odi", "percent", {kAdmission, 48}, 9);
    results << result("odi", "percent", {kAdmission, 50}, 11);
    results << result("tug", "seconds", {QDate(2026, 11, 1), 14});
    TestResult draft = result("odi", "percent", {QDate(2026, 11, 1), 10});
    draft.status = TestResult::Status::Draft;
    TestResult superseded = result("odi", "percent", {QDate(2026, 11, 20), 20});
    superseded.superseded = true;
    results << draft << superseded;

    const GoalProgress p = GoalProgress::of(odiMinus30(), {kAdmission, kDeadline, kMidway}, results, catalog());
    ASSERT_TRUE(p.baseline && p.latest && p.target);
    EXPECT_EQ(*p.baseline, 48);
    EXPECT_EQ(*p.latest, 36);
    EXPECT_DOUBLE_EQ(*p.target, 33.6);
    EXPECT_EQ(p.status, Status::OnTrack); // 12 of 14.4 points at half time
}

// Decision: the target is rounded to the measure's decimals (6MWT whole metres).
TEST(GoalProgressTest, TheTargetIsRoundedToTheMeasure)
{
    Goal g = walkPlus50();
    g.kind = TargetKind::RelativeChange;
    g.value = 10;
    const GoalProgress p = GoalProgress::of(
        g, {kAdmission, kDeadline, kMidway},
        {result("6mwt", "distance_m", {kAdmission, 333}), result("6mwt", "distance_m", {kMidway, 366})}, catalog());
    ASSERT_TRUE(p.target);
    EXPECT_EQ(*p.target, 366); // 366.3
    EXPECT_EQ(p.status, Status::Met);
}

struct MarkedCase {
    const char *name;
    const char *source;
    TargetKind kind;
    QDate targetDate;
    QDate achievedOn;
    Status status;
    QString explanation;
};

void PrintTo(const MarkedCase &c, std::ostream *os)
{
    *os << c.name;
}

const MarkedCase kMarked[] = {
    {"DateAchieved", "Brief: date goals Met when achievedOn is set", TargetKind::Date, QDate(2027, 1, 4),
     QDate(2026, 11, 15), Status::Met, QStringLiteral("Achieved on 15/11/2026.")},
    {"DateStillAhead",
     "Brief: else OnTrack",
     TargetKind::Date,
     QDate(2027, 1, 4),
     {},
     Status::OnTrack,
     QStringLiteral("Due by 04/01/2027, not achieved yet.")},
    {"DateIsToday",
     "Decision: the target day itself is still on time",
     TargetKind::Date,
     kMidway,
     {},
     Status::OnTrack,
     QStringLiteral("Due by 16/11/2026, not achieved yet.")},
    {"DatePassed",
     "Brief: OffTrack when targetDate has passed",
     TargetKind::Date,
     QDate(2026, 11, 15),
     {},
     Status::OffTrack,
     QStringLiteral("Not achieved, and the target date 15/11/2026 has passed.")},
    {"UnmeasuredAchieved",
     "Brief: unmeasured Met when achievedOn set",
     TargetKind::Unmeasured,
     {},
     QDate(2026, 11, 12),
     Status::Met,
     QStringLiteral("Achieved on 12/11/2026.")},
    {"UnmeasuredOpen",
     "Brief: else NotMeasured",
     TargetKind::Unmeasured,
     {},
     {},
     Status::NotMeasured,
     QStringLiteral("Judged by the team: not marked achieved yet.")},
};

class MarkedGoals : public ::testing::TestWithParam<MarkedCase>
{
};

TEST_P(MarkedGoals, FollowTheirMark)
{
    const MarkedCase &c = GetParam();
    SCOPED_TRACE(c.source);
    Goal g;
    g.objective = Objective::ReturnToWork;
    g.kind = c.kind;
    g.targetDate = c.targetDate;
    g.achievedOn = c.achievedOn;
    g.text = QStringLiteral("Back at work");
    const GoalProgress p = GoalProgress::of(g, {kAdmission, kDeadline, kMidway}, {}, catalog());
    EXPECT_EQ(kGoalStatuses.code(p.status), kGoalStatuses.code(c.status));
    EXPECT_EQ(p.explanation, c.explanation);
    EXPECT_FALSE(p.target);
}

INSTANTIATE_TEST_SUITE_P(Issue5, MarkedGoals, ::testing::ValuesIn(kMarked),
                         [](const auto &c) { return std::string(c.param.name); });

// Brief: the deadline is the goal's review date, else the admission + the plan's weeks.
TEST(GoalProgressTest, DeadlineIsTheReviewDateElseThePlannedWeeks)
{
    Goal g = odiMinus30();
    EXPECT_EQ(CarePlanRules::deadline(g, kAdmission, 4), kDeadline);
    EXPECT_EQ(CarePlanRules::deadline(g, kAdmission, 5), QDate(2026, 12, 7));
    g.reviewDate = QDate(2026, 11, 20);
    EXPECT_EQ(CarePlanRules::deadline(g, kAdmission, 4), QDate(2026, 11, 20));
}

} // namespace
} // namespace smr
