// Dates: the strict storage format, what French users type, the display format and ages.

#include "core/common/Dates.h"
#include "core/common/Clock.h"
#include "support/Printers.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

const QDate kToday(2026, 11, 22);

struct Typed {
    const char *text;
    QDate expected; // invalid: refused
    const char *why;
};

void PrintTo(const Typed &t, std::ostream *os)
{
    *os << '"' << t.text << "\" (" << t.why << ')';
}

class ParseIso : public ::testing::TestWithParam<Typed>
{
};

// Dates.h: ISO 8601 calendar dates only, YYYY-MM-DD, the storage and command-line format.
const Typed kIso[] = {
    {"2026-11-22", QDate(2026, 11, 22), "ISO date"},
    {"1956-03-12", QDate(1956, 3, 12), "ISO date"},
    {"2024-02-29", QDate(2024, 2, 29), "leap day of a leap year"},
    {"2026-02-29", QDate(), "no 29 February in 2026"},
    {"2026-02-31", QDate(), "impossible date"},
    {"2026-13-01", QDate(), "month 13"},
    {"2026-00-10", QDate(), "month 0"},
    {"2026-1-5", QDate(), "one-digit month and day"},
    {"26-11-22", QDate(), "two-digit year"},
    {"22/11/2026", QDate(), "French format is not ISO"},
    {" 2026-11-22", QDate(), "leading space"},
    {"2026-11-22T10:00", QDate(), "a time"},
    {"", QDate(), "empty"},
    {"2026-11-2x", QDate(), "a letter for a digit"},
    {"2026/11/22", QDate(), "slashes for dashes"},
    {"2026-+1-22", QDate(), "a sign for a digit"},
    {"0000-01-01", QDate(), "no year 0"},
    {"9999-12-31", QDate(9999, 12, 31), "the last four-digit year"},
};

TEST_P(ParseIso, StrictFormat)
{
    const Typed &t = GetParam();
    const std::optional<QDate> parsed = dates::parseIso(QString::fromUtf8(t.text));
    if (t.expected.isValid()) {
        ASSERT_TRUE(parsed.has_value()) << t.why;
        EXPECT_EQ(*parsed, t.expected) << t.why;
    } else {
        EXPECT_EQ(parsed, std::nullopt) << t.why;
    }
}

INSTANTIATE_TEST_SUITE_P(Dates, ParseIso, ::testing::ValuesIn(kIso));

class ParseUserInput : public ::testing::TestWithParam<Typed>
{
};

// Dates.h: 22/11/2026, 22.11.2026, 22-11-2026, 22112026, 22/11/26 and ISO; two-digit years
// resolve to the most recent year not after today's year + 1 (today: 22/11/2026, pivot 2027).
const Typed kUserInput[] = {
    {"22/11/2026", QDate(2026, 11, 22), "slashes"},
    {"22.11.2026", QDate(2026, 11, 22), "dots"},
    {"22-11-2026", QDate(2026, 11, 22), "dashes"},
    {"22 11 2026", QDate(2026, 11, 22), "spaces"},
    {"22112026", QDate(2026, 11, 22), "compact, 8 digits"},
    {"221126", QDate(2026, 11, 22), "compact, 6 digits"},
    {"5/3/1956", QDate(1956, 3, 5), "one-digit day and month"},
    {" 12/03/1956 ", QDate(1956, 3, 12), "surrounding spaces"},
    {"2026-11-22", QDate(2026, 11, 22), "ISO"},
    {"22/11/26", QDate(2026, 11, 22), "two-digit year: this year"},
    {"01/01/27", QDate(2027, 1, 1), "two-digit year: next year is the pivot"},
    {"01/01/28", QDate(1928, 1, 1), "two-digit year after the pivot: last century"},
    {"12/03/56", QDate(1956, 3, 12), "two-digit year of a birth date"},
    {"29/02/2024", QDate(2024, 2, 29), "leap day"},
    {"31/02/2026", QDate(), "impossible date"},
    {"29/02/2026", QDate(), "not a leap year"},
    {"22/13/2026", QDate(), "month 13"},
    {"22/11", QDate(), "no year"},
    {"22/11/202", QDate(), "three-digit year"},
    {"2211202", QDate(), "seven digits"},
    {"hier", QDate(), "a word"},
    {"", QDate(), "empty"},
};

TEST_P(ParseUserInput, FrenchHabits)
{
    const Typed &t = GetParam();
    const std::optional<QDate> parsed = dates::parseUserInput(QString::fromUtf8(t.text), kToday);
    if (t.expected.isValid()) {
        ASSERT_TRUE(parsed.has_value()) << t.why;
        EXPECT_EQ(*parsed, t.expected) << t.why;
    } else {
        EXPECT_EQ(parsed, std::nullopt) << t.why;
    }
}

