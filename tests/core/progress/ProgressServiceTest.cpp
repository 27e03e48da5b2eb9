// ProgressService (issue #6, charts): what a chart of a patient shows, read from the database —
// the stay's points and the earlier stays' apart, the stays' spans, the reference's lines, the
// MCID/MDC band around the stay's first result, the care plan's goals, the Dallas dimensions and
// square, the small multiples, and the refusals. The clock stands on 22/11/2026 (TestStore); the
// patient is DUPONT Marie, born 12/03/1956 (70 years old in November 2026), with an earlier stay
// in March 2026.

#include "core/progress/ProgressService.h"
#include "core/careplan/CarePlan.h"
#include "core/careplan/CarePlanSupport.h"
#include "core/i18n/Language.h"
#include "core/instruments/TugInstrument.h"
#include "core/progress/ChartBuilder.h"
#include "core/progress/ProgressSupport.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

namespace p = test::progress;
using test::TestStore;

QList<double> valuesOf(const ChartSeries &s)
{
    QList<double> out;
    for (const ChartPoint &point : s.points)
        out << point.value;
    return out;
}

QStringList labelsOf(const ChartSeries &s)
{
    QStringList out;
    for (const ChartPoint &point : s.points)
        out << point.label;
    return out;
}

class ProgressServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        patient = db.addPatient();
        Stay march = TestStore::stay(patient);
        march.admissionDate = QDate(2026, 3, 2);
        march.plannedDischargeDate = QDate(2026, 3, 27);
        earlier = *db->stays().open(march);
        // The earlier stay: ODI 60 % then 50 %, one 6-minute walk.
        record(earlier, "odi", QDate(2026, 3, 3), p::odi(30));
        record(earlier, "odi", QDate(2026, 3, 26), p::odi(25));
        record(earlier, "6mwt", QDate(2026, 3, 4), p::walk(350));
        ASSERT_TRUE(db->stays().close(earlier, QDate(2026, 3, 27)));
        stay = *db->stays().open(TestStore::stay(patient)); // 02/11/2026 → 29/11/2026
    }

    TestResult record(StayId s, const char *instrument, const QDate &day, const QJsonObject &answers,
                      const QString &by = QStringLiteral("Test"), const QString &remarks = {})
    {
        const Result<TestResult> saved = db->results().record(p::result(s, instrument, day, answers, by, remarks));
        EXPECT_TRUE(saved) << (saved ? std::string() : saved.failure().text().toStdString());
        return saved ? *saved : TestResult();
    }

    ProgressChart chart(StayId s, const char *instrument, const char *measure)
    {
        const Result<ProgressChart> c =
            db->progress().chart(s, QString::fromLatin1(instrument), QString::fromLatin1(measure));
        EXPECT_TRUE(c) << (c ? std::string() : c.failure().text().toStdString());
        return c ? *c : ProgressChart();
    }

    static std::optional<ValueBand> changeBand(const ProgressChart &c)
    {
        for (const ValueBand &b : c.bands) {
            if (b.kind == ValueBand::Kind::ChangeThreshold)
                return b;
        }
        return std::nullopt;
    }

    static QList<ReferenceLine> goals(const ProgressChart &c)
    {
        QList<ReferenceLine> out;
        for (const ReferenceLine &l : c.lines) {
            if (l.kind == ReferenceLine::Kind::Goal)
                out << l;
        }
        return out;
    }

    TestStore db;
    PatientId patient;
    StayId earlier;
    StayId stay;
};

