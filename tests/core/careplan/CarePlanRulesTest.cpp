// CarePlanRules (issue #5 "Personalised care plan"): what a plan may hold, the decree's minimum
// (décret n° 2022-25, REFERENCE §8) and the target value of a goal. Pure: no database. The stay is
// TestStore's (admission 02/11/2026, planned discharge 29/11/2026, full hospitalisation); today
// is 22/11/2026.

#include "core/careplan/CarePlanRules.h"
#include "core/careplan/CarePlanSupport.h"
#include "core/instruments/ScoringSupport.h"
#include "support/Printers.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>

namespace smr {
namespace {

using test::catalog;
using test::validPlan;

const QDate kToday(2026, 11, 22);

Stay theStay()
{
    Stay s;
    s.id = StayId(7);
    s.patientId = PatientId(3);
    s.unitCode = QStringLiteral("locomoteur");
    s.mode = StayMode::FullHospitalisation;
    s.admissionDate = QDate(2026, 11, 2);
    s.plannedDischargeDate = QDate(2026, 11, 29);
    return s;
}

QList<FieldError> check(const CarePlan &plan, const Stay &stay = theStay())
{
    return CarePlanRules::check(CarePlanRules::normalized(plan), stay, catalog(), kToday);
}

QString describe(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << e.field + QStringLiteral(": ") + e.message;
    return lines.join(QLatin1Char('\n'));
}

TEST(CarePlanRulesTest, TheReferencePlanIsValid)
{
    const QList<FieldError> errors = check(validPlan(StayId(7)));
    EXPECT_TRUE(errors.isEmpty()) << describe(errors).toStdString();
}

struct RefusalCase {
    const char *name;
    const char *source;
    std::function<void(CarePlan &)> change;
    const char *field;
    QStringList mentions; // words the message must hold: the field and the allowed values
};

void PrintTo(const RefusalCase &c, std::ostream *os)
{
    *os << c.name;
}

const auto goal0 = [](auto edit) { return [edit](CarePlan &p) { edit(p.goals[0]); }; };

const RefusalCase kRefusals[] = {
    {"NoGoal",
     "Decision: a plan has at least one goal",
     [](CarePlan &p) { p.goals.clear(); },
     "goals",
     {QStringLiteral("at least one goal"), QStringLiteral("return_to_work, spine_parameters")}},
    {"UnknownObjective",
     "REFERENCE §8: the seven objectives",
     goal0([](Goal &g) { g.objective = static_cast<Objective>(99); }),
     "goals[0].objective",
     {QStringLiteral("Goal 1"), QStringLiteral("objective"), QStringLiteral("spine_sparing")}},
    {"UnknownKind",
     "Decision: five kinds of target",
     goal0([](Goal &g) { g.kind = static_cast<TargetKind>(99); }),
     "goals[0].kind",
     {QStringLiteral("kind"), QStringLiteral("relative_change, absolute_change, threshold")}},
    {"MeasuredGoalWithoutInstrument",
     "Decision: a measured goal names its instrument",
     goal0([](Goal &g) { g.instrument.clear(); }),
     "goals[0].instrument",
     {QStringLiteral("instrument is required"), QStringLiteral("tug, 6mwt, berg, dallas, odi, startback")}},
    {"UnknownInstrument",
     "InstrumentCatalog: the six instruments",
     goal0([](Goal &g) { g.instrument = QStringLiteral("sf36"); }),
     "goals[0].instrument",
     {QStringLiteral("\"sf36\""), QStringLiteral("tug, 6mwt, berg, dallas, odi, startback")}},
    {"UnknownMeasure",
     "OswestryInstrument::measures",
     goal0([](Goal &g) { g.measure = QStringLiteral("total"); }),
     "goals[0].measure",
     {QStringLiteral("\"total\""), QStringLiteral("ODI"), QStringLiteral("percent")}},
    {"RelativeWorseningOfOdi",
     "Decision: a goal improves; ODI lower is better (REFERENCE §5)",
     goal0([](Goal &g) { g.value = 30; }),
     "goals[0].value",
     {QStringLiteral("ODI disability"), QStringLiteral("decrease"), QStringLiteral("−100"), QStringLiteral("−30")}},
    {"RelativeBelowMinus100",
     "Decision: a measure cannot fall by more than all of it",
     goal0([](Goal &g) { g.value = -120; }),
     "goals[0].value",
     {QStringLiteral("−100")}},
    {"RelativeZero",
     "Decision: a change of nothing is no goal",
     goal0([](Goal &g) { g.value = 0; }),
     "goals[0].value",
     {QStringLiteral("less than 0")}},
    {"RelativeNotANumber",
     "Decision",
     goal0([](Goal &g) { g.value = std::numeric_limits<double>::quiet_NaN(); }),
     "goals[0].value",
     {QStringLiteral("ODI disability")}},
    {"RelativeIncreaseAbove200",
     "Decision: MaxRelativeIncrease",
     [](CarePlan &p) {
         p.goals[1].kind = TargetKind::RelativeChange;
         p.goals[1].value = 250;
     },
     "goals[1].value",
     {QStringLiteral("Goal 2"), QStringLiteral("6MWT distance"), QStringLiteral("+200")}},
    {"AbsoluteWorseningOfWalk",
     "Decision: a goal improves; 6MWT higher is better (REFERENCE §2)",
     [](CarePlan &p) { p.goals[1].value = -50; },
     "goals[1].value",
     {QStringLiteral("6MWT distance"), QStringLiteral("increase in m"), QStringLiteral("+800")}},
    {"AbsoluteChangeBeyondTheRange",
     "Decision: at most the measure's range (6MWT 0–800 m)",
     [](CarePlan &p) { p.goals[1].value = 900; },
     "goals[1].value",
     {QStringLiteral("+800")}},
    {"AbsoluteTugMustDecrease",
     "Decision: TUG lower is better (REFERENCE §1)",
     goal0([](Goal &g) {
         g.kind = TargetKind::AbsoluteChange;
         g.instrument = QStringLiteral("tug");
         g.measure = QStringLiteral("seconds");
         g.value = 2;
     }),
     "goals[0].value",
     {QStringLiteral("TUG time"), QStringLiteral("decrease in s"), QStringLiteral("−60")}},
    {"BergThresholdAboveTheScale",
     "REFERENCE §3: Berg 0–56",
     [](CarePlan &p) { p.goals[2].value = 60; },
     "goals[2].value",
     {QStringLiteral("Berg total"), QStringLiteral("from 0 to 56 points")}},
    {"DateGoalWithoutDate",
     "Decision: a date goal has its date",
     [](CarePlan &p) { p.goals[3].targetDate = {}; },
     "goals[3].target_date",
     {QStringLiteral("Goal 4"), QStringLiteral("target date is required")}},
    {"DateGoalBeforeAdmission",
     "Decision: from the admission to a year after it",
     [](CarePlan &p) { p.goals[3].targetDate = QDate(2026, 10, 30); },
     "goals[3].target_date",
     {QStringLiteral("02/11/2026"), QStringLiteral("02/11/2027")}},
    {"DateGoalMoreThanAYearAfter",
     "Decision: MaxTargetDaysAfterAdmission",
     [](CarePlan &p) { p.goals[3].targetDate = QDate(2027, 11, 3); },
     "goals[3].target_date",
     {QStringLiteral("02/11/2027")}},
    {"UnmeasuredGoalWithoutText",
     "Decision: an unmeasured goal is described",
     [](CarePlan &p) { p.goals[4].text = QStringLiteral("   "); },
     "goals[4].text",
     {QStringLiteral("Goal 5"), QStringLiteral("text is required")}},
    {"TextTooLong",
     "Decision: MaxTextLength",
     goal0([](Goal &g) { g.text = QString(501, QLatin1Char('x')); }),
     "goals[0].text",
     {QStringLiteral("at most 500 characters")}},
    {"ReviewAfterThePlannedDischarge",
     "Brief: review dates within the stay",
     goal0([](Goal &g) { g.reviewDate = QDate(2026, 11, 30); }),
     "goals[0].review_date",
     {QStringLiteral("review date"), QStringLiteral("02/11/2026"), QStringLiteral("29/11/2026")}},
    {"ReviewBeforeAdmission",
     "Brief: review dates within the stay",
     goal0([](Goal &g) { g.reviewDate = QDate(2026, 11, 1); }),
     "goals[0].review_date",
     {QStringLiteral("within the stay")}},
    {"AchievedInTheFuture",
     "Decision: an achievement is dated at the latest today",
     [](CarePlan &p) { p.goals[4].achievedOn = QDate(2026, 11, 23); },
     "goals[4].achieved_on",
     {QStringLiteral("02/11/2026"), QStringLiteral("22/11/2026")}},
    {"NoWeeks",
     "Brief: 1–12 weeks",
     [](CarePlan &p) { p.plannedWeeks = 0; },
     "planned_weeks",
     {QStringLiteral("planned duration"), QStringLiteral("from 1 to 12 weeks")}},
    {"ThirteenWeeks",
     "Brief: 1–12 weeks",
     [](CarePlan &p) { p.plannedWeeks = 13; },
     "planned_weeks",
     {QStringLiteral("from 1 to 12 weeks")}},
    {"NegativeSessions",
     "Brief: 0–20 sessions a week",
     [](CarePlan &p) { p.disciplines[0].individualPerWeek = -1; },
     "disciplines[0].individual_per_week",
     {QStringLiteral("Physiotherapy"), QStringLiteral("from 0 to 20")}},
    {"TwentyOneSessions",
     "Brief: 0–20 sessions a week",
     [](CarePlan &p) { p.disciplines[1].collectivePerWeek = 21; },
     "disciplines[1].collective_per_week",
     {QStringLiteral("Occupational therapy"), QStringLiteral("collective"), QStringLiteral("from 0 to 20")}},
    {"UnknownDiscipline",
     "Decision: nine disciplines",
     [](CarePlan &p) { p.disciplines[0].discipline = static_cast<Discipline>(99); },
     "disciplines[0].discipline",
     {QStringLiteral("physiotherapy, occupational_therapy")}},
    {"DisciplineTwice",
     "Brief: each discipline at most once",
     [](CarePlan &p) {
         p.disciplines << DisciplinePlan{Discipline::Physiotherapy, 1, 0};
     },
     "disciplines",
     {QStringLiteral("physiotherapy"), QStringLiteral("more than once")}},
    {"AgreedInTheFuture",
     "Decision: the agreement is dated at the latest today",
     [](CarePlan &p) { p.agreedOn = QDate(2026, 11, 23); },
     "agreed_on",
     {QStringLiteral("agreed"), QStringLiteral("22/11/2026")}},
    {"AgreedBeforeAdmission",
     "Decision: the agreement is given during the stay",
     [](CarePlan &p) { p.agreedOn = QDate(2026, 11, 1); },
     "agreed_on",
     {QStringLiteral("02/11/2026")}},
    {"NextReviewAfterTheStay",
     "Brief: review dates within the stay",
     [](CarePlan &p) { p.nextReview = QDate(2026, 12, 1); },
     "next_review",
     {QStringLiteral("next review"), QStringLiteral("29/11/2026")}},
    {"ShortfallReasonTooLong",
     "Decision: MaxTextLength",
     [](CarePlan &p) { p.shortfallReason = QString(501, QLatin1Char('x')); },
     "shortfall_reason",
     {QStringLiteral("reason for the shortfall"), QStringLiteral("500")}},
};

class CarePlanRefusal : public ::testing::TestWithParam<RefusalCase>
{
};

TEST_P(CarePlanRefusal, NamesTheFieldAndTheAllowedValues)
{
    const RefusalCase &c = GetParam();
    SCOPED_TRACE(c.source);
    CarePlan plan = validPlan(StayId(7));
    c.change(plan);
    const QList<FieldError> errors = check(plan);
    ASSERT_EQ(errors.size(), 1) << describe(errors).toStdString();
    EXPECT_EQ(errors.first().field, QString::fromLatin1(c.field));
    for (const QString &word : c.mentions)
        EXPECT_TRUE(errors.first().message.contains(word))
            << errors.first().message.toStdString() << " lacks " << word.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Issue5, CarePlanRefusal, ::testing::ValuesIn(kRefusals),
                         [](const auto &c) { return std::string(c.param.name); });

// Brief: "admission .. planned discharge or admission + plannedWeeks".
TEST(CarePlanRulesTest, WithoutAPlannedDischargeTheStayLastsThePlannedWeeks)
{
    Stay stay = theStay();
    stay.plannedDischargeDate = QDate();
    CarePlan plan = validPlan(stay.id);
    plan.goals[0].reviewDate = QDate(2026, 12, 7); // admission + 5 weeks
    plan.plannedWeeks = 5;
    EXPECT_TRUE(check(plan, stay).isEmpty()) << describe(check(plan, stay)).toStdString();
    plan.plannedWeeks = 4;
    const QList<FieldError> errors = check(plan, stay);
    ASSERT_EQ(errors.size(), 1) << describe(errors).toStdString();
    EXPECT_EQ(errors.first().field, QStringLiteral("goals[0].review_date"));
    EXPECT_TRUE(errors.first().message.contains(QStringLiteral("30/11/2026")));
}

// Decision: the fields a goal's kind does not use are cleared, not refused.
TEST(CarePlanRulesTest, NormalizingClearsWhatTheKindDoesNotUse)
{
    CarePlan plan = validPlan(StayId(7));
    plan.goals[0].achievedOn = QDate(2026, 11, 10);
    plan.goals[0].targetDate = QDate(2026, 12, 10);
    plan.goals[0].instrument = QStringLiteral(" ODI ");
    plan.goals[4].instrument = QStringLiteral("odi");
    plan.goals[4].measure = QStringLiteral("percent");
    plan.goals[4].value = 12;
    plan.shortfallReason = QStringLiteral("  ");
    const CarePlan n = CarePlanRules::normalized(plan);
    EXPECT_FALSE(n.goals[0].achievedOn.isValid());
    EXPECT_FALSE(n.goals[0].targetDate.isValid());
    EXPECT_EQ(n.goals[0].instrument, QStringLiteral("odi"));
    EXPECT_TRUE(n.goals[4].instrument.isEmpty());
    EXPECT_TRUE(n.goals[4].measure.isEmpty());
    EXPECT_EQ(n.goals[4].value, 0);
    EXPECT_EQ(n.goals[3].targetDate, QDate(2027, 1, 4));
    EXPECT_TRUE(n.shortfallReason.isEmpty());
}

// --- Décret n° 2022-25 (REFERENCE §8) ---------------------------------------------------------

using Rule = CarePlanRules::Shortfall::Rule;

struct DecreeCase {
    const char *name;
    const char *source;
    StayMode mode;
    QList<DisciplinePlan> disciplines;
    QList<Rule> expected;
};

void PrintTo(const DecreeCase &c, std::ostream *os)
{
    *os << c.name;
}

const DecreeCase kDecreeCases[] = {
    {"FullHospitalisationComplete",
     "décret n° 2022-25: 3 therapies, 2 sequences a working day, one individual",
     StayMode::FullHospitalisation,
     {{Discipline::Physiotherapy, 3, 2}, {Discipline::OccupationalTherapy, 1, 2}, {Discipline::Psychology, 1, 1}},
     {}},
    {"DayHospitalThreeTherapiesOnce",
     "décret n° 2022-25: only the three therapies apply to day hospital",
     StayMode::DayHospital,
     {{Discipline::Physiotherapy, 1, 0}, {Discipline::Psychomotricity, 0, 1}, {Discipline::Orthoprosthetics, 1, 0}},
     {}},
    {"DayHospitalTwoTherapies",
     "décret n° 2022-25: at least three therapies",
     StayMode::DayHospital,
     {{Discipline::Physiotherapy, 4, 0}, {Discipline::Psychology, 1, 0}, {Discipline::Nursing, 5, 0}},
     {Rule::Therapies}},
    {"NursingSocialWorkDieteticsAreNotTherapies",
     "décret n° 2022-25: the six therapies",
     StayMode::DayHospital,
     {{Discipline::Physiotherapy, 2, 0},
      {Discipline::Nursing, 2, 0},
      {Discipline::SocialWork, 1, 0},
      {Discipline::Dietetics, 1, 0}},
     {Rule::Therapies}},
    {"ATherapyWithoutSessionDoesNotCount",
     "Decision: a discipline counts with ≥ 1 session a week",
     StayMode::DayHospital,
     {{Discipline::Physiotherapy, 2, 0}, {Discipline::OccupationalTherapy, 0, 0}, {Discipline::Psychology, 1, 0}},
     {Rule::Therapies}},
    {"NineSessionsAWeek",
     "Decision: 2 sequences × 5 working days = 10 sessions a week",
     StayMode::FullHospitalisation,
     {{Discipline::Physiotherapy, 5, 1}, {Discipline::AdaptedPhysicalActivity, 0, 2}, {Discipline::Psychology, 0, 1}},
     {Rule::SessionsPerWeek}},
    {"TenSessionsFourIndividual",
     "Decision: one individual sequence × 5 working days",
     StayMode::FullHospitalisation,
     {{Discipline::Physiotherapy, 3, 3}, {Discipline::AdaptedPhysicalActivity, 0, 3}, {Discipline::Psychology, 1, 0}},
     {Rule::IndividualPerWeek}},
    {"TenSessionsFiveIndividualIsEnough",
     "Decision: the borders 10 and 5 are met",
     StayMode::FullHospitalisation,
     {{Discipline::Physiotherapy, 4, 3}, {Discipline::AdaptedPhysicalActivity, 0, 2}, {Discipline::Psychology, 1, 0}},
     {}},
    {"NursingSessionsCountAsSequences",
     "Decision: every discipline's sessions are treatment sequences",
     StayMode::FullHospitalisation,
     {{Discipline::Physiotherapy, 1, 0},
      {Discipline::OccupationalTherapy, 1, 0},
      {Discipline::Psychology, 1, 0},
      {Discipline::Nursing, 2, 5}},
     {}},
    {"EmptyFullHospitalisation",
     "décret n° 2022-25: every rule",
     StayMode::FullHospitalisation,
     {},
     {Rule::Therapies, Rule::SessionsPerWeek, Rule::IndividualPerWeek}},
    {"EmptyDayHospital",
     "décret n° 2022-25: day hospital, the three therapies only",
     StayMode::DayHospital,
     {},
     {Rule::Therapies}},
};

class DecreeMinimum : public ::testing::TestWithParam<DecreeCase>
{
};

TEST_P(DecreeMinimum, ListsWhatIsShort)
{
    SCOPED_TRACE(GetParam().source);
    QList<Rule> rules;
    for (const CarePlanRules::Shortfall &s : CarePlanRules::decreeShortfalls(GetParam().disciplines, GetParam().mode)) {
        rules << s.rule;
        EXPECT_FALSE(s.text.isEmpty());
    }
    EXPECT_EQ(rules, GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Decree2022_25, DecreeMinimum, ::testing::ValuesIn(kDecreeCases),
                         [](const auto &c) { return std::string(c.param.name); });

// décret n° 2022-25: the sentences say what is planned and what is needed.
TEST(CarePlanRulesTest, ShortfallSentencesSayWhatIsPlannedAndNeeded)
{
    const QList<CarePlanRules::Shortfall> s = CarePlanRules::decreeShortfalls(
        {{Discipline::Physiotherapy, 3, 3}, {Discipline::Psychology, 1, 0}}, StayMode::FullHospitalisation);
    ASSERT_EQ(s.size(), 3);
    EXPECT_EQ(s[0].text, QStringLiteral("Therapies: 2 planned (physiotherapy, psychology), at least 3 needed among "
                                        "physiotherapy, occupational therapy, orthoprosthetics, psychomotricity, "
                                        "psychology, adapted physical activity."));
    EXPECT_EQ(s[1].text, QStringLiteral("Sessions a week in full hospitalisation: 7 planned, at least 10 needed (two "
                                        "treatment sequences each working day)."));
    EXPECT_EQ(s[2].text, QStringLiteral("Individual sessions a week in full hospitalisation: 4 planned, at least 5 "
                                        "needed (one individual sequence each working day)."));
    EXPECT_EQ(CarePlanRules::decreeShortfalls({}, StayMode::DayHospital).first().text,
              QStringLiteral("Therapies: 0 planned (none), at least 3 needed among physiotherapy, occupational "
                             "therapy, orthoprosthetics, psychomotricity, psychology, adapted physical activity."));
}

// Brief: a plan that falls short is saved only with a reason; the refusal names the field and
// lists what is missing.
TEST(CarePlanRulesTest, AShortPlanNeedsItsReason)
{
    CarePlan plan = validPlan(StayId(7));
    plan.disciplines = {{Discipline::Physiotherapy, 4, 0}, {Discipline::Psychology, 1, 0}};
    const std::optional<FieldError> refusal = CarePlanRules::checkShortfallReason(plan, StayMode::FullHospitalisation);
    ASSERT_TRUE(refusal);
    EXPECT_EQ(refusal->field, QStringLiteral("shortfall_reason"));
    for (const QString &word :
         {QStringLiteral("décret n° 2022-25"), QStringLiteral("reason for the shortfall"),
          QStringLiteral("Therapies: 2 planned"), QStringLiteral("Sessions a week in full hospitalisation: 5 planned")})
        EXPECT_TRUE(refusal->message.contains(word))
            << refusal->message.toStdString() << " lacks " << word.toStdString();
    // 5 individual sessions a week are enough: not listed.
    EXPECT_FALSE(refusal->message.contains(QStringLiteral("Individual sessions"))) << refusal->message.toStdString();

    plan.shortfallReason = QStringLiteral("Occupational therapist on leave until 30/11");
    EXPECT_FALSE(CarePlanRules::checkShortfallReason(plan, StayMode::FullHospitalisation));
    EXPECT_FALSE(CarePlanRules::checkShortfallReason(validPlan(StayId(7)), StayMode::FullHospitalisation));
}

// --- Target values ------------------------------------------------------------------------------

struct TargetCase {
    const char *name;
    const char *source;
    TargetKind kind;
    double value;
    double baseline;
    std::optional<double> target;
};

void PrintTo(const TargetCase &c, std::ostream *os)
{
    *os << c.name;
}

const TargetCase kTargets[] = {
    {"OdiMinus30Percent", "Brief: ODI 48 % with −30 % → 33.6", TargetKind::RelativeChange, -30, 48, 33.6},
    {"WalkPlus50Metres", "Brief: 6MWT 320 m + 50 → 370", TargetKind::AbsoluteChange, 50, 320, 370},
    {"BergThreshold45", "Brief: Berg threshold 45 → 45", TargetKind::Threshold, 45, 38, 45},
    {"TugMinus20Percent", "Decision: relative = baseline × (1 + value / 100)", TargetKind::RelativeChange, -20, 15, 12},
    {"WalkPlus10Percent", "Decision: relative = baseline × (1 + value / 100)", TargetKind::RelativeChange, 10, 400,
     440},
    {"DateHasNoValue", "Decision", TargetKind::Date, 0, 10, std::nullopt},
    {"UnmeasuredHasNoValue", "Decision", TargetKind::Unmeasured, 0, 10, std::nullopt},
};

class TargetValue : public ::testing::TestWithParam<TargetCase>
{
};

TEST_P(TargetValue, FromTheBaseline)
{
    SCOPED_TRACE(GetParam().source);
    Goal g;
    g.kind = GetParam().kind;
    g.value = GetParam().value;
    const std::optional<double> target = CarePlanRules::targetValue(g, GetParam().baseline);
    ASSERT_EQ(target.has_value(), GetParam().target.has_value());
    if (target) {
        EXPECT_NEAR(*target, *GetParam().target, 1e-9);
    }
}

INSTANTIATE_TEST_SUITE_P(Issue5, TargetValue, ::testing::ValuesIn(kTargets),
                         [](const auto &c) { return std::string(c.param.name); });

} // namespace
} // namespace smr
