// Where a stay stands in time: "day N of M" and the usual programme lengths.

#include "core/stays/StayCalendar.h"
#include "support/Printers.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

const QDate kToday(2026, 11, 22);

Stay activeStay(const QDate &admission, const QDate &planned = QDate())
{
    Stay s;
    s.status = StayStatus::Active;
    s.admissionDate = admission;
    s.plannedDischargeDate = planned;
    return s;
}

// StayCalendar.h: the admission day is day 1; a stay planned from the 2nd to the 29th lasts 28 days.
TEST(StayCalendarTest, AdmissionDayIsDayOne)
{
    EXPECT_EQ(StayCalendar::dayOfStay(activeStay(kToday), kToday), 1);
    EXPECT_EQ(StayCalendar::dayOfStay(activeStay(QDate(2026, 11, 2)), kToday), 21);
    EXPECT_EQ(StayCalendar::dayOfStay(activeStay(QDate(2026, 11, 21)), kToday), 2);
}

TEST(StayCalendarTest, DayCountsAcrossMonthsAndYears)
{
    EXPECT_EQ(StayCalendar::dayOfStay(activeStay(QDate(2026, 10, 31)), QDate(2026, 11, 1)), 2);
    EXPECT_EQ(StayCalendar::dayOfStay(activeStay(QDate(2026, 12, 20)), QDate(2027, 1, 2)), 14);
}

TEST(StayCalendarTest, NoDayBeforeAdmissionOrOutsideAStayInProgress)
{
    EXPECT_EQ(StayCalendar::dayOfStay(activeStay(QDate(2026, 11, 23)), kToday), std::nullopt);
    Stay s = activeStay(QDate(2026, 11, 2));
    for (StayStatus status : {StayStatus::PreAdmission, StayStatus::Discharged, StayStatus::Cancelled}) {
        s.status = status;
        EXPECT_EQ(StayCalendar::dayOfStay(s, kToday), std::nullopt) << kStayStatuses.code(status).toStdString();
    }
    EXPECT_EQ(StayCalendar::dayOfStay(activeStay(QDate()), kToday), std::nullopt);
}

TEST(StayCalendarTest, PlannedLengthCountsBothEnds)
{
    EXPECT_EQ(StayCalendar::plannedLength(activeStay(QDate(2026, 11, 2), QDate(2026, 11, 29))), 28);
    EXPECT_EQ(StayCalendar::plannedLength(activeStay(QDate(2026, 11, 2), QDate(2026, 11, 8))), 7);
    EXPECT_EQ(StayCalendar::plannedLength(activeStay(QDate(2026, 11, 2), QDate(2026, 11, 2))), 1);
    EXPECT_EQ(StayCalendar::plannedLength(activeStay(QDate(2026, 11, 2))), std::nullopt);
    EXPECT_EQ(StayCalendar::plannedLength(activeStay(QDate(2026, 11, 2), QDate(2026, 11, 1))), std::nullopt);
}

struct ProgrammeLength {
    Programme programme;
    std::optional<int> days;
    QDate plannedFromNov2; // suggested planned discharge for an admission on 02/11/2026
    const char *source;
};

void PrintTo(const ProgrammeLength &p, std::ostream *os)
{
    *os << kProgrammes.code(p.programme).toStdString();
}

class UsualLength : public ::testing::TestWithParam<ProgrammeLength>
{
};

const ProgrammeLength kLengths[] = {
    {Programme::SpineRestoration, 28, QDate(2026, 11, 29), "clinical reference §8: RFR 4 weeks"},
    {Programme::Individual, 28, QDate(2026, 11, 29), "clinical reference §8: individual sessions 4 weeks"},
    {Programme::Education, 7, QDate(2026, 11, 8), "clinical reference §8: education/prevention 1 week"},
    {Programme::Other, std::nullopt, QDate(), "no usual length for another programme"},
};

