// Which charts a meeting slide shows (SlideCharts::choose, issue #7): the instruments tested since
// the previous meeting — MCID/MDC reached first, then the most tests taken, then the catalog's
// order — then the stay's most recently measured instrument; two at most, each on this stay only.

#include "ui/meeting/SlideCharts.h"
#include "support/ChartFixtures.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace smr::test {
namespace {

struct ChangeSpec {
    const char *instrument;
    int tests;
    // Whether the change reaches the instrument's MCID/MDC; nothing when it has none.
    std::optional<bool> reaches;
};

struct CardSpec {
    const char *instrument;
    int day; // of November 2026, the latest result's
};

struct ChooseCase {
    const char *name;
    std::vector<ChangeSpec> changes; // in the catalog's order, as MeetingEntryView has them
    std::vector<CardSpec> cards;
    std::vector<const char *> charts;      // instruments with a chart of points
    std::vector<const char *> emptyCharts; // instruments whose chart has no point
    std::vector<const char *> expected;
};

// ctest names the case, not its bytes.
void PrintTo(const ChooseCase &c, std::ostream *os)
{
    *os << c.name;
}

MeetingEntryView entryOf(const ChooseCase &c)
{
    MeetingEntryView entry;
    for (const ChangeSpec &spec : c.changes) {
        ChangeSinceMeeting change;
        change.instrument = QLatin1String(spec.instrument);
        change.testsTaken = spec.tests;
        MeasureChange measured;
        if (spec.reaches) {
            measured.threshold = ChangeThreshold{ChangeThreshold::Kind::Mcid, 10, {}, {}};
            measured.beyondThreshold = *spec.reaches;
        }
        change.change = measured;
        entry.changes << change;
    }
    for (const CardSpec &spec : c.cards) {
        InstrumentCard card;
        card.instrument = QLatin1String(spec.instrument);
        TestResult latest;
        latest.instrument = card.instrument;
        latest.performedAt = charts::at(2026, 11, spec.day);
        card.latest = latest;
        entry.cards << card;
    }
    return entry;
}

QList<ProgressChart> chartsOf(const ChooseCase &c)
{
    QList<ProgressChart> all;
    for (const char *instrument : c.charts) {
        ProgressChart chart = charts::tug();
        chart.instrument = QLatin1String(instrument);
        all << chart;
    }
    for (const char *instrument : c.emptyCharts) {
        ProgressChart chart = charts::empty();
        chart.instrument = QLatin1String(instrument);
        all << chart;
    }
    return all;
}

class SlideChartsTest : public ::testing::TestWithParam<ChooseCase>
{
};

TEST_P(SlideChartsTest, ChoosesInOrder)
{
    const ChooseCase &c = GetParam();
    const QList<ProgressChart> chosen = ui::SlideCharts::choose(entryOf(c), chartsOf(c));
    QStringList got;
    for (const ProgressChart &chart : chosen)
        got << chart.instrument;
    QStringList expected;
    for (const char *instrument : c.expected)
        expected << QLatin1String(instrument);
    EXPECT_EQ(got, expected);
}

const std::vector<const char *> kAll{"tug", "6mwt", "berg", "dallas", "odi", "startback"};

INSTANTIATE_TEST_SUITE_P(
    Choose, SlideChartsTest,
    ::testing::Values(
        ChooseCase{"threshold_reached_first", {{"6mwt", 3, false}, {"odi", 1, true}}, {}, kAll, {}, {"odi", "6mwt"}},
        ChooseCase{"then_most_tests", {{"dallas", 1, {}}, {"6mwt", 3, false}}, {}, kAll, {}, {"6mwt", "dallas"}},
        ChooseCase{"catalog_order_on_ties", {{"dallas", 1, {}}, {"odi", 1, false}}, {}, kAll, {}, {"dallas", "odi"}},
        ChooseCase{
            "two_at_most", {{"tug", 1, true}, {"berg", 2, true}, {"odi", 1, true}}, {}, kAll, {}, {"berg", "tug"}},
        ChooseCase{"then_the_most_recently_measured",
                   {{"odi", 1, true}},
                   {{"berg", 18}, {"tug", 21}, {"odi", 20}},
                   kAll,
                   {},
                   {"odi", "tug"}},
        ChooseCase{"most_recent_already_chosen_then_the_next",
                   {{"tug", 1, false}},
                   {{"tug", 21}, {"berg", 19}, {"startback", 12}},
                   kAll,
                   {},
                   {"tug", "berg"}},
        ChooseCase{"no_test_since_the_meeting_one_chart", {}, {{"tug", 14}, {"berg", 18}}, kAll, {}, {"berg"}},
        ChooseCase{"instrument_without_chart_skipped",
                   {{"odi", 1, true}, {"6mwt", 1, false}},
                   {{"startback", 20}},
                   {"6mwt", "startback"},
                   {},
                   {"6mwt", "startback"}},
        ChooseCase{"empty_chart_skipped", {{"berg", 2, true}, {"tug", 1, {}}}, {}, {"tug"}, {"berg"}, {"tug"}},
        ChooseCase{"nothing_measured", {}, {}, kAll, {}, {}}),
    [](const auto &test) { return std::string(test.param.name); });

// The chosen chart is this stay's: the earlier stays' series and spans left out.
TEST(SlideChartsReduce, ToTheCurrentStay)
{
    MeetingEntryView entry;
    ChangeSinceMeeting change;
    change.instrument = QStringLiteral("berg");
    change.testsTaken = 1;
    entry.changes << change;
    const ProgressChart berg = charts::berg();
    ASSERT_EQ(berg.stays.size(), 2);

    const QList<ProgressChart> chosen = ui::SlideCharts::choose(entry, {berg});
    ASSERT_EQ(chosen.size(), 1);
    for (const ChartSeries &s : chosen.first().series)
        EXPECT_NE(s.role, ChartSeries::Role::EarlierStays);
    ASSERT_EQ(chosen.first().stays.size(), 1);
    EXPECT_TRUE(chosen.first().stays.first().current);
    EXPECT_GE(chosen.first().xMin.date(), QDate(2026, 10, 30));
}

} // namespace
} // namespace smr::test
