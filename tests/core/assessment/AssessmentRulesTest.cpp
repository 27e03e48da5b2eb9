// Issue #5: the admission assessment's computed values — BMI and its WHO class at the class
// borders (clinical reference §9), class III obesity as an exclusion criterion and the other
// exclusions (§8), the HC/HTP suggestion from the referential's indications (§8), red flags
// (§7) that stay alerts until an action is recorded — and the checks before saving and signing.

#include "core/assessment/AssessmentRules.h"
#include "support/Printers.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

AdmissionAssessment withBody(double height, double weight)
{
    AdmissionAssessment a;
    a.heightCm = height;
    a.weightKg = weight;
    return a;
}

struct BmiCase {
    const char *name;
    double height;
    double weight;
    double bmi;
    BmiClass expected;
};

// Source: WHO classes (clinical reference §9); weights chosen so that the BMI falls on each side
// of each border once rounded to one decimal (the value the physician reads).
const BmiCase kBmiCases[] = {
    {"underweight_18_4", 180, 59.6, 18.4, BmiClass::Underweight},
    {"normal_18_5", 180, 60.0, 18.5, BmiClass::Normal},
    {"normal_24_9", 180, 80.7, 24.9, BmiClass::Normal},
    {"overweight_25_0", 180, 81.0, 25.0, BmiClass::Overweight},
    {"overweight_29_9", 180, 96.9, 29.9, BmiClass::Overweight},
    {"obesity1_30_0", 180, 97.2, 30.0, BmiClass::ObesityI},
    {"obesity1_34_9", 180, 113.1, 34.9, BmiClass::ObesityI},
    {"obesity2_35_0", 180, 113.4, 35.0, BmiClass::ObesityII},
    {"obesity2_39_9", 180, 129.3, 39.9, BmiClass::ObesityII},
    {"obesity3_40_0", 180, 129.6, 40.0, BmiClass::ObesityIII},
    // Decision: 24.96 is shown 25.0 and classed with what is shown.
    {"rounded_24_96_reads_25_0", 200, 99.85, 25.0, BmiClass::Overweight},
};

class BmiClasses : public ::testing::TestWithParam<BmiCase>
{
};

