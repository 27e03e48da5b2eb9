// Berg, Dallas, Oswestry and STarT Back scoring against clinical reference §3–§6, every band
// edge included.

#include "ScoringSupport.h"
#include "support/Printers.h"

#include "core/instruments/BergInstrument.h"
#include "core/instruments/OswestryInstrument.h"

namespace smr::test {
namespace {

// 14 Berg items reaching `total`: item 2 kept below 4 so the item-3 rule stays out of the way.
QJsonObject bergTotal(int total)
{
    QJsonArray a;
    int left = total;
    for (int i = 0; i < 14; ++i) {
        const int max = i == 1 ? 3 : 4;
        const int v = std::min(max, left);
        a.append(v);
        left -= v;
    }
    return QJsonObject{{QStringLiteral("items"), a}};
}

struct BergCase {
    int total;
    bool fallRisk;
    const char *band;
};

class BergScoring : public ::testing::TestWithParam<BergCase>
{
};

TEST_P(BergScoring, TotalFallRiskAndBand)
{
    // §3: total 0–56; < 45 increased fall risk; 0–20 high, 21–40 medium, 41–56 low.
    const BergCase &c = GetParam();
    const QJsonObject s = scored("berg", bergTotal(c.total));
    EXPECT_EQ(s.value(QStringLiteral("total")).toInt(), c.total);
    EXPECT_EQ(s.value(QStringLiteral("fall_risk")).toBool(), c.fallRisk);
    EXPECT_EQ(s.value(QStringLiteral("risk_band")).toString(), QLatin1String(c.band));
}

INSTANTIATE_TEST_SUITE_P(Edges, BergScoring,
                         ::testing::Values(BergCase{0, true, "high"}, BergCase{20, true, "high"},
                                           BergCase{21, true, "medium"}, BergCase{40, true, "medium"},
                                           BergCase{41, true, "low"}, BergCase{44, true, "low"},
                                           BergCase{45, false, "low"}, BergCase{55, false, "low"}));

TEST(BergScoring, Item2ScoredFourCreditsItem3)
{
    // §3: if item 2 is scored 4, item 3 receives full marks.
    QJsonObject answers = repeated(14, 4);
    QJsonArray a = answers.value(QStringLiteral("items")).toArray();
    a[2] = 0;
    answers.insert(QStringLiteral("items"), a);
    const QJsonObject s = scored("berg", answers);
    EXPECT_EQ(s.value(QStringLiteral("total")).toInt(), 56);
    EXPECT_TRUE(s.value(QStringLiteral("item3_credited")).toBool());
    EXPECT_FALSE(scored("berg", repeated(14, 4)).value(QStringLiteral("item3_credited")).toBool());
}

TEST(BergScoring, MdcDependsOnTheBaseline)
{
    // §3 (Donoghue & Stokes 2009): 4 if 45–56; 5 if 35–44; 7 if 25–34; 5 if 0–24.
    EXPECT_EQ(BergInstrument::mdcFor(56), 4);
    EXPECT_EQ(BergInstrument::mdcFor(45), 4);
    EXPECT_EQ(BergInstrument::mdcFor(44), 5);
    EXPECT_EQ(BergInstrument::mdcFor(35), 5);
    EXPECT_EQ(BergInstrument::mdcFor(34), 7);
    EXPECT_EQ(BergInstrument::mdcFor(25), 7);
    EXPECT_EQ(BergInstrument::mdcFor(24), 5);
    EXPECT_EQ(BergInstrument::mdcFor(0), 5);
}

struct DallasCase {
    const char *name;
    QList<int> items;
    int daily;
    int work;
    int anxiety;
    int social;
    const char *profile;
};

void PrintTo(const DallasCase &c, std::ostream *os)
{
    *os << c.name;
}

class DallasScoring : public ::testing::TestWithParam<DallasCase>
{
};

TEST_P(DallasScoring, DimensionsAndProfile)
{
    // §4: daily activities = 3 × sum(1–7), capped at 100 %; others = 5 × sum of 3 items.
    // Profile: DA and WL > 50 with AD and SI < 50 → medical; the inverse → behavioural; all four
    // > 50 → mixed; anything else → undetermined.
    const DallasCase &c = GetParam();
    QJsonArray a;
    for (int v : c.items)
        a.append(v);
    const QJsonObject s = scored("dallas", QJsonObject{{QStringLiteral("items"), a}});
    EXPECT_EQ(s.value(QStringLiteral("daily_activities")).toInt(), c.daily);
    EXPECT_EQ(s.value(QStringLiteral("work_leisure")).toInt(), c.work);
    EXPECT_EQ(s.value(QStringLiteral("anxiety_depression")).toInt(), c.anxiety);
    EXPECT_EQ(s.value(QStringLiteral("social_interest")).toInt(), c.social);
    EXPECT_EQ(s.value(QStringLiteral("profile")).toString(), QLatin1String(c.profile));
}

INSTANTIATE_TEST_SUITE_P(
    Reference, DallasScoring,
    ::testing::Values(
        DallasCase{"AllZero", QList<int>(16, 0), 0, 0, 0, 0, "undetermined"},
        DallasCase{"DailyActivitiesCappedAt100", QList<int>(16, 5), 100, 75, 75, 75, "mixed"},
        // sum(1–7) = 17 → 51 %; WL 11 → 55 %; AD 9 → 45 %; SI 9 → 45 %.
        DallasCase{"MedicalJustAbove50", {3, 3, 3, 2, 2, 2, 2, 4, 4, 3, 3, 3, 3, 3, 3, 3}, 51, 55, 45, 45, "medical"},
        // A dimension at exactly 50 % is not above 50 %: undetermined.
        DallasCase{"WorkAtExactly50", {3, 3, 3, 2, 2, 2, 2, 4, 3, 3, 3, 3, 3, 3, 3, 3}, 51, 50, 45, 45, "undetermined"},
        DallasCase{
            "AnxietyAtExactly50", {3, 3, 3, 2, 2, 2, 2, 4, 4, 3, 4, 3, 3, 3, 3, 3}, 51, 55, 50, 45, "undetermined"},
        DallasCase{"Behavioural", {2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 3, 4, 4, 3}, 42, 45, 55, 55, "behavioural"},
        DallasCase{"MixedJustAbove50", {3, 3, 3, 2, 2, 2, 2, 4, 4, 3, 4, 4, 3, 4, 4, 3}, 51, 55, 55, 55, "mixed"}));

TEST(DallasScoring, SquareCoordinates)
{
    // §4: the Dallas square plots the mean of the physical and of the psychological dimensions.
    const QJsonObject s = scored("dallas", items({3, 3, 3, 2, 2, 2, 2, 4, 4, 3, 3, 3, 3, 3, 3, 3}));
    EXPECT_DOUBLE_EQ(s.value(QStringLiteral("physical_impact")).toDouble(), 53);
    EXPECT_DOUBLE_EQ(s.value(QStringLiteral("psychological_impact")).toDouble(), 45);
}

struct OdiCase {
    const char *name;
    QList<int> items; // -1: null
    double percent;
    int answered;
    const char *band;
};

void PrintTo(const OdiCase &c, std::ostream *os)
{
    *os << c.name;
}

class OdiScoring : public ::testing::TestWithParam<OdiCase>
{
};

TEST_P(OdiScoring, PercentAndBand)
{
    // §5: ODI % = sum / (5 × sections answered) × 100, one decimal; ≤ 20 minimal; ≤ 40 moderate;
    // ≤ 60 severe; ≤ 80 crippled; > 80 bed-bound.
    const OdiCase &c = GetParam();
    QJsonArray a;
    for (int v : c.items)
        a.append(v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v));
    const QJsonObject s = scored("odi", QJsonObject{{QStringLiteral("items"), a}});
    EXPECT_DOUBLE_EQ(s.value(QStringLiteral("percent")).toDouble(), c.percent);
    EXPECT_EQ(s.value(QStringLiteral("answered")).toInt(), c.answered);
    EXPECT_EQ(s.value(QStringLiteral("band")).toString(), QLatin1String(c.band));
}

INSTANTIATE_TEST_SUITE_P(
    Edges, OdiScoring,
    ::testing::Values(OdiCase{"Sum10Of50", QList<int>(10, 1), 20.0, 10, "minimal"},
                      OdiCase{"Sum11Of50", {2, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 22.0, 10, "moderate"},
                      OdiCase{"Sum20Of50", QList<int>(10, 2), 40.0, 10, "moderate"},
                      OdiCase{"Sum21Of50", {3, 2, 2, 2, 2, 2, 2, 2, 2, 2}, 42.0, 10, "severe"},
                      OdiCase{"Sum30Of50", QList<int>(10, 3), 60.0, 10, "severe"},
                      OdiCase{"Sum31Of50", {4, 3, 3, 3, 3, 3, 3, 3, 3, 3}, 62.0, 10, "crippled"},
                      OdiCase{"Sum40Of50", QList<int>(10, 4), 80.0, 10, "crippled"},
                      OdiCase{"Sum41Of50", {5, 4, 4, 4, 4, 4, 4, 4, 4, 4}, 82.0, 10, "bed_bound"},
                      OdiCase{"All5", QList<int>(10, 5), 100.0, 10, "bed_bound"},
                      // Section 8 not applicable: 9 × 5 = 45 in the denominator; 9/45 = 20 % exactly.
                      OdiCase{"NineAnsweredAtExactly20", {1, 1, 1, 1, 1, 1, 1, -1, 1, 1}, 20.0, 9, "minimal"},
                      OdiCase{"NineAnswered", {2, 1, 1, 1, 1, 1, 1, -1, 1, 1}, 22.2, 9, "moderate"},
                      // Two sections left out, the most allowed: 18/40 = 45 %.
                      OdiCase{"EightAnswered", {3, 3, 2, 2, 2, 2, 2, -1, 2, -1}, 45.0, 8, "severe"},
                      // 1/45 = 2.222… → 2.2
                      OdiCase{"OneDecimal", {1, 0, 0, 0, 0, 0, 0, -1, 0, 0}, 2.2, 9, "minimal"}));

TEST(OdiScoring, McidIsTenPointsOrThirtyPercent)
{
    // §5 (Ostelo 2008): 10 points or 30 % of baseline, either is enough.
    const Instrument &odi = instrument("odi");
    EXPECT_DOUBLE_EQ(odi.threshold(QStringLiteral("percent"), json(R"({"percent": 50})"))->value, 10);
    EXPECT_DOUBLE_EQ(odi.threshold(QStringLiteral("percent"), json(R"({"percent": 20})"))->value, 6);
}

struct StartBackCase {
    const char *name;
    QList<int> items;
    int total;
    int psychosocial;
    const char *risk;
};

void PrintTo(const StartBackCase &c, std::ostream *os)
{
    *os << c.name;
}

class StartBackScoring : public ::testing::TestWithParam<StartBackCase>
{
};

TEST_P(StartBackScoring, TotalSubscaleAndRisk)
{
    // §6: items 1–8 agree = 1; item 9 very much / extremely = 1; psychosocial = items 5–9;
    // low: total ≤ 3; medium: total ≥ 4 and psychosocial ≤ 3; high: psychosocial ≥ 4.
    const StartBackCase &c = GetParam();
    QJsonArray a;
    for (int v : c.items)
        a.append(v);
    const QJsonObject s = scored("startback", QJsonObject{{QStringLiteral("items"), a}});
    EXPECT_EQ(s.value(QStringLiteral("total")).toInt(), c.total);
    EXPECT_EQ(s.value(QStringLiteral("psychosocial")).toInt(), c.psychosocial);
    EXPECT_EQ(s.value(QStringLiteral("risk")).toString(), QLatin1String(c.risk));
}

INSTANTIATE_TEST_SUITE_P(
    Edges, StartBackScoring,
    ::testing::Values(StartBackCase{"Nothing", {0, 0, 0, 0, 0, 0, 0, 0, 0}, 0, 0, "low"},
                      StartBackCase{"Total3", {1, 1, 1, 0, 0, 0, 0, 0, 0}, 3, 0, "low"},
                      StartBackCase{"Total4", {1, 1, 1, 1, 0, 0, 0, 0, 0}, 4, 0, "medium"},
                      StartBackCase{"Psychosocial3", {1, 0, 0, 0, 1, 1, 1, 0, 0}, 4, 3, "medium"},
                      StartBackCase{"Psychosocial4", {0, 0, 0, 0, 1, 1, 1, 1, 0}, 4, 4, "high"},
                      // Item 9: moderately (2) counts 0, very much (3) and extremely (4) count 1.
                      StartBackCase{"BothersomeModerately", {0, 0, 0, 0, 1, 1, 1, 0, 2}, 3, 3, "low"},
                      StartBackCase{"BothersomeVeryMuch", {0, 0, 0, 0, 1, 1, 1, 0, 3}, 4, 4, "high"},
                      StartBackCase{"BothersomeExtremely", {1, 1, 1, 1, 1, 1, 1, 1, 4}, 9, 5, "high"}));

} // namespace
} // namespace smr::test
