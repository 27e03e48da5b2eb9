// OverviewService (issue #6 "Patient overview"): a card per instrument with the latest result, its
// reading and its change since admission and since the previous result, with the mark of the
// MCID/MDC (clinical reference §1–§6); the alerts (red flags, exclusions, missing baseline tests,
// goals off track, discharge within 7 days, no result for over 14 days); the care plan's goals.
// The clock stands on 22/11/2026; the stay runs from 02/11/2026 to 29/11/2026 (TestStore).

#include "core/overview/OverviewService.h"
#include "core/careplan/CarePlanSupport.h"
#include "support/LongHistory.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;

class OverviewServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        patient = db.addPatient();
        stay = *db->stays().open(TestStore::stay(patient));
        db.signInAs(db.addUser(QStringLiteral("vernet"), {Role::Physician}, QStringLiteral("Dr Vernet")));
    }

    void record(const QString &instrument, const QDate &day, const QList<int> &items)
    {
        const Result<TestResult> r = db->results().record(TestStore::questionnaire(stay, instrument, day, items));
        ASSERT_TRUE(r) << r.failure().text().toStdString();
    }

    StayOverview overview()
    {
        const Result<StayOverview> o = db->overview().overview(stay);
        EXPECT_TRUE(o) << (o ? std::string() : o.failure().text().toStdString());
        return o ? *o : StayOverview();
    }

    static const InstrumentCard &card(const StayOverview &o, const char *instrument)
    {
        for (const InstrumentCard &c : o.cards)
            if (c.instrument == QLatin1String(instrument))
                return c;
        static const InstrumentCard none;
        ADD_FAILURE() << "no card for " << instrument;
        return none;
    }

    static QStringList texts(const StayOverview &o, OverviewAlert::Kind kind)
    {
        QStringList out;
        for (const OverviewAlert &a : o.alerts)
            if (a.kind == kind)
                out << a.text;
        return out;
    }

    TestStore db;
    PatientId patient;
    StayId stay;
};

// One card per instrument of the catalog, in its order, whether measured or not.
TEST_F(OverviewServiceTest, EveryInstrumentHasItsCardInTheCatalogsOrder)
{
    const StayOverview o = overview();
    QStringList ids;
    for (const InstrumentCard &c : o.cards) {
        ids << c.instrument;
        EXPECT_EQ(c.resultCount, 0);
        EXPECT_FALSE(c.latest);
    }
    EXPECT_EQ(ids, db->instruments().ids());
}

// REFERENCE §3: Berg MDC 7 points from a baseline of 25–34, 5 from 35–44. 30 → 36 → 41: +11 since
// admission (beyond 7), +5 since the previous (baseline 36: MDC 5, reached).
TEST_F(OverviewServiceTest, TheCardReadsTheLatestAndItsChanges)
{
    record(QStringLiteral("berg"), QDate(2026, 11, 2), TestStore::bergItems(30));
    record(QStringLiteral("berg"), QDate(2026, 11, 9), TestStore::bergItems(36));
    record(QStringLiteral("berg"), QDate(2026, 11, 16), TestStore::bergItems(41));
    const StayOverview o = overview();
    const InstrumentCard &berg = card(o, "berg");
    EXPECT_EQ(berg.resultCount, 3);
    ASSERT_TRUE(berg.latest);
    EXPECT_EQ(berg.latest->primaryScore, 41);
    EXPECT_EQ(berg.assessment.value, QStringLiteral("41/56"));
    EXPECT_EQ(berg.assessment.severity, Assessment::Severity::Caution) << "below 45: fall risk";
    ASSERT_TRUE(berg.sinceAdmission);
    EXPECT_EQ(berg.sinceAdmission->from, 30);
    EXPECT_EQ(berg.sinceAdmission->difference, 11);
    EXPECT_EQ(berg.sinceAdmission->trend, MeasureChange::Trend::Better);
    EXPECT_EQ(berg.sinceAdmission->beyondThreshold, true);
    ASSERT_TRUE(berg.sincePrevious);
    EXPECT_EQ(berg.sincePrevious->from, 36);
    EXPECT_EQ(berg.sincePrevious->difference, 5);
    EXPECT_EQ(berg.sincePrevious->beyondThreshold, true);
    EXPECT_TRUE(berg.reachesThreshold());
}

