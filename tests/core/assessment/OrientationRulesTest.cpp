// Issue #5, "Orientation": the suggested programme and its reasons from age, level-2 profiles,
// Dallas profile, STarT Back risk, Oswestry, fatigability, psychosocial flags and exclusion criteria. Source: clinical
// reference §8 (programmes and level-2 profiles), §5 (Fairbank bands), §6 (matched care, Hill 2011); the thresholds
// that join them are this application's Decision (OrientationRules.h).

#include "core/orientation/OrientationRules.h"
#include "support/Printers.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

struct OrientationCase {
    const char *name;
    OrientationInput input;
    std::optional<Orientation> expected;
    QStringList reasons;
};

OrientationInput in(std::optional<int> age, const char *dallas, const char *startBack, std::optional<double> odi)
{
    OrientationInput i;
    i.age = age;
    i.dallasProfile = QLatin1String(dallas);
    i.startBackRisk = QLatin1String(startBack);
    i.odiPercent = odi;
    return i;
}

template <typename Change> OrientationInput with(OrientationInput i, Change change)
{
    change(i);
    return i;
}

OrientationInput complex()
{
    OrientationInput i = in(50, "medical", "medium", 30);
    i.complexProfile = true;
    return i;
}

const OrientationCase kCases[] = {
    {"aged_75_level2", in(75, "medical", "low", 10), Orientation::Level2, {QStringLiteral("aged 75 (75 or more)")}},
    {"aged_74_not_level2",
     in(74, "medical", "low", 10),
     Orientation::Education,
     {QStringLiteral("STarT Back low risk (advice and self-management)"),
      QStringLiteral("Oswestry 10.0 % (20 % or less: minimal disability)")}},
    {"complex_level2", complex(), Orientation::Level2, {QStringLiteral("complex medical profile")}},
    {"odi_40_not_intensive",
     in(45, "medical", "medium", 40.0),
     Orientation::Individual,
     {QStringLiteral("STarT Back medium risk (physiotherapy on physical symptoms and function)"),
      QStringLiteral("Oswestry 40.0 % (moderate disability)"),
      QStringLiteral("Dallas medical profile (physical impact predominant)")}},
    {"odi_40_2_intensive",
     in(45, "medical", "medium", 40.2),
     Orientation::SpineRestoration,
     {QStringLiteral("Oswestry 40.2 % (more than 40 %: severe disability)")}},
    {"high_risk_intensive",
     in(38, "undetermined", "high", 28),
     Orientation::SpineRestoration,
     {QStringLiteral("STarT Back high risk (psychologically informed care)")}},
    {"mixed_profile_intensive",
     in(38, "mixed", "medium", 56),
     Orientation::SpineRestoration,
     {QStringLiteral("Oswestry 56.0 % (more than 40 %: severe disability)"), QStringLiteral("Dallas mixed profile")}},
    {"behavioural_intensive",
     in(38, "behavioural", "medium", 30),
     Orientation::SpineRestoration,
     {QStringLiteral("Dallas behavioural profile")}},
    {"low_risk_odi_20_education",
     in(30, "undetermined", "low", 20.0),
     Orientation::Education,
     {QStringLiteral("STarT Back low risk (advice and self-management)"),
      QStringLiteral("Oswestry 20.0 % (20 % or less: minimal disability)")}},
    {"low_risk_odi_20_2_individual",
     in(30, "undetermined", "low", 20.2),
     Orientation::Individual,
     {QStringLiteral("STarT Back low risk"), QStringLiteral("Oswestry 20.2 % (moderate disability)")}},
    {"nothing_measured_no_suggestion", in(40, "", "", std::nullopt), std::nullopt, {}},
    // Exclusion criteria (reference §8, récusation): level 2 until the physician justifies
    // continuing; then a caution listed with the programme.
    {"exclusion_not_justified_level2",
     with(in(40, "medical", "low", 10), [](auto &i) { i.exclusions = {QStringLiteral("pregnancy")}; }),
     Orientation::Level2,
     {QStringLiteral("exclusion criterion not justified: pregnancy")}},
    {"exclusion_justified_listed",
     with(in(40, "medical", "low", 10),
          [](auto &i) {
              i.exclusions = {QStringLiteral("obesity class III")};
              i.exclusionsJustified = true;
          }),
     Orientation::Education,
     {QStringLiteral("STarT Back low risk (advice and self-management)"),
      QStringLiteral("Oswestry 10.0 % (20 % or less: minimal disability)"),
      QStringLiteral("exclusion criterion justified: obesity class III")}},
    {"exclusion_before_level2_profile",
     with(complex(), [](auto &i) { i.exclusions = {QStringLiteral("pregnancy")}; }),
     Orientation::Level2,
     {QStringLiteral("exclusion criterion not justified: pregnancy")}},
    // Psychosocial flags: yellow ones call for the intensive programme; blue and black are listed.
    {"yellow_flags_intensive",
     with(in(40, "medical", "medium", 30), [](auto &i) { i.yellowFlags = true; }),
     Orientation::SpineRestoration,
     {QStringLiteral("yellow flags (psychosocial risk of chronicity)")}},
    {"blue_black_flags_listed_not_deciding",
     with(in(40, "medical", "medium", 30),
          [](auto &i) {
              i.blueFlags = true;
              i.blackFlags = true;
          }),
     Orientation::Individual,
     {QStringLiteral("STarT Back medium risk (physiotherapy on physical symptoms and function)"),
      QStringLiteral("Oswestry 30.0 % (moderate disability)"),
      QStringLiteral("Dallas medical profile (physical impact predominant)"),
      QStringLiteral("blue flags to address (perception of work)"),
      QStringLiteral("black flags to address (employer, insurance, litigation)")}},
    // Fatigability: individual sessions before the intensive programme.
    {"fatigable_intensive_becomes_individual",
     with(in(40, "mixed", "high", 50), [](auto &i) { i.fatigable = true; }),
     Orientation::Individual,
     {QStringLiteral("Oswestry 50.0 % (more than 40 %: severe disability)"),
      QStringLiteral("STarT Back high risk (psychologically informed care)"), QStringLiteral("Dallas mixed profile"),
      QStringLiteral("fatigability: individual sessions first, the intensive programme once tolerated")}},
    {"fatigable_without_intensive_indication_unchanged",
     with(in(30, "undetermined", "low", 12), [](auto &i) { i.fatigable = true; }),
     Orientation::Education,
     {QStringLiteral("STarT Back low risk (advice and self-management)"),
      QStringLiteral("Oswestry 12.0 % (20 % or less: minimal disability)")}},
};

class OrientationSuggestions : public ::testing::TestWithParam<OrientationCase>
{
};

TEST_P(OrientationSuggestions, ProgrammeAndReasons)
{
    const OrientationCase &c = GetParam();
    const OrientationSuggestion s = OrientationRules::suggest(c.input);
    EXPECT_EQ(s.orientation, c.expected);
    EXPECT_EQ(s.reasons, c.reasons) << s.reasons.join(QStringLiteral(" | ")).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Issue5, OrientationSuggestions, ::testing::ValuesIn(kCases),
                         [](const auto &test) { return std::string(test.param.name); });

TEST(OrientationRulesTest, TheMissingInstrumentsAreNamed)
{
    const OrientationSuggestion s = OrientationRules::suggest(in(40, "", "medium", std::nullopt));
    EXPECT_EQ(s.missing, (QStringList{QStringLiteral("Dallas"), QStringLiteral("Oswestry")}));
    EXPECT_EQ(s.orientation, Orientation::Individual);
}

} // namespace
} // namespace smr