// Issue #6: "one chart per instrument over the stay (and earlier stays, shaded differently): date
// on x, score on y, points labelled, tooltips with date, assessor and remarks".
TEST_F(ProgressServiceTest, SeriesHoldTheStayAndTheEarlierStaysApart)
{
    const TestResult first =
        record(stay, "odi", QDate(2026, 11, 3), p::odi(24), QStringLiteral("M. Kiné"), QStringLiteral("Morning pain"));
    record(stay, "odi", QDate(2026, 11, 20), p::odi(15)); // recorded out of order: the chart sorts by time
    record(stay, "odi", QDate(2026, 11, 10), p::odi(20));

    const ProgressChart c = chart(stay, "odi", "percent");
    EXPECT_EQ(c.instrument, QStringLiteral("odi"));
    EXPECT_EQ(c.measureKey, QStringLiteral("percent"));
    EXPECT_EQ(c.title, QStringLiteral("ODI — Disability"));
    EXPECT_EQ(c.unit, QStringLiteral("%"));
    EXPECT_EQ(c.direction, Measure::Direction::LowerIsBetter);
    EXPECT_EQ(c.decimals, 1);
    EXPECT_TRUE(c.emptyText.isEmpty());

    ASSERT_EQ(c.series.size(), 2);
    const ChartSeries &current = c.series.at(0);
    EXPECT_EQ(current.role, ChartSeries::Role::CurrentStay);
    EXPECT_EQ(current.name, QStringLiteral("Current stay"));
    EXPECT_EQ(current.measureKey, QStringLiteral("percent"));
    EXPECT_EQ(valuesOf(current), (QList<double>{48, 40, 30}));
    EXPECT_EQ(labelsOf(current), (QStringList{QStringLiteral("48.0"), QStringLiteral("40.0"), QStringLiteral("30.0")}));
    const ChartPoint &point = current.points.first();
    EXPECT_EQ(point.at, QDateTime(QDate(2026, 11, 3), QTime(10, 0)));
    EXPECT_EQ(point.assessor, QStringLiteral("M. Kiné"));
    EXPECT_EQ(point.remarks, QStringLiteral("Morning pain"));
    EXPECT_EQ(point.stay, stay);
    EXPECT_EQ(point.result, first.id);
    EXPECT_EQ(current.points.at(1).at.date(), QDate(2026, 11, 10));

    const ChartSeries &others = c.series.at(1);
    EXPECT_EQ(others.role, ChartSeries::Role::EarlierStays);
    EXPECT_EQ(others.name, QStringLiteral("Earlier stays"));
    EXPECT_EQ(valuesOf(others), (QList<double>{60, 50}));
    EXPECT_EQ(others.points.first().stay, earlier);

    // The stays with points, oldest first; a stay ends at its discharge, else its planned discharge.
    ASSERT_EQ(c.stays.size(), 2);
    EXPECT_EQ(c.stays.at(0).stay, earlier);
    EXPECT_FALSE(c.stays.at(0).current);
    EXPECT_EQ(c.stays.at(0).from, QDate(2026, 3, 2));
    EXPECT_EQ(c.stays.at(0).to, QDate(2026, 3, 27));
    EXPECT_EQ(c.stays.at(0).label, QStringLiteral("Stay from 02/03/2026 to 27/03/2026"));
    EXPECT_EQ(c.stays.at(1).stay, stay);
    EXPECT_TRUE(c.stays.at(1).current);
    EXPECT_EQ(c.stays.at(1).to, QDate(2026, 11, 29));
    EXPECT_EQ(c.stays.at(1).label, QStringLiteral("Stay from 02/11/2026 to 29/11/2026"));

    // Axes: the measure's range; the time of both stays with a margin.
    EXPECT_EQ(c.yMin, 0);
    EXPECT_EQ(c.yMax, 100);
    EXPECT_LT(c.xMin, QDateTime(QDate(2026, 3, 2), QTime(0, 0)));
    EXPECT_GT(c.xMax, QDateTime(QDate(2026, 11, 29), QTime(23, 59)));
}