TEST_P(UsualLength, ProgrammeLengthAndSuggestedDischarge)
{
    const ProgrammeLength &p = GetParam();
    EXPECT_EQ(StayCalendar::usualLengthDays(p.programme), p.days) << p.source;
    const QDate suggested = StayCalendar::suggestedPlannedDischarge(p.programme, QDate(2026, 11, 2));
    EXPECT_EQ(suggested, p.plannedFromNov2) << p.source;
    if (p.days) { // the suggestion makes a stay of exactly the usual length
        EXPECT_EQ(StayCalendar::plannedLength(activeStay(QDate(2026, 11, 2), suggested)), p.days) << p.source;
    }
}

INSTANTIATE_TEST_SUITE_P(Programmes, UsualLength, ::testing::ValuesIn(kLengths));

TEST(StayCalendarTest, NoSuggestionWithoutAdmission)
{
    EXPECT_FALSE(StayCalendar::suggestedPlannedDischarge(Programme::SpineRestoration, QDate()).isValid());
}

TEST(StayCalendarTest, ProgressTexts)
{
    // StayCalendar.h: "Day 12 of 28", "Day 12", "Admission on 25/11/2026",
    // "Discharged on 20/11/2026", "Cancelled".
    EXPECT_EQ(StayCalendar::progressText(activeStay(QDate(2026, 11, 2), QDate(2026, 11, 29)), kToday),
              QStringLiteral("Day 21 of 28"));
    EXPECT_EQ(StayCalendar::progressText(activeStay(QDate(2026, 11, 2)), kToday), QStringLiteral("Day 21"));
    EXPECT_EQ(StayCalendar::progressText(activeStay(kToday, QDate(2026, 11, 28)), kToday),
              QStringLiteral("Day 1 of 7"));

    Stay pre = activeStay(QDate(2026, 11, 25), QDate(2026, 12, 22));
    pre.status = StayStatus::PreAdmission;
    EXPECT_EQ(StayCalendar::progressText(pre, kToday), QStringLiteral("Admission on 25/11/2026"));

    Stay discharged = activeStay(QDate(2026, 10, 23), QDate(2026, 11, 19));
    discharged.status = StayStatus::Discharged;
    discharged.dischargeDate = QDate(2026, 11, 20);
    EXPECT_EQ(StayCalendar::progressText(discharged, kToday), QStringLiteral("Discharged on 20/11/2026"));

    Stay cancelled = pre;
    cancelled.status = StayStatus::Cancelled;
    EXPECT_EQ(StayCalendar::progressText(cancelled, kToday), QStringLiteral("Cancelled"));
}

TEST(StayCalendarTest, ShortProgressTextForListColumns)
{
    // StayCalendar.h: a list column says "Arrival 25/11" for a pre-admission, the rest as above.
    Stay pre = activeStay(QDate(2026, 11, 25), QDate(2026, 12, 22));
    pre.status = StayStatus::PreAdmission;
    EXPECT_EQ(StayCalendar::shortProgressText(pre, kToday), QStringLiteral("Arrival 25/11"));
    EXPECT_EQ(StayCalendar::shortProgressText(activeStay(QDate(2026, 11, 2), QDate(2026, 11, 29)), kToday),
              QStringLiteral("Day 21 of 28"));
}

TEST(StayCalendarTest, ActiveStayNotYetStartedShowsItsAdmission)
{
    EXPECT_EQ(StayCalendar::progressText(activeStay(QDate(2026, 11, 25)), kToday),
              QStringLiteral("Admission on 25/11/2026"));
}

TEST(StayCalendarTest, DayBeyondThePlannedLengthIsStillShown)
{
    // An overrun stays visible ("Day 30 of 28") rather than being capped.
    EXPECT_EQ(StayCalendar::progressText(activeStay(QDate(2026, 10, 24), QDate(2026, 11, 20)), kToday),
              QStringLiteral("Day 30 of 28"));
}

} // namespace
} // namespace smr
