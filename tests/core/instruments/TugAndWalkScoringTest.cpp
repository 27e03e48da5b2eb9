// TUG and 6-minute walk scoring against clinical reference §1 and §2.

#include "ScoringSupport.h"
#include "support/Printers.h"

namespace smr::test {
namespace {

struct TugCase {
    double seconds;
    int age; // 0: no age given
    bool fallRisk;
    bool steadi;
    double ageNorm; // 0: null
    const char *source;
};

class TugScoring : public ::testing::TestWithParam<TugCase>
{
};

TEST_P(TugScoring, CutOffsAndAgeNorms)
{
    const TugCase &c = GetParam();
    QJsonObject answers{{QStringLiteral("seconds"), c.seconds}};
    if (c.age > 0)
        answers.insert(QStringLiteral("age"), c.age);
    const QJsonObject s = scored("tug", answers);
    EXPECT_EQ(s.value(QStringLiteral("fall_risk")).toBool(), c.fallRisk) << c.source;
    EXPECT_EQ(s.value(QStringLiteral("steadi_fall_risk")).toBool(), c.steadi) << c.source;
    if (c.ageNorm > 0)
        EXPECT_DOUBLE_EQ(s.value(QStringLiteral("age_norm_s")).toDouble(), c.ageNorm) << c.source;
    else
        EXPECT_TRUE(s.value(QStringLiteral("age_norm_s")).isNull()) << c.source;
}

INSTANTIATE_TEST_SUITE_P(Reference, TugScoring,
                         ::testing::Values(TugCase{13.4, 0, false, true, 0,
                                                   "§1: < 13.5 s no increased risk (Shumway-Cook 2000)"},
                                           TugCase{13.5, 0, true, true, 0, "§1: ≥ 13.5 s increased fall risk"},
                                           TugCase{11.9, 0, false, false, 0, "§1: CDC STEADI ≥ 12 s, secondary"},
                                           TugCase{12.0, 0, false, true, 0, "§1: CDC STEADI ≥ 12 s, secondary"},
                                           TugCase{9.0, 59, false, false, 0, "§1: under 60 no norm (Bohannon 2006)"},
                                           TugCase{9.0, 60, false, false, 8.1, "§1: 60–69 y 8.1 s"},
                                           TugCase{9.0, 69, false, false, 8.1, "§1: 60–69 y"},
                                           TugCase{9.0, 70, false, false, 9.2, "§1: 70–79 y 9.2 s"},
                                           TugCase{9.0, 79, false, false, 9.2, "§1: 70–79 y"},
                                           TugCase{9.0, 80, false, false, 11.3, "§1: 80–99 y 11.3 s"},
                                           TugCase{9.0, 99, false, false, 11.3, "§1: 80–99 y"},
                                           TugCase{9.0, 100, false, false, 0, "§1: no norm beyond 99 y"}));

TEST(TugScoring, SecondsKeepOneDecimal)
{
    // §1: seconds, one decimal.
    EXPECT_DOUBLE_EQ(scored("tug", json(R"({"seconds": 8.26})")).value(QStringLiteral("seconds")).toDouble(), 8.3);
    EXPECT_DOUBLE_EQ(scored("tug", json(R"({"seconds": 600})")).value(QStringLiteral("seconds")).toDouble(), 600);
}

struct WalkCase {
    const char *sex;
    double height;
    double weight;
    int age;
    double distance;
    double predicted;
    double lln;
    double percent;
    bool outsideAges;
};

class WalkScoring : public ::testing::TestWithParam<WalkCase>
{
};

TEST_P(WalkScoring, EnrightSherrillEquations)
{
    // §2 (Enright & Sherrill 1998): men 7.57 h − 5.02 a − 1.76 w − 309, LLN − 153;
    // women 2.11 h − 2.29 w − 5.78 a + 667, LLN − 139; each rounded to 1 decimal, halves up.
    const WalkCase &c = GetParam();
    const QJsonObject s = scored("6mwt", QJsonObject{{QStringLiteral("distance_m"), c.distance},
                                                     {QStringLiteral("sex"), QLatin1String(c.sex)},
                                                     {QStringLiteral("age"), c.age},
                                                     {QStringLiteral("height_cm"), c.height},
                                                     {QStringLiteral("weight_kg"), c.weight}});
    EXPECT_DOUBLE_EQ(s.value(QStringLiteral("distance_m")).toDouble(), c.distance);
    EXPECT_DOUBLE_EQ(s.value(QStringLiteral("predicted_m")).toDouble(), c.predicted);
    EXPECT_DOUBLE_EQ(s.value(QStringLiteral("lln_m")).toDouble(), c.lln);
    EXPECT_DOUBLE_EQ(s.value(QStringLiteral("percent_predicted")).toDouble(), c.percent);
    EXPECT_EQ(s.value(QStringLiteral("outside_reference_ages")).toBool(), c.outsideAges);
    EXPECT_EQ(s.value(QStringLiteral("below_lln")).toBool(), c.distance < c.lln);
}

INSTANTIATE_TEST_SUITE_P(Reference, WalkScoring,
                         ::testing::Values(
                             // 7.57×175 − 5.02×60 − 1.76×80 − 309 = 573.75
                             WalkCase{"M", 175, 80, 60, 500, 573.8, 420.8, 87.1, false},
                             // 2.11×160 − 2.29×65 − 5.78×55 + 667 = 537.85 (a binary 537.8499…)
                             WalkCase{"F", 160, 65, 55, 420, 537.9, 398.9, 78.1, false},
                             WalkCase{"M", 180, 95, 45, 650, 660.5, 507.5, 98.4, false},
                             WalkCase{"F", 170, 58, 72, 300, 476.7, 337.7, 62.9, false},
                             // Derived on adults of 40–80 years: outside, a caution.
                             WalkCase{"M", 165, 70, 85, 250, 390.2, 237.2, 64.1, true},
                             WalkCase{"F", 155, 90, 35, 480, 585.7, 446.7, 82.0, true}));

TEST(WalkScoring, MinimalDistanceGivesZeroPercent)
{
    const QJsonObject s =
        scored("6mwt", json(R"({"distance_m": 0, "sex": "F", "age": 60, "height_cm": 160, "weight_kg": 60})"));
    EXPECT_DOUBLE_EQ(s.value(QStringLiteral("percent_predicted")).toDouble(), 0);
    EXPECT_TRUE(s.value(QStringLiteral("below_lln")).toBool());
}

TEST(WalkScoring, PatientFactsFillWhatWasNotTyped)
{
    // Issue #3: when recording on a stay, sex, age, height and weight default from the patient.
    const Instrument &walk = instrument("6mwt");
    const QJsonObject filled = walk.withPatientDefaults(json(R"({"distance_m": 400, "height_cm": 170})"),
                                                        PatientFacts{QStringLiteral("M"), 62, 180.0, 81.0});
    EXPECT_EQ(filled.value(QStringLiteral("sex")).toString(), QStringLiteral("M"));
    EXPECT_EQ(filled.value(QStringLiteral("age")).toInt(), 62);
    EXPECT_DOUBLE_EQ(filled.value(QStringLiteral("height_cm")).toDouble(), 170); // typed wins
    EXPECT_DOUBLE_EQ(filled.value(QStringLiteral("weight_kg")).toDouble(), 81);
    // A record without a weight leaves it missing: the refusal then names it.
    const QJsonObject partial = walk.withPatientDefaults(json(R"({"distance_m": 400})"),
                                                         PatientFacts{QStringLiteral("F"), 50, 160.0, std::nullopt});
    EXPECT_FALSE(partial.contains(QStringLiteral("weight_kg")));
    EXPECT_FALSE(walk.score(partial));
}

} // namespace
} // namespace smr::test