// Decision (ChartBuilder::currentStayOnly): the stay alone by default in the dossier; the other
// stays' series and spans left out, the time axis fitted to the stay (02/11 → 29/11, 2 % margin:
// 13 hours), the y range kept.
TEST_F(ProgressServiceTest, TheStayAloneFillsTheTimeAxis)
{
    record(stay, "odi", QDate(2026, 11, 3), p::odi(24));
    record(stay, "odi", QDate(2026, 11, 20), p::odi(15));
    const ProgressChart all = chart(stay, "odi", "percent");
    ASSERT_EQ(all.series.size(), 2);
    const ProgressChart alone = ChartBuilder::currentStayOnly(all);
    ASSERT_EQ(alone.series.size(), 1);
    EXPECT_EQ(alone.series.first().role, ChartSeries::Role::CurrentStay);
    ASSERT_EQ(alone.stays.size(), 1);
    EXPECT_TRUE(alone.stays.first().current);
    const QDateTime from(QDate(2026, 11, 2), QTime(0, 0));
    const QDateTime to(QDate(2026, 11, 29), QTime(23, 59));
    const qint64 margin = std::max<qint64>(12 * 3600, from.secsTo(to) / 50);
    EXPECT_EQ(alone.xMin, from.addSecs(-margin));
    EXPECT_EQ(alone.xMax, to.addSecs(margin));
    EXPECT_EQ(alone.yMin, all.yMin);
    EXPECT_EQ(alone.yMax, all.yMax);
    EXPECT_EQ(alone.lines.size(), all.lines.size());
}

// A stay looked at later: the patient's other stays are not all earlier ones.
TEST_F(ProgressServiceTest, AnOldStayShowsTheOthersAsOtherStays)
{
    record(stay, "odi", QDate(2026, 11, 3), p::odi(24));
    const ProgressChart c = chart(earlier, "odi", "percent");
    ASSERT_EQ(c.series.size(), 2);
    EXPECT_EQ(valuesOf(c.series.at(0)), (QList<double>{60, 50}));
    EXPECT_EQ(c.series.at(1).role, ChartSeries::Role::EarlierStays);
    EXPECT_EQ(c.series.at(1).name, QStringLiteral("Other stays"));
    ASSERT_EQ(c.stays.size(), 2);
    EXPECT_TRUE(c.stays.at(0).current);
    EXPECT_FALSE(c.stays.at(1).current);
    // The MCID band is the shown stay's: around its first result, 60 %.
    ASSERT_TRUE(changeBand(c));
    EXPECT_DOUBLE_EQ(changeBand(c)->from, 50);
    EXPECT_DOUBLE_EQ(changeBand(c)->to, 70);
}

// Only current final results count: a corrected result shows its correction, a draft nothing.
TEST_F(ProgressServiceTest, CorrectionsAndDraftsAreNotPlotted)
{
    const TestResult first = record(stay, "odi", QDate(2026, 11, 3), p::odi(24));
    TestResult correction = p::result(stay, "odi", QDate(2026, 11, 3), p::odi(22));
    correction.seriesId = first.seriesId;
    correction.correctionReason = QStringLiteral("Section 4 read wrongly");
    ASSERT_TRUE(db->results().record(correction));
    ASSERT_TRUE(db->results().saveDraft(p::result(stay, "odi", QDate(2026, 11, 20), p::odi(10))));

    const ProgressChart c = chart(stay, "odi", "percent");
    EXPECT_EQ(valuesOf(c.series.at(0)), QList<double>{44});
}

struct BandCase {
    const char *name;
    const char *source;
    const char *instrument;
    const char *measure;
    QJsonObject first;  // the stay's first result
    QJsonObject second; // a later one (the band stays around the first)
    double from;
    double to;
    const char *label;
};

void PrintTo(const BandCase &c, std::ostream *os)
{
    *os << c.name;
}

