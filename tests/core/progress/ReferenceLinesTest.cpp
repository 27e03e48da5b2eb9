// The lines and bands each instrument's chart draws from the clinical reference (issue #6,
// "Reference lines from the clinical reference"): Instrument::referenceLines and bands, pure.
// Labels in English here (the source language); their French wording is checked at the end.

#include "core/i18n/Language.h"
#include "core/instruments/InstrumentCatalog.h"
#include "core/instruments/ScoringSupport.h"
#include "support/Printers.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::instrument;
using Severity = Assessment::Severity;

struct Line {
    ReferenceLine::Kind kind;
    double value;
    const char *label;
};

struct Band {
    ValueBand::Kind kind;
    double from;
    double to;
    Severity severity;
    const char *label;
};

struct ReferenceCase {
    const char *name;
    const char *source;
    const char *instrument;
    const char *measure;
    QJsonObject latestAnswers; // scored to give the latest result's scores; empty: no scores
    PatientFacts facts;
    QList<Line> lines;
    QList<Band> bands;
};

void PrintTo(const ReferenceCase &c, std::ostream *os)
{
    *os << c.name;
}

// The scores of a 6-minute walk (REFERENCE §2): Enright & Sherrill's prediction is in them.
QJsonObject walk(const char *sex, double height, double weight, int age)
{
    return QJsonObject{{QStringLiteral("distance_m"), 450},
                       {QStringLiteral("sex"), QString::fromLatin1(sex)},
                       {QStringLiteral("age"), age},
                       {QStringLiteral("height_cm"), height},
                       {QStringLiteral("weight_kg"), weight}};
}

const PatientFacts kAged72{QStringLiteral("F"), 72, 165.0, 70.0};