// With two results the change since the previous is the change since admission: given once.
TEST_F(OverviewServiceTest, TwoResultsGiveOneChange)
{
    record(QStringLiteral("berg"), QDate(2026, 11, 2), TestStore::bergItems(46));
    record(QStringLiteral("berg"), QDate(2026, 11, 16), TestStore::bergItems(48));
    const StayOverview o = overview();
    const InstrumentCard &berg = card(o, "berg");
    ASSERT_TRUE(berg.sinceAdmission);
    EXPECT_EQ(berg.sinceAdmission->difference, 2);
    EXPECT_EQ(berg.sinceAdmission->beyondThreshold, false) << "MDC 4 from a baseline of 45–56";
    EXPECT_FALSE(berg.sincePrevious);
    EXPECT_FALSE(berg.reachesThreshold());
}

TEST_F(OverviewServiceTest, MissingBaselineTestsAreListedInOneAlert)
{
    record(QStringLiteral("berg"), QDate(2026, 11, 20), TestStore::bergItems(46));
    const QStringList missing = texts(overview(), OverviewAlert::Kind::MissingBaseline);
    ASSERT_EQ(missing.size(), 1);
    EXPECT_EQ(missing.first(),
              QStringLiteral("Baseline tests with no result in this stay: TUG, 6MWT, Dallas, ODI, STarT Back."));
}

TEST_F(OverviewServiceTest, RedFlagsAndExclusionsComeFirst)
{
    AdmissionAssessment a = *db->assessments().newDraft(stay);
    a.redFlags[size_t(RedFlag::MajorTrauma)] = FlagAnswer::Yes;
    a.exclusions[size_t(Exclusion::Pregnancy)] = true;
    ASSERT_TRUE(db->assessments().save(a));
    const StayOverview o = overview();
    ASSERT_GE(o.alerts.size(), 3);
    EXPECT_EQ(o.alerts.at(0).kind, OverviewAlert::Kind::RedFlag);
    EXPECT_EQ(o.alerts.at(0).severity, Assessment::Severity::Bad);
    EXPECT_EQ(o.alerts.at(0).text,
              QStringLiteral("Red flag with no action recorded: %1.").arg(kRedFlags.label(RedFlag::MajorTrauma)));
    EXPECT_EQ(o.alerts.at(1).kind, OverviewAlert::Kind::Exclusion);
    EXPECT_EQ(o.alerts.at(1).severity, Assessment::Severity::Bad);
    EXPECT_TRUE(o.alerts.at(1).text.startsWith(QStringLiteral("Exclusion criterion without justification: ")));

    // Justified, the exclusion stays in view as a caution; a recorded action clears the red flag.
    a = **db->assessments().current(stay);
    a.exclusionJustification = QStringLiteral("Grossesse connue, programme adapté");
    ASSERT_TRUE(db->assessments().save(a));
    ASSERT_TRUE(
        db->assessments().recordRedFlagAction(stay, RedFlag::MajorTrauma, QStringLiteral("Radiographie normale")));
    const StayOverview after = overview();
    EXPECT_TRUE(texts(after, OverviewAlert::Kind::RedFlag).isEmpty());
    const QStringList exclusions = texts(after, OverviewAlert::Kind::Exclusion);
    ASSERT_EQ(exclusions.size(), 1);
    EXPECT_TRUE(exclusions.first().startsWith(QStringLiteral("Exclusion criterion, justified: ")));
}

// ODI 48 % at admission, still 46 % on 20/11 with a goal of −30 % by 24/11: off track (GoalProgress).
TEST_F(OverviewServiceTest, AGoalOffTrackIsAnAlertAndTheGoalsAreGiven)
{
    record(QStringLiteral("odi"), QDate(2026, 11, 2), {3, 3, 3, 3, 2, 2, 2, 2, 2, 2});
    record(QStringLiteral("odi"), QDate(2026, 11, 20), {3, 3, 3, 2, 2, 2, 2, 2, 2, 2});
    CarePlan plan = test::validPlan(stay);
    plan.goals = {plan.goals.first()}; // ODI −30 %
    plan.goals[0].reviewDate = QDate(2026, 11, 24);
    ASSERT_TRUE(db->carePlans().save(plan));
    const StayOverview o = overview();
    EXPECT_TRUE(o.hasCarePlan);
    ASSERT_EQ(o.goals.size(), 1);
    EXPECT_EQ(o.goals.first().progress.status, GoalProgress::Status::OffTrack);
    const QStringList off = texts(o, OverviewAlert::Kind::GoalOffTrack);
    ASSERT_EQ(off.size(), 1);
    EXPECT_TRUE(off.first().startsWith(QStringLiteral("Goal off track: Pain management — ODI")))
        << off.first().toStdString();
}

TEST_F(OverviewServiceTest, WithoutPlanThereAreNoGoals)
{
    const StayOverview o = overview();
    EXPECT_FALSE(o.hasCarePlan);
    EXPECT_TRUE(o.goals.isEmpty());
}