const BandCase kBandCases[] = {
    {"Berg48", "REFERENCE §3: MDC 4 points from a baseline of 45–56 (Donoghue 2009)", "berg", "total", p::berg(48),
     p::berg(52), 44, 52, "MDC ± 4 points"},
    {"Berg40", "REFERENCE §3: MDC 5 points from a baseline of 35–44", "berg", "total", p::berg(40), p::berg(30), 35, 45,
     "MDC ± 5 points"},
    {"Berg54", "Decision: a bounded scale cuts the band (0–56)", "berg", "total", p::berg(54), p::berg(56), 50, 56,
     "MDC ± 4 points"},
    {"Odi48", "REFERENCE §5: MCID 10 points or 30 % of the baseline (Ostelo 2008): min(10, 14.4)", "odi", "percent",
     p::odi(24), p::odi(15), 38, 58, "MCID ± 10 points"},
    {"Odi22", "REFERENCE §5: 30 % of 22 = 6.6 points, below 10", "odi", "percent", p::odi(11), p::odi(5), 15.4, 28.6,
     "MCID ± 6.6 points"},
    {"Odi4", "REFERENCE §5: 30 % of 4 = 1.2 points", "odi", "percent", p::odi(2), p::odi(1), 2.8, 5.2,
     "MCID ± 1.2 points"},
    {"Tug2", "Decision: a time is never below 0 s: the band is cut there", "tug", "seconds", p::tug(2.0), p::tug(2.5),
     0, 5.2, "MDC ± 3.2 s"},
    {"Tug", "REFERENCE §1: Decision, MDC 3.2 s (chronic stroke)", "tug", "seconds", p::tug(14.2), p::tug(11.0), 11.0,
     17.4, "MDC ± 3.2 s"},
    {"Walk", "REFERENCE §2: MCID 30 m, claimed for cardiorespiratory disease only", "6mwt", "distance_m", p::walk(400),
     p::walk(460), 370, 430, "cardiorespiratory MCID ± 30 m"},
};

class ChangeBand : public ProgressServiceTest, public ::testing::WithParamInterface<BandCase>
{
};

// Issue #6: "a band around the admission value showing the MCID/MDC".
TEST_P(ChangeBand, AroundTheStaysFirstResult)
{
    const BandCase &c = GetParam();
    SCOPED_TRACE(c.source);
    record(stay, c.instrument, QDate(2026, 11, 17), c.second);
    record(stay, c.instrument, QDate(2026, 11, 3), c.first);

    const ProgressChart chart = this->chart(stay, c.instrument, c.measure);
    const std::optional<ValueBand> band = changeBand(chart);
    ASSERT_TRUE(band);
    EXPECT_NEAR(band->from, c.from, 1e-9);
    EXPECT_NEAR(band->to, c.to, 1e-9);
    EXPECT_EQ(band->label, QString::fromUtf8(c.label));
    EXPECT_EQ(band->start, QDateTime(QDate(2026, 11, 3), QTime(10, 0)));
    EXPECT_FALSE(band->detail.isEmpty()) << "the threshold's source for the tooltip";
}

INSTANTIATE_TEST_SUITE_P(Issue6, ChangeBand, ::testing::ValuesIn(kBandCases),
                         [](const auto &test) { return std::string(test.param.name); });

TEST_F(ProgressServiceTest, NoChangeBandWithoutAResultInTheStayOrAThreshold)
{
    // The earlier stay's ODI is not the admission value of this stay.
    EXPECT_FALSE(changeBand(chart(stay, "odi", "percent")));
    // Dallas and STarT Back have no MCID in the reference.
    record(stay, "startback", QDate(2026, 11, 3), p::items({1, 1, 1, 0, 0, 0, 0, 0, 2}));
    EXPECT_FALSE(changeBand(chart(stay, "startback", "total")));
}