INSTANTIATE_TEST_SUITE_P(Dates, ParseUserInput, ::testing::ValuesIn(kUserInput));

TEST(DatesTest, TwoDigitYearPivotFollowsToday)
{
    // The pivot is today's year + 1: in 2099, "00" is 2100; in 2026 it is 2000.
    EXPECT_EQ(dates::parseUserInput(QStringLiteral("01/01/00"), QDate(2026, 1, 1)), QDate(2000, 1, 1));
    EXPECT_EQ(dates::parseUserInput(QStringLiteral("01/01/00"), QDate(2099, 6, 1)), QDate(2100, 1, 1));
    EXPECT_EQ(dates::parseUserInput(QStringLiteral("01/01/99"), QDate(2099, 6, 1)), QDate(2099, 1, 1));
}

TEST(DatesTest, IsoRoundTrip)
{
    EXPECT_EQ(dates::toIso(QDate(1956, 3, 12)), QStringLiteral("1956-03-12"));
    EXPECT_EQ(dates::parseIso(dates::toIso(QDate(2026, 11, 22))), QDate(2026, 11, 22));
}

TEST(DatesTest, DisplayIsDayMonthYearInEveryLanguage)
{
    EXPECT_EQ(dates::display(QDate(2026, 11, 22)), QStringLiteral("22/11/2026"));
    EXPECT_EQ(dates::display(QDate(1956, 3, 5)), QStringLiteral("05/03/1956"));
    EXPECT_EQ(dates::display(QDate()), QString());
}

struct Age {
    QDate birth;
    QDate on;
    int years;
    const char *why;
};

void PrintTo(const Age &a, std::ostream *os)
{
    *os << a.why;
}

class CompletedYears : public ::testing::TestWithParam<Age>
{
};

// Completed years: the age changes on the birthday itself, not the day after.
const Age kAges[] = {
    {QDate(1956, 3, 12), QDate(2026, 3, 11), 69, "day before the birthday"},
    {QDate(1956, 3, 12), QDate(2026, 3, 12), 70, "on the birthday"},
    {QDate(1956, 3, 12), QDate(2026, 11, 22), 70, "later in the year"},
    {QDate(1956, 12, 31), QDate(2026, 1, 1), 69, "birthday at the end of the year"},
    {QDate(2000, 2, 29), QDate(2001, 2, 28), 0, "leap-day birth, 28 February of a common year"},
    {QDate(2000, 2, 29), QDate(2001, 3, 1), 1, "leap-day birth, 1 March of a common year"},
    {QDate(2000, 2, 29), QDate(2004, 2, 29), 4, "leap-day birth on a leap day"},
    {QDate(2026, 11, 22), QDate(2026, 11, 22), 0, "born today"},
};

TEST_P(CompletedYears, AgeOnADay)
{
    const Age &a = GetParam();
    EXPECT_EQ(dates::completedYears(a.birth, a.on), a.years) << a.why;
}

INSTANTIATE_TEST_SUITE_P(Dates, CompletedYears, ::testing::ValuesIn(kAges));

// Clock.h: SMRDESK_TODAY=YYYY-MM-DD pins "today" for demonstrations and end-to-end tests;
// anything else leaves the system clock.
TEST(ClockTest, TodayFromTheEnvironment)
{
    const QByteArray saved = qgetenv("SMRDESK_TODAY");
    const bool wasSet = qEnvironmentVariableIsSet("SMRDESK_TODAY");

    qputenv("SMRDESK_TODAY", "2026-11-22");
    EXPECT_EQ(clockFromEnvironment()->today(), QDate(2026, 11, 22));
    qputenv("SMRDESK_TODAY", "22/11/2026");
    EXPECT_EQ(clockFromEnvironment()->today(), QDate::currentDate());
    qunsetenv("SMRDESK_TODAY");
    EXPECT_EQ(clockFromEnvironment()->today(), QDate::currentDate());

    if (wasSet)
        qputenv("SMRDESK_TODAY", saved);
}

TEST(ClockTest, FixedClockStaysWhereItIsPut)
{
    FixedClock clock(QDate(2026, 11, 22));
    EXPECT_EQ(clock.today(), QDate(2026, 11, 22));
    clock.set(QDateTime(QDate(2027, 1, 2), QTime(8, 30)));
    EXPECT_EQ(clock.today(), QDate(2027, 1, 2));
    EXPECT_EQ(timestamp(clock), QDateTime(QDate(2027, 1, 2), QTime(8, 30)).toUTC().toString(Qt::ISODate));
}

} // namespace
} // namespace smr