TEST_P(BmiClasses, TheClassOfTheValueShown)
{
    const BmiCase &c = GetParam();
    const std::optional<double> bmi = AssessmentRules::bmi(withBody(c.height, c.weight));
    ASSERT_TRUE(bmi);
    EXPECT_DOUBLE_EQ(*bmi, c.bmi);
    EXPECT_EQ(AssessmentRules::bmiClass(*bmi), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Issue5, BmiClasses, ::testing::ValuesIn(kBmiCases),
                         [](const auto &test) { return std::string(test.param.name); });

TEST(AssessmentRulesTest, NoBmiWithoutHeightAndWeight)
{
    AdmissionAssessment a;
    a.heightCm = 170;
    EXPECT_FALSE(AssessmentRules::bmi(a));
}

TEST(AssessmentRulesTest, ClassThreeObesityIsAnExclusionCriterionByItself)
{
    // Reference §8: obesity grade > 2 (BMI ≥ 40).
    EXPECT_EQ(AssessmentRules::exclusionsPresent(withBody(180, 129.6)), QList<Exclusion>{Exclusion::SevereObesity});
    EXPECT_TRUE(AssessmentRules::exclusionsPresent(withBody(180, 129.3)).isEmpty());
    AdmissionAssessment ticked = withBody(170, 70);
    ticked.setExcluded(Exclusion::Pregnancy, true);
    ticked.setExcluded(Exclusion::SecondaryCause, true);
    EXPECT_EQ(AssessmentRules::exclusionsPresent(ticked),
              (QList<Exclusion>{Exclusion::SecondaryCause, Exclusion::Pregnancy}));
}

struct ModeCase {
    const char *name;
    std::optional<int> distance;
    FlagAnswer drives;
    bool comorbidity;
    bool pain;
    StayMode expected;
    int reasons;
};

// Source: clinical reference §8 (HC indicated by distance > 45 min, cannot drive, comorbidities or
// severe resistant pain).
const ModeCase kModeCases[] = {
    {"nothing_known_day_hospital", std::nullopt, FlagAnswer::NotAssessed, false, false, StayMode::DayHospital, 0},
    {"45_minutes_day_hospital", 45, FlagAnswer::Yes, false, false, StayMode::DayHospital, 0},
    {"46_minutes_full", 46, FlagAnswer::Yes, false, false, StayMode::FullHospitalisation, 1},
    {"cannot_drive_full", 20, FlagAnswer::No, false, false, StayMode::FullHospitalisation, 1},
    {"comorbidity_full", 20, FlagAnswer::Yes, true, false, StayMode::FullHospitalisation, 1},
    {"resistant_pain_full", 20, FlagAnswer::Yes, false, true, StayMode::FullHospitalisation, 1},
    {"all_four", 90, FlagAnswer::No, true, true, StayMode::FullHospitalisation, 4},
};

class ModeSuggestions : public ::testing::TestWithParam<ModeCase>
{
};

TEST_P(ModeSuggestions, FromTheReferentialsIndications)
{
    const ModeCase &c = GetParam();
    AdmissionAssessment a;
    a.distanceMinutes = c.distance;
    a.ableToDrive = c.drives;
    a.severeComorbidity = c.comorbidity;
    a.resistantPain = c.pain;
    const ModeSuggestion s = AssessmentRules::suggestMode(a);
    EXPECT_EQ(s.mode, c.expected);
    EXPECT_EQ(s.reasons.size(), c.reasons) << s.reasons.join(QStringLiteral("; ")).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Issue5, ModeSuggestions, ::testing::ValuesIn(kModeCases),
                         [](const auto &test) { return std::string(test.param.name); });

TEST(AssessmentRulesTest, TheReasonsSayWhyInWords)
{
    AdmissionAssessment a;
    a.distanceMinutes = 60;
    a.ableToDrive = FlagAnswer::No;
    EXPECT_EQ(AssessmentRules::suggestMode(a).reasons,
              (QStringList{QStringLiteral("home is 60 minutes from the centre (more than 45)"),
                           QStringLiteral("cannot drive (major functional impact)")}));
}

TEST(AssessmentRulesTest, ARedFlagAnsweredYesStaysAnAlertUntilAnActionIsRecorded)
{
    AdmissionAssessment a;
    a.setRedFlag(RedFlag::Fever, FlagAnswer::Yes);
    a.setRedFlag(RedFlag::CancerHistory, FlagAnswer::Yes);
    a.setRedFlag(RedFlag::WeightLoss, FlagAnswer::No);
    EXPECT_EQ(AssessmentRules::unresolvedRedFlags(a, {}), (QList<RedFlag>{RedFlag::CancerHistory, RedFlag::Fever}));
    RedFlagAction done;
    done.flag = RedFlag::Fever;
    done.action = QStringLiteral("CRP normale, avis infectiologue");
    EXPECT_EQ(AssessmentRules::unresolvedRedFlags(a, {done}), QList<RedFlag>{RedFlag::CancerHistory});
}

TEST(AssessmentRulesTest, OutOfRangeValuesAreRefusedNamingTheFieldAndTheRange)
{
    AdmissionAssessment a;
    a.painRest = 11;
    a.heightCm = 90;
    a.precautions.maxHeartRate = 300;
    a.sickLeaveSince = QDate(2026, 12, 1);
    a.spineSurgeries << SpineSurgery{QString(), QDate(2019, 4, 2)};
    const QList<FieldError> errors = AssessmentRules::check(a, QDate(2026, 11, 22));
    ASSERT_EQ(errors.size(), 5);
    EXPECT_EQ(errors.at(0).field, QStringLiteral("pain_rest"));
    EXPECT_EQ(errors.at(0).message, QStringLiteral("Pain at rest must be between 0 and 10."));
    EXPECT_EQ(errors.at(1).field, QStringLiteral("height_cm"));
    EXPECT_EQ(errors.at(1).message, QStringLiteral("Height must be between 100 and 250 cm."));
    EXPECT_EQ(errors.at(2).field, QStringLiteral("max_heart_rate"));
    EXPECT_EQ(errors.at(2).message, QStringLiteral("Maximum heart rate must be between 60 and 220 beats/min."));
    EXPECT_EQ(errors.at(3).field, QStringLiteral("sick_leave_since"));
    EXPECT_EQ(errors.at(3).message, QStringLiteral("The sick leave cannot start after today (22/11/2026)."));
    EXPECT_EQ(errors.at(4).field, QStringLiteral("spine_surgeries[0]"));
}

TEST(AssessmentRulesTest, SigningNeedsTheReasonAJustifiedExclusionTheModeAndTheOrientation)
{
    AdmissionAssessment a = withBody(180, 130);
    QList<FieldError> errors = AssessmentRules::checkForSigning(a);
    ASSERT_EQ(errors.size(), 4);
    EXPECT_EQ(errors.at(0).field, QStringLiteral("reason"));
    EXPECT_EQ(errors.at(1).field, QStringLiteral("exclusion_justification"));
    EXPECT_EQ(errors.at(1).message, QStringLiteral("An exclusion criterion is present (obesity class III): justify "
                                                   "continuing the stay before signing."));
    EXPECT_EQ(errors.at(2).field, QStringLiteral("chosen_mode"));
    EXPECT_EQ(errors.at(3).field, QStringLiteral("orientation"));
    EXPECT_EQ(errors.at(3).message, QStringLiteral("Choose the orientation before signing: Spine restoration, "
                                                   "Individual, Education, Level 2."));

    a.reason = QStringLiteral("Lombalgie chronique");
    a.exclusionJustification = QStringLiteral("Perte de 12 kg depuis juin, projet validé avec la diététicienne");
    a.chosenMode = StayMode::FullHospitalisation;
    a.orientation = Orientation::SpineRestoration;
    EXPECT_TRUE(AssessmentRules::checkForSigning(a).isEmpty());
}

} // namespace
} // namespace smr