// Issue #6: "the care plan's goal as a target line"; the targets are GoalProgress's (issue #5).
TEST_F(ProgressServiceTest, GoalLinesFromTheCarePlan)
{
    // ODI −30 % of the baseline; 6MWT +50 m; Berg total 45 (CarePlanSupport's plan).
    ASSERT_TRUE(db->carePlans().save(test::validPlan(stay)));
    record(stay, "odi", QDate(2026, 11, 3), p::odi(24)); // 48.0 % → 48 − 30 % = 33.6 %

    const QList<ReferenceLine> odi = goals(chart(stay, "odi", "percent"));
    ASSERT_EQ(odi.size(), 1);
    EXPECT_DOUBLE_EQ(odi.first().value, 33.6);
    EXPECT_EQ(odi.first().label, QStringLiteral("Goal: ≤ 33.6 %"));
    EXPECT_FALSE(odi.first().detail.isEmpty()) << "where the goal stands, for the tooltip";

    // A value to reach needs no baseline: the Berg goal shows before any Berg result.
    const QList<ReferenceLine> berg = goals(chart(stay, "berg", "total"));
    ASSERT_EQ(berg.size(), 1);
    EXPECT_DOUBLE_EQ(berg.first().value, 45);
    EXPECT_EQ(berg.first().label, QStringLiteral("Goal: ≥ 45 points"));

    // A change needs the stay's baseline: the earlier stay's walk is not it.
    EXPECT_TRUE(goals(chart(stay, "6mwt", "distance_m")).isEmpty());
    record(stay, "6mwt", QDate(2026, 11, 4), p::walk(380));
    const QList<ReferenceLine> walk = goals(chart(stay, "6mwt", "distance_m"));
    ASSERT_EQ(walk.size(), 1);
    EXPECT_DOUBLE_EQ(walk.first().value, 430);
    EXPECT_EQ(walk.first().label, QStringLiteral("Goal: ≥ 430 m"));
    // The other measure of the walk has no goal; a stay without a plan has none either.
    EXPECT_TRUE(goals(chart(stay, "6mwt", "percent_predicted")).isEmpty());
    EXPECT_TRUE(goals(chart(earlier, "odi", "percent")).isEmpty());
}

// The reference's lines follow the latest result: the TUG's age norm is the patient's age on
// that day (70 years: Bohannon 2006 70–79 y), the walk's prediction that of the latest test.
TEST_F(ProgressServiceTest, ReferenceLinesFollowTheLatestResult)
{
    record(stay, "tug", QDate(2026, 11, 3), p::tug(14.2));
    const ProgressChart tug = chart(stay, "tug", "seconds");
    QStringList labels;
    for (const ReferenceLine &l : tug.lines)
        labels << l.label;
    EXPECT_EQ(labels, (QStringList{QStringLiteral("Increased fall risk ≥ 13.5 s"), QStringLiteral("CDC STEADI ≥ 12 s"),
                                   QStringLiteral("Norm 70–79 years: 9.2 s")}));
    ASSERT_EQ(tug.bands.size(), 2); // the norm's CI and the MDC band
    EXPECT_EQ(tug.bands.first().kind, ValueBand::Kind::NormRange);

    // Women (REFERENCE §2): 2.11 × 165 − 2.29 × weight − 5.78 × 70 + 667; LLN − 139.
    record(stay, "6mwt", QDate(2026, 11, 17), p::walk(420, 70)); // 450.25 → 450.3 m; LLN 311.3 m
    record(stay, "6mwt", QDate(2026, 11, 3), p::walk(380, 80));  // 427.35 m: not the latest
    const ProgressChart walk = chart(stay, "6mwt", "distance_m");
    ASSERT_GE(walk.lines.size(), 2);
    EXPECT_EQ(walk.lines.at(0).kind, ReferenceLine::Kind::Norm);
    EXPECT_DOUBLE_EQ(walk.lines.at(0).value, 450.3);
    EXPECT_EQ(walk.lines.at(0).label, QStringLiteral("Predicted 450 m"));
    EXPECT_EQ(walk.lines.at(1).kind, ReferenceLine::Kind::NormLimit);
    EXPECT_DOUBLE_EQ(walk.lines.at(1).value, 311.3);
}

TEST_F(ProgressServiceTest, AxesWidenToWhatIsDrawn)
{
    // A TUG of 75 s lies beyond the measure's 0–60 s: the axis reaches it.
    const TestResult slow = record(stay, "tug", QDate(2026, 11, 3), p::tug(75));
    const ProgressChart c = chart(stay, "tug", "seconds");
    EXPECT_EQ(c.yMin, 0);
    EXPECT_DOUBLE_EQ(c.yMax, 75 + TugInstrument::MdcSeconds); // the MDC band above it
    // One point: the time axis still has a range around it.
    EXPECT_LT(c.xMin, slow.performedAt);
    EXPECT_GT(c.xMax, slow.performedAt);
    // A walk beyond the measure's 800 m widens it too, with its whole MCID band.
    record(stay, "6mwt", QDate(2026, 11, 4), p::walk(850));
    EXPECT_DOUBLE_EQ(chart(stay, "6mwt", "distance_m").yMax, 880);
}