// The earlier stays do not count: the cards read the stay shown (its first result is its admission).
TEST(OverviewHistoryTest, EarlierStaysDoNotCount)
{
    TestStore db;
    db.signInAs(db.addUser(QStringLiteral("vernet"), {Role::Physician}, QStringLiteral("Dr Vernet")));
    const test::LongHistory history = test::addLongHistory(db, 2);
    EXPECT_EQ(history.stays, 5);
    const QList<TestResult> current = *db->results().current(history.current);
    ASSERT_FALSE(current.isEmpty());
    const StayOverview o = *db->overview().overview(history.current);
    int counted = 0;
    for (const InstrumentCard &c : o.cards) {
        counted += c.resultCount;
        if (c.latest) {
            EXPECT_EQ(c.latest->stayId, history.current);
        }
    }
    EXPECT_EQ(counted, current.size());
}

TEST_F(OverviewServiceTest, AnUnknownStayIsNotFound)
{
    const Result<StayOverview> o = db->overview().overview(StayId(999));
    ASSERT_FALSE(o);
    EXPECT_EQ(o.failure().kind(), Failure::Kind::NotFound);
    EXPECT_EQ(o.failure().messageFor(QStringLiteral("stay")), QStringLiteral("No stay has the identifier 999."));
}

// Decision (OverviewService.h): time alerts for a stay in progress only; discharge within 7 days
// (or passed), an instrument measured in the stay with nothing for more than 14 days.
struct TimeCase {
    const char *name;
    StayStatus status;
    QDate plannedDischarge;
    QDate lastBerg; // invalid: no Berg
    QStringList expected;
};

class OverviewTimeAlerts : public ::testing::TestWithParam<TimeCase>
{
};

TEST_P(OverviewTimeAlerts, AreRaisedOnTheirDays)
{
    const TimeCase &c = GetParam();
    Stay stay;
    stay.status = c.status;
    stay.plannedDischargeDate = c.plannedDischarge;
    QList<InstrumentCard> cards;
    for (const char *id : {"tug", "berg"}) {
        InstrumentCard card;
        card.instrument = QLatin1String(id);
        card.title = QLatin1String(id).toString().toUpper();
        if (card.instrument == QLatin1String("tug") || c.lastBerg.isValid()) {
            TestResult r;
            r.performedAt =
                QDateTime(card.instrument == QLatin1String("tug") ? QDate(2026, 11, 20) : c.lastBerg, QTime(10, 0));
            card.latest = r;
            card.resultCount = 1;
        }
        cards << card;
    }
    QStringList texts;
    for (const OverviewAlert &a : OverviewService::timeAlerts(stay, cards, TestStore::today()))
        texts << a.text;
    EXPECT_EQ(texts, c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Overview, OverviewTimeAlerts,
    ::testing::Values(
        TimeCase{"NothingDue", StayStatus::Active, QDate(2026, 12, 10), QDate(2026, 11, 8), {}},
        TimeCase{"FourteenDaysIsNotStale", StayStatus::Active, QDate(), QDate(2026, 11, 8), {}},
        TimeCase{"FifteenDaysIsStale",
                 StayStatus::Active,
                 QDate(),
                 QDate(2026, 11, 7),
                 {QStringLiteral("BERG: no result for 15 days (last on 07/11/2026).")}},
        TimeCase{"MissingBaseline",
                 StayStatus::Active,
                 QDate(),
                 QDate(),
                 {QStringLiteral("Baseline tests with no result in this stay: BERG.")}},
        TimeCase{"DischargeInSevenDays",
                 StayStatus::Active,
                 QDate(2026, 11, 29),
                 QDate(2026, 11, 20),
                 {QStringLiteral("Discharge planned on 29/11/2026, in 7 days.")}},
        TimeCase{"DischargeInEightDaysIsNotSoon", StayStatus::Active, QDate(2026, 11, 30), QDate(2026, 11, 20), {}},
        TimeCase{"DischargeToday",
                 StayStatus::Active,
                 QDate(2026, 11, 22),
                 QDate(2026, 11, 20),
                 {QStringLiteral("Discharge planned today (22/11/2026).")}},
        TimeCase{"DischargePassed",
                 StayStatus::Active,
                 QDate(2026, 11, 21),
                 QDate(2026, 11, 20),
                 {QStringLiteral("The planned discharge (21/11/2026) has passed and the stay is still in progress.")}},
        TimeCase{"PreAdmissionHasNone", StayStatus::PreAdmission, QDate(2026, 11, 29), QDate(), {}},
        TimeCase{"DischargedHasNone", StayStatus::Discharged, QDate(2026, 11, 29), QDate(2026, 11, 1), {}}),
    [](const auto &test) { return std::string(test.param.name); });

} // namespace
} // namespace smr
