// AgendaRules (issue #7): the agenda's sections and order, the window of "what changed since the
// previous meeting" and the goal counts. The rules are the decisions written in AgendaRules.h;
// the issue asks for "new admissions since the last meeting, discharges planned within 7 days,
// then the others by day of stay".

#include "core/meetings/AgendaRules.h"
#include "support/Printers.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

Stay stayOf(qint64 id, const QDate &admission, const QDate &planned = {})
{
    Stay s;
    s.id = StayId(id);
    s.admissionDate = admission;
    s.plannedDischargeDate = planned;
    return s;
}

struct SectionCase {
    const char *name;
    QDate admission;
    QDate planned;
    std::optional<QDate> previous;
    AgendaSection expected;
};

class AgendaSectionTest : public ::testing::TestWithParam<SectionCase>
{
};

// The meeting is on Monday 23/11/2026.
const QDate kMeeting(2026, 11, 23);

TEST_P(AgendaSectionTest, SectionOfAStay)
{
    const SectionCase &c = GetParam();
    EXPECT_EQ(AgendaRules::sectionOf(stayOf(1, c.admission, c.planned), kMeeting, c.previous), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Cases, AgendaSectionTest,
                         ::testing::Values(
                             // Admitted after the previous meeting's day: new.
                             SectionCase{"AdmittedAfterPrevious", QDate(2026, 11, 17), QDate(2026, 12, 14),
                                         QDate(2026, 11, 16), AgendaSection::NewAdmission},
                             // Admitted on the previous meeting's day: the team saw it then.
                             SectionCase{"AdmittedOnPreviousDay", QDate(2026, 11, 16), QDate(2026, 12, 14),
                                         QDate(2026, 11, 16), AgendaSection::Ongoing},
                             // No previous meeting: admitted within the 7 days before the meeting.
                             SectionCase{"NoPreviousWithinAWeek", QDate(2026, 11, 17), QDate(2026, 12, 14),
                                         std::nullopt, AgendaSection::NewAdmission},
                             SectionCase{"NoPreviousEightDaysAgo", QDate(2026, 11, 15), QDate(2026, 12, 14),
                                         std::nullopt, AgendaSection::Ongoing},
                             // Planned discharge within 7 days of the meeting (30/11 is the 7th day), or passed.
                             SectionCase{"LeavesOnTheSeventhDay", QDate(2026, 11, 2), QDate(2026, 11, 30),
                                         QDate(2026, 11, 16), AgendaSection::DischargeSoon},
                             SectionCase{"LeavesOnTheEighthDay", QDate(2026, 11, 2), QDate(2026, 12, 1),
                                         QDate(2026, 11, 16), AgendaSection::Ongoing},
                             SectionCase{"DischargePassed", QDate(2026, 11, 2), QDate(2026, 11, 20),
                                         QDate(2026, 11, 16), AgendaSection::DischargeSoon},
                             SectionCase{"NoPlannedDischarge", QDate(2026, 11, 2), QDate(), QDate(2026, 11, 16),
                                         AgendaSection::Ongoing},
                             // New and leaving within the week (a one-week education stay): new first.
                             SectionCase{"NewAndLeaving", QDate(2026, 11, 20), QDate(2026, 11, 27), QDate(2026, 11, 16),
                                         AgendaSection::NewAdmission}),
                         [](const auto &test) { return std::string(test.param.name); });

TEST(AgendaRulesTest, OrderIsNewThenLeavingThenByDayOfStay)
{
    const QDate previous(2026, 11, 16);
    const QList<AgendaRules::Candidate> candidates{
        {stayOf(1, QDate(2026, 11, 2), QDate(2026, 12, 20)), QStringLiteral("ARNAUD Paul")},  // ongoing, day 22
        {stayOf(2, QDate(2026, 11, 19), QDate(2026, 12, 16)), QStringLiteral("BLANC Julie")}, // new (19/11)
        {stayOf(3, QDate(2026, 11, 9), QDate(2026, 11, 29)), QStringLiteral("CARON Marc")},   // leaves 29/11
        {stayOf(4, QDate(2026, 11, 10), QDate()), QStringLiteral("DUPONT Marie")},            // ongoing, day 14
        {stayOf(5, QDate(2026, 11, 17), QDate(2026, 12, 14)), QStringLiteral("EVRARD Luc")},  // new (17/11)
        {stayOf(6, QDate(2026, 11, 1), QDate(2026, 11, 25)), QStringLiteral("FABRE Anne")},   // leaves 25/11
        {stayOf(7, QDate(2026, 11, 10), QDate()), QStringLiteral("ABEL Jean")},               // ongoing, day 14
    };
    const QList<StayId> order = AgendaRules::order(candidates, kMeeting, previous);
    QList<qint64> ids;
    for (StayId s : order)
        ids << s.value;
    // New by admission date (17/11, 19/11); leaving by date (25/11, 29/11); ongoing by day of stay,
    // the earliest in its stay first, ties by name (ABEL before DUPONT).
    EXPECT_EQ(ids, (QList<qint64>{5, 2, 6, 3, 7, 4, 1}));
}

TEST(AgendaRulesTest, WindowStartsAtThePreviousMeetingOrBeforeAdmission)
{
    const Stay s = stayOf(1, QDate(2026, 11, 9));
    EXPECT_EQ(AgendaRules::windowStart(s, QDate(2026, 11, 16)), QDate(2026, 11, 16));
    // No previous meeting, or one before the admission: the whole stay.
    EXPECT_EQ(AgendaRules::windowStart(s, std::nullopt), QDate(2026, 11, 8));
    EXPECT_EQ(AgendaRules::windowStart(s, QDate(2026, 11, 2)), QDate(2026, 11, 8));
}

TEST(AgendaRulesTest, GoalCounts)
{
    QList<GoalStatus> goals(5);
    goals[0].progress.status = GoalProgress::Status::Met;
    goals[1].progress.status = GoalProgress::Status::OnTrack;
    goals[2].progress.status = GoalProgress::Status::OnTrack;
    goals[3].progress.status = GoalProgress::Status::OffTrack;
    goals[4].progress.status = GoalProgress::Status::NotMeasured;
    const GoalCounts c = AgendaRules::count(goals);
    EXPECT_EQ(c.met, 1);
    EXPECT_EQ(c.onTrack, 2);
    EXPECT_EQ(c.offTrack, 1);
    EXPECT_EQ(c.notMeasured, 1);
    EXPECT_EQ(c.total(), 5);
}

} // namespace
} // namespace smr