TEST_F(ProgressServiceTest, AChartWithoutPointsSaysSo)
{
    const ProgressChart c = chart(stay, "berg", "total");
    EXPECT_TRUE(c.isEmpty());
    EXPECT_EQ(c.emptyText, QStringLiteral("No Berg result for this patient yet."));
    ASSERT_EQ(c.series.size(), 1);
    EXPECT_EQ(c.series.first().role, ChartSeries::Role::CurrentStay);
    ASSERT_EQ(c.stays.size(), 1) << "the stay shown, where its points will come";
    EXPECT_TRUE(c.stays.first().current);
    EXPECT_EQ(c.lines.size(), 1) << "the reference's cut-off is drawn all the same";
    EXPECT_EQ(c.yMin, 0);
    EXPECT_EQ(c.yMax, 56);
    // The earlier stay's walk: not empty, though the stay has none.
    EXPECT_FALSE(chart(stay, "6mwt", "distance_m").isEmpty());
}

// Refusals name the field and, for a wrong name, the allowed ones; nothing is written.
TEST_F(ProgressServiceTest, RefusalsNameTheFieldAndTheAllowedValues)
{
    const QString before = db.dumpAll();
    const Result<ProgressChart> instrument =
        db->progress().chart(stay, QStringLiteral("bergg"), QStringLiteral("total"));
    ASSERT_FALSE(instrument);
    EXPECT_EQ(instrument.failure().kind(), Failure::Kind::Invalid);
    EXPECT_EQ(
        instrument.failure().messageFor(ProgressService::InstrumentField),
        QStringLiteral("Unknown instrument \"bergg\"; the instruments are tug, 6mwt, berg, dallas, odi, startback."));

    const Result<ProgressChart> measure = db->progress().chart(stay, QStringLiteral("odi"), QStringLiteral("total"));
    ASSERT_FALSE(measure);
    EXPECT_EQ(measure.failure().kind(), Failure::Kind::Invalid);
    EXPECT_EQ(measure.failure().messageFor(ProgressService::MeasureField),
              QStringLiteral("Unknown measure \"total\" of ODI; the measures are percent."));
    const Result<ProgressChart> walk = db->progress().chart(stay, QStringLiteral("6mwt"), QString());
    ASSERT_FALSE(walk);
    EXPECT_EQ(walk.failure().messageFor(ProgressService::MeasureField),
              QStringLiteral("Unknown measure \"\" of 6MWT; the measures are distance_m, percent_predicted."));

    const StayId unknown(999);
    const QString notFound = QStringLiteral("No stay has the identifier 999.");
    const auto expectNotFound = [&](const auto &result) {
        ASSERT_FALSE(result);
        EXPECT_EQ(result.failure().kind(), Failure::Kind::NotFound);
        EXPECT_EQ(result.failure().messageFor(ProgressService::StayField), notFound);
    };
    expectNotFound(db->progress().chart(unknown, QStringLiteral("odi"), QStringLiteral("percent")));
    expectNotFound(db->progress().dallasDimensions(unknown));
    expectNotFound(db->progress().stayCharts(unknown));
    expectNotFound(db->progress().dallasSquare(unknown));
    EXPECT_EQ(db.dumpAll(), before);
}