const ReferenceCase kCases[] = {
    {"BergTotal",
     "REFERENCE §3: < 45 increased fall risk; bands 0–20 high, 21–40 medium, 41–56 low",
     "berg",
     "total",
     {},
     kAged72,
     {{ReferenceLine::Kind::CutOff, 45, "Increased fall risk < 45"}},
     {{ValueBand::Kind::Interpretation, 0, 20.5, Severity::Bad, "High fall risk 0–20"},
      {ValueBand::Kind::Interpretation, 20.5, 40.5, Severity::Caution, "Medium fall risk 21–40"},
      {ValueBand::Kind::Interpretation, 40.5, 56, Severity::Good, "Low fall risk 41–56"}}},
    {"TugAged72",
     "REFERENCE §1: ≥ 13.5 s (Shumway-Cook 2000), STEADI 12 s; Bohannon 2006 70–79 y 9.2 (8.2–10.2)",
     "tug",
     "seconds",
     {},
     kAged72,
     {{ReferenceLine::Kind::CutOff, 13.5, "Increased fall risk ≥ 13.5 s"},
      {ReferenceLine::Kind::Secondary, 12, "CDC STEADI ≥ 12 s"},
      {ReferenceLine::Kind::Norm, 9.2, "Norm 70–79 years: 9.2 s"}},
     {{ValueBand::Kind::NormRange, 8.2, 10.2, Severity::Neutral, "Norm 70–79 years, 95 % CI 8.2–10.2 s"}}},
    {"TugAged60",
     "REFERENCE §1: Bohannon 2006 60–69 y 8.1 s (7.1–9.0)",
     "tug",
     "seconds",
     {},
     PatientFacts{QStringLiteral("M"), 60, std::nullopt, std::nullopt},
     {{ReferenceLine::Kind::CutOff, 13.5, "Increased fall risk ≥ 13.5 s"},
      {ReferenceLine::Kind::Secondary, 12, "CDC STEADI ≥ 12 s"},
      {ReferenceLine::Kind::Norm, 8.1, "Norm 60–69 years: 8.1 s"}},
     {{ValueBand::Kind::NormRange, 7.1, 9.0, Severity::Neutral, "Norm 60–69 years, 95 % CI 7.1–9.0 s"}}},
    {"TugAged85",
     "REFERENCE §1: Bohannon 2006 80–99 y 11.3 s (10.0–12.7)",
     "tug",
     "seconds",
     {},
     PatientFacts{QStringLiteral("F"), 85, std::nullopt, std::nullopt},
     {{ReferenceLine::Kind::CutOff, 13.5, "Increased fall risk ≥ 13.5 s"},
      {ReferenceLine::Kind::Secondary, 12, "CDC STEADI ≥ 12 s"},
      {ReferenceLine::Kind::Norm, 11.3, "Norm 80–99 years: 11.3 s"}},
     {{ValueBand::Kind::NormRange, 10.0, 12.7, Severity::Neutral, "Norm 80–99 years, 95 % CI 10.0–12.7 s"}}},
    {"TugUnder60",
     "REFERENCE §1: under 60, no norm shown",
     "tug",
     "seconds",
     {},
     PatientFacts{QStringLiteral("M"), 59, std::nullopt, std::nullopt},
     {{ReferenceLine::Kind::CutOff, 13.5, "Increased fall risk ≥ 13.5 s"},
      {ReferenceLine::Kind::Secondary, 12, "CDC STEADI ≥ 12 s"}},
     {}},
    {"OdiPercent",
     "REFERENCE §5 (Fairbank): ≤ 20 minimal; ≤ 40 moderate; ≤ 60 severe; ≤ 80 crippled; > 80 bed-bound",
     "odi",
     "percent",
     {},
     kAged72,
     {},
     {{ValueBand::Kind::Interpretation, 0, 20, Severity::Good, "Minimal disability ≤ 20 %"},
      {ValueBand::Kind::Interpretation, 20, 40, Severity::Caution, "Moderate disability ≤ 40 %"},
      {ValueBand::Kind::Interpretation, 40, 60, Severity::Bad, "Severe disability ≤ 60 %"},
      {ValueBand::Kind::Interpretation, 60, 80, Severity::Bad, "Crippling back pain ≤ 80 %"},
      {ValueBand::Kind::Interpretation, 80, 100, Severity::Bad, "Bed-bound > 80 %"}}},
    {"WalkDistance",
     "REFERENCE §2: men 7.57×175 − 5.02×60 − 1.76×80 − 309 = 573.8 m; LLN − 153 = 420.8 m",
     "6mwt",
     "distance_m",
     walk("M", 175, 80, 60),
     kAged72,
     {{ReferenceLine::Kind::Norm, 573.8, "Predicted 574 m"},
      {ReferenceLine::Kind::NormLimit, 420.8, "Lower limit of normal 421 m"}},
     {}},
    {"WalkDistanceOutsideTheAges",
     "REFERENCE §2: derived on 40–80 y, outside show the prediction with a caution (7.57×165 − 5.02×85 − 1.76×70 − "
     "309 = 390.2; LLN 237.2)",
     "6mwt",
     "distance_m",
     walk("M", 165, 70, 85),
     kAged72,
     {{ReferenceLine::Kind::Norm, 390.2, "Predicted 390 m (age outside 40–80: caution)"},
      {ReferenceLine::Kind::NormLimit, 237.2, "Lower limit of normal 237 m (age outside 40–80: caution)"}},
     {}},
    {"WalkNoPrediction",
     "Decision: no line without the latest result's prediction",
     "6mwt",
     "distance_m",
     {},
     kAged72,
     {},
     {}},
    {"WalkPercentPredicted",
     "REFERENCE §2: % predicted = distance / predicted × 100: the norm is 100 %",
     "6mwt",
     "percent_predicted",
     walk("F", 160, 65, 55),
     kAged72,
     {{ReferenceLine::Kind::Norm, 100, "100 % of predicted"}},
     {}},
    {"StartBackTotal",
     "REFERENCE §6: low risk total ≤ 3 (Decision: a line between 3 and 4)",
     "startback",
     "total",
     {},
     kAged72,
     {{ReferenceLine::Kind::CutOff, 3.5, "Low risk ≤ 3"}},
     {}},
    {"StartBackPsychosocial",
     "REFERENCE §6: high risk psychosocial ≥ 4 (0–5)",
     "startback",
     "psychosocial",
     {},
     kAged72,
     {},
     {{ValueBand::Kind::Interpretation, 0, 3.5, Severity::Neutral, "Not high risk 0–3"},
      {ValueBand::Kind::Interpretation, 3.5, 5, Severity::Bad, "High risk 4–5"}}},
    {"DallasDailyActivities",
     "REFERENCE §4: the profile's border at 50 %",
     "dallas",
     "daily_activities",
     {},
     kAged72,
     {{ReferenceLine::Kind::CutOff, 50, "Profile border 50 %"}},
     {}},
    {"DallasWorkLeisure",
     "REFERENCE §4",
     "dallas",
     "work_leisure",
     {},
     kAged72,
     {{ReferenceLine::Kind::CutOff, 50, "Profile border 50 %"}},
     {}},
    {"DallasAnxietyDepression",
     "REFERENCE §4",
     "dallas",
     "anxiety_depression",
     {},
     kAged72,
     {{ReferenceLine::Kind::CutOff, 50, "Profile border 50 %"}},
     {}},
    {"DallasSocialInterest",
     "REFERENCE §4",
     "dallas",
     "social_interest",
     {},
     kAged72,
     {{ReferenceLine::Kind::CutOff, 50, "Profile border 50 %"}},
     {}},
    {"UnknownMeasure",
     "Decision: a measure the reference says nothing of has no line",
     "berg",
     "items",
     {},
     kAged72,
     {},
     {}},
};

class ReferenceLines : public ::testing::TestWithParam<ReferenceCase>
{
};