// Two Dallas questionnaires computed by hand (REFERENCE §4: daily activities = 3 × sum of items
// 1–7; the other dimensions 5 × the sum of their three items):
//   03/11: items 1–7 5,4,3,3,2,2,1 = 20 → 60 %; 8–10 4,4,3 = 11 → 55 %; 11–13 1,2,1 = 4 → 20 %;
//          14–16 3,3,2 = 8 → 40 %. Physical (60 + 55) / 2 = 57.5 %, psychological (20 + 40) / 2 =
//          30 %: physical above 50, psychological not → medical.
//   17/11: 2,2,2,1,1,1,1 = 10 → 30 %; 2,2,1 = 5 → 25 %; 4,4,3 = 11 → 55 %; 4,3,4 = 11 → 55 %.
//          Physical 27.5 %, psychological 55 % → behavioural.
QJsonObject dallasOfAdmission()
{
    return p::items({5, 4, 3, 3, 2, 2, 1, 4, 4, 3, 1, 2, 1, 3, 3, 2});
}
QJsonObject dallasOfWeek3()
{
    return p::items({2, 2, 2, 1, 1, 1, 1, 2, 2, 1, 4, 4, 3, 4, 3, 4});
}

TEST_F(ProgressServiceTest, DallasDimensionsOfTheStay)
{
    record(stay, "dallas", QDate(2026, 11, 17), dallasOfWeek3());
    record(stay, "dallas", QDate(2026, 11, 3), dallasOfAdmission());
    record(earlier, "dallas", QDate(2026, 3, 10), dallasOfWeek3()); // another stay: not on this chart

    const Result<ProgressChart> c = db->progress().dallasDimensions(stay);
    ASSERT_TRUE(c) << c.failure().text().toStdString();
    EXPECT_EQ(c->instrument, QStringLiteral("dallas"));
    EXPECT_TRUE(c->measureKey.isEmpty());
    EXPECT_EQ(c->title, QStringLiteral("Dallas — dimensions"));
    EXPECT_EQ(c->unit, QStringLiteral("%"));
    ASSERT_EQ(c->series.size(), 4);
    const QStringList names{QStringLiteral("Daily activities"), QStringLiteral("Work and leisure"),
                            QStringLiteral("Anxiety and depression"), QStringLiteral("Social interest")};
    const QList<QList<double>> values{{60, 30}, {55, 25}, {20, 55}, {40, 55}};
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(c->series.at(i).role, ChartSeries::Role::Dimension);
        EXPECT_EQ(c->series.at(i).name, names.at(i));
        EXPECT_EQ(valuesOf(c->series.at(i)), values.at(i)) << names.at(i).toStdString();
    }
    ASSERT_EQ(c->lines.size(), 1);
    EXPECT_EQ(c->lines.first().kind, ReferenceLine::Kind::CutOff);
    EXPECT_EQ(c->lines.first().value, 50);
    EXPECT_EQ(c->lines.first().label, QStringLiteral("Profile border 50 %"));
    ASSERT_EQ(c->stays.size(), 1);
    EXPECT_EQ(c->yMin, 0);
    EXPECT_EQ(c->yMax, 100);
}

// Issue #6 "Tests: the Dallas square coordinates and quadrant of a known case".
TEST_F(ProgressServiceTest, DallasSquareOfAKnownCase)
{
    const Result<DallasSquare> none = db->progress().dallasSquare(stay);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->paths.isEmpty());
    EXPECT_EQ(none->emptyText, QStringLiteral("No Dallas questionnaire in this stay yet."));

    const TestResult admission = record(stay, "dallas", QDate(2026, 11, 3), dallasOfAdmission());
    record(stay, "dallas", QDate(2026, 11, 17), dallasOfWeek3());
    const Result<DallasSquare> square = db->progress().dallasSquare(stay);
    ASSERT_TRUE(square) << square.failure().text().toStdString();
    EXPECT_TRUE(square->emptyText.isEmpty());
    ASSERT_EQ(square->paths.size(), 1);
    const DallasSquare::Path &path = square->paths.first();
    EXPECT_EQ(path.patient, patient);
    EXPECT_EQ(path.stay, stay);
    EXPECT_TRUE(path.name.isEmpty());
    ASSERT_EQ(path.points.size(), 2);
    EXPECT_DOUBLE_EQ(path.points.at(0).physical, 57.5);
    EXPECT_DOUBLE_EQ(path.points.at(0).psychological, 30);
    EXPECT_EQ(path.points.at(0).quadrant, Group::Medical);
    EXPECT_EQ(path.points.at(0).label, QStringLiteral("03/11"));
    EXPECT_EQ(path.points.at(0).result, admission.id);
    EXPECT_EQ(path.points.at(0).at, admission.performedAt);
    EXPECT_DOUBLE_EQ(path.points.at(1).physical, 27.5);
    EXPECT_DOUBLE_EQ(path.points.at(1).psychological, 55);
    EXPECT_EQ(path.points.at(1).quadrant, Group::Behavioural);
    EXPECT_EQ(path.points.at(1).label, QStringLiteral("17/11"));
}

// Issue #6: "a small multiples view with every instrument of the stay on one screen".
TEST_F(ProgressServiceTest, SmallMultiplesInTheCatalogsOrder)
{
    record(stay, "odi", QDate(2026, 11, 3), p::odi(24));
    record(stay, "dallas", QDate(2026, 11, 3), dallasOfAdmission());
    record(stay, "berg", QDate(2026, 11, 4), p::berg(48));
    record(stay, "tug", QDate(2026, 11, 4), p::tug(14.2));

    const Result<QList<ProgressChart>> charts = db->progress().stayCharts(stay);
    ASSERT_TRUE(charts) << charts.failure().text().toStdString();
    QStringList ids;
    QStringList keys;
    for (const ProgressChart &c : *charts) {
        ids << c.instrument;
        keys << c.measureKey;
    }
    // The walk only in the earlier stay is there; STarT Back, never done, is not.
    EXPECT_EQ(ids, (QStringList{QStringLiteral("tug"), QStringLiteral("6mwt"), QStringLiteral("berg"),
                                QStringLiteral("dallas"), QStringLiteral("odi")}));
    EXPECT_EQ(keys, (QStringList{QStringLiteral("seconds"), QStringLiteral("distance_m"), QStringLiteral("total"),
                                 QString(), QStringLiteral("percent")}));
    EXPECT_EQ(charts->at(3).series.size(), 4);
    EXPECT_TRUE(charts->at(1).series.at(0).points.isEmpty());
    EXPECT_EQ(valuesOf(charts->at(1).series.at(1)), QList<double>{350});
    // Each chart is the one chart() gives.
    const ProgressChart odi = chart(stay, "odi", "percent");
    EXPECT_EQ(valuesOf(charts->at(4).series.at(0)), valuesOf(odi.series.at(0)));
    EXPECT_EQ(charts->at(4).bands.size(), odi.bands.size());
    EXPECT_EQ(charts->at(4).xMin, odi.xMin);
}

// What a French physician reads: decimal commas, dates 02/11/2026, "Objectif : …".
TEST_F(ProgressServiceTest, LabelsInFrench)
{
    ASSERT_TRUE(db->carePlans().save(test::validPlan(stay)));
    record(stay, "odi", QDate(2026, 11, 3), p::odi(24));
    Translations::install(Language::French);
    const Result<ProgressChart> c = db->progress().chart(stay, QStringLiteral("odi"), QStringLiteral("percent"));
    Translations::install(Language::English);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->title, QStringLiteral("ODI — Incapacité"));
    EXPECT_EQ(c->series.at(0).name, QStringLiteral("Séjour en cours"));
    EXPECT_EQ(c->series.at(0).points.first().label, QStringLiteral("48,0"));
    EXPECT_EQ(c->series.at(1).name, QStringLiteral("Séjours antérieurs"));
    EXPECT_EQ(c->stays.at(1).label, QStringLiteral("Séjour du 02/11/2026 au 29/11/2026"));
    ASSERT_EQ(goals(*c).size(), 1);
    EXPECT_EQ(goals(*c).first().label, QStringLiteral("Objectif : ≤ 33,6 %"));
    ASSERT_TRUE(changeBand(*c));
    EXPECT_EQ(changeBand(*c)->label, QStringLiteral("MCID ± 10 points"));
}

} // namespace
} // namespace smr