TEST_P(ReferenceLines, FromTheClinicalReference)
{
    const ReferenceCase &c = GetParam();
    SCOPED_TRACE(c.source);
    const Instrument &i = instrument(c.instrument);
    QJsonObject scores;
    if (!c.latestAnswers.isEmpty()) {
        const Result<QJsonObject> scored = i.score(c.latestAnswers);
        ASSERT_TRUE(scored) << scored.failure().text().toStdString();
        scores = *scored;
    }
    const QString measure = QString::fromLatin1(c.measure);

    const QList<ReferenceLine> lines = i.referenceLines(measure, scores, c.facts);
    ASSERT_EQ(lines.size(), c.lines.size());
    for (qsizetype n = 0; n < lines.size(); ++n) {
        SCOPED_TRACE(n);
        EXPECT_EQ(lines.at(n).kind, c.lines.at(n).kind);
        EXPECT_NEAR(lines.at(n).value, c.lines.at(n).value, 1e-9);
        EXPECT_EQ(lines.at(n).label, QString::fromUtf8(c.lines.at(n).label));
    }

    const QList<ValueBand> bands = i.bands(measure, scores, c.facts);
    ASSERT_EQ(bands.size(), c.bands.size());
    for (qsizetype n = 0; n < bands.size(); ++n) {
        SCOPED_TRACE(n);
        EXPECT_EQ(bands.at(n).kind, c.bands.at(n).kind);
        EXPECT_NEAR(bands.at(n).from, c.bands.at(n).from, 1e-9);
        EXPECT_NEAR(bands.at(n).to, c.bands.at(n).to, 1e-9);
        EXPECT_EQ(bands.at(n).severity, c.bands.at(n).severity);
        EXPECT_EQ(bands.at(n).label, QString::fromUtf8(c.bands.at(n).label));
        EXPECT_FALSE(bands.at(n).start.isValid()) << "a reference band covers the whole time axis";
    }
}

INSTANTIATE_TEST_SUITE_P(Issue6, ReferenceLines, ::testing::ValuesIn(kCases),
                         [](const auto &test) { return std::string(test.param.name); });

// The bands of an interpretation share the severities of assess(): the ODI band a score falls in
// is coloured as its assessment (REFERENCE §5), so the chart and the result's card agree.
TEST(ReferenceBands, OdiBandsHaveTheSeverityOfTheAssessment)
{
    const Instrument &odi = instrument("odi");
    const QList<ValueBand> bands = odi.bands(QStringLiteral("percent"), {}, kAged72);
    // Section scores summing to 5, 15, 25, 35 and 45 of 50: 10 %, 30 %, 50 %, 70 %, 90 %.
    for (int sum : {5, 15, 25, 35, 45}) {
        QList<int> sections(10, sum / 10);
        for (int n = 0; n < sum % 10; ++n)
            ++sections[n];
        QJsonArray items;
        for (int v : sections)
            items.append(v);
        const Result<QJsonObject> scores = odi.score(QJsonObject{{QStringLiteral("items"), items}});
        ASSERT_TRUE(scores);
        const double percent = scores->value(QStringLiteral("percent")).toDouble();
        const auto band = std::find_if(bands.cbegin(), bands.cend(),
                                       [&](const ValueBand &b) { return percent > b.from && percent <= b.to; });
        ASSERT_NE(band, bands.cend()) << percent;
        EXPECT_EQ(band->severity, odi.assess(*scores).severity) << percent;
    }
}

// The French wording the physicians read: decimal commas, "ans", "Norme … : …".
TEST(ReferenceLinesInFrench, LabelsAreTranslatedWithDecimalCommas)
{
    Translations::install(Language::French);
    const QList<ReferenceLine> tug = instrument("tug").referenceLines(QStringLiteral("seconds"), {}, kAged72);
    const QList<ValueBand> norm = instrument("tug").bands(QStringLiteral("seconds"), {}, kAged72);
    const QList<ReferenceLine> berg = instrument("berg").referenceLines(QStringLiteral("total"), {}, kAged72);
    const QList<ValueBand> odi = instrument("odi").bands(QStringLiteral("percent"), {}, kAged72);
    Translations::install(Language::English);

    ASSERT_EQ(tug.size(), 3);
    EXPECT_EQ(tug.at(0).label, QStringLiteral("Risque de chute accru ≥ 13,5 s"));
    EXPECT_EQ(tug.at(1).label, QStringLiteral("CDC STEADI ≥ 12 s"));
    EXPECT_EQ(tug.at(2).label, QStringLiteral("Norme 70–79 ans : 9,2 s"));
    ASSERT_EQ(norm.size(), 1);
    EXPECT_EQ(norm.at(0).label, QStringLiteral("Norme 70–79 ans, IC 95 % 8,2–10,2 s"));
    ASSERT_EQ(berg.size(), 1);
    EXPECT_EQ(berg.at(0).label, QStringLiteral("Risque de chute accru < 45"));
    ASSERT_EQ(odi.size(), 5);
    EXPECT_EQ(odi.at(0).label, QStringLiteral("Incapacité minime ≤ 20 %"));
    EXPECT_EQ(odi.at(4).label, QStringLiteral("Alitement > 80 %"));
}

} // namespace
} // namespace smr
