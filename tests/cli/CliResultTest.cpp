// smrdesk-cli score, record and results against the contract of issue #3: one JSON document on
// stdout with at least the contract's keys; refused input exits 2 with a message naming the item
// on stderr, nothing on stdout and nothing written.

#include "cli/CliHarness.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

QStringList score(const char *instrument, const char *answers)
{
    return {QStringLiteral("score"), QLatin1String(instrument), QString::fromUtf8(answers)};
}

struct ScoreCase {
    const char *name;
    const char *instrument;
    const char *answers;
    const char *expected; // the exact output object
    const char *source;
};

void PrintTo(const ScoreCase &c, std::ostream *os)
{
    *os << c.name;
}

class CliScore : public CliTest, public ::testing::WithParamInterface<ScoreCase>
{
};

TEST_P(CliScore, PrintsTheScoresWithoutADatabase)
{
    const ScoreCase &c = GetParam();
    const QJsonDocument out = json(cli(score(c.instrument, c.answers)));
    EXPECT_EQ(out.object(), QJsonDocument::fromJson(QByteArray(c.expected)).object()) << c.source;
    EXPECT_FALSE(QFile::exists(database())) << "score needs no database";
}

INSTANTIATE_TEST_SUITE_P(
    Contract, CliScore,
    ::testing::Values(
        ScoreCase{"Tug", "tug", R"({"seconds": 14.2, "age": 72})",
                  R"({"seconds": 14.2, "fall_risk": true, "steadi_fall_risk": true, "age_norm_s": 9.2,
                      "age_norm_range_s": [8.2, 10.2]})",
                  "REFERENCE §1: ≥ 13.5 s; Bohannon 70–79 y 9.2 s"},
        ScoreCase{"TugUnderSixty", "tug", R"({"seconds": 8})",
                  R"({"seconds": 8, "fall_risk": false, "steadi_fall_risk": false, "age_norm_s": null,
                      "age_norm_range_s": null})",
                  "REFERENCE §1: no norm without age"},
        ScoreCase{"Walk", "6mwt", R"({"distance_m": 420, "sex": "F", "age": 55, "height_cm": 160, "weight_kg": 65})",
                  R"({"distance_m": 420, "predicted_m": 537.9, "lln_m": 398.9, "percent_predicted": 78.1,
                      "below_lln": false, "outside_reference_ages": false})",
                  "REFERENCE §2: women 2.11 h − 2.29 w − 5.78 a + 667 = 537.85"},
        ScoreCase{"Berg", "berg", R"({"items": [4, 4, 3, 4, 4, 4, 3, 3, 3, 4, 4, 3, 2, 2]})",
                  R"({"total": 48, "fall_risk": false, "risk_band": "low", "item3_credited": true})",
                  "REFERENCE §3: item 2 = 4 credits item 3"},
        ScoreCase{"Dallas", "dallas", R"({"items": [3, 3, 3, 2, 2, 2, 2, 4, 4, 3, 3, 3, 3, 3, 3, 3]})",
                  R"({"daily_activities": 51, "work_leisure": 55, "anxiety_depression": 45, "social_interest": 45,
                      "profile": "medical", "physical_impact": 53, "psychological_impact": 45})",
                  "REFERENCE §4"},
        ScoreCase{"Odi", "odi", R"({"items": [1, 2, 3, 1, 2, null, 1, null, 0, 1]})",
                  R"({"percent": 27.5, "answered": 8, "band": "moderate"})", "REFERENCE §5: 11 / 40"},
        ScoreCase{"StartBack", "startback", R"({"items": [1, 1, 0, 1, 1, 1, 0, 1, 3]})",
                  R"({"total": 7, "psychosocial": 4, "risk": "high"})", "REFERENCE §6"}),
    [](const auto &test) { return std::string(test.param.name); });

struct Refusal {
    const char *name;
    QStringList command;
    QStringList mentions;
};

void PrintTo(const Refusal &r, std::ostream *os)
{
    *os << r.name;
}

class CliScoreRefusals : public CliTest, public ::testing::WithParamInterface<Refusal>
{
};

TEST_P(CliScoreRefusals, ExitTwoWithTheItemAndTheAllowedAnswers)
{
    const Refusal &r = GetParam();
    const CliRun run = cli(r.command);
    EXPECT_EQ(run.exitCode, 2) << run;
    EXPECT_TRUE(run.out.isEmpty()) << run;
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("smrdesk-cli: "))) << run;
    for (const QString &m : r.mentions)
        EXPECT_TRUE(run.err.contains(m)) << "should mention \"" << m.toStdString() << "\"\n" << run;
}

INSTANTIATE_TEST_SUITE_P(
    Contract, CliScoreRefusals,
    ::testing::Values(
        Refusal{
            "WrongItemCount", score("berg", R"({"items": [4, 4, 4]})"), {QStringLiteral("14"), QStringLiteral("3")}},
        Refusal{"ItemOutOfRange",
                score("dallas", R"({"items": [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9]})"),
                {QStringLiteral("Item 16"), QStringLiteral("0, 1, 2, 3, 4, 5")}},
        Refusal{"ItemOfTheWrongType",
                score("startback", R"({"items": [0,0,"yes",0,0,0,0,0,0]})"),
                {QStringLiteral("Item 3"), QStringLiteral("\"yes\""), QStringLiteral("0, 1")}},
        Refusal{"MissingRequiredItem",
                score("berg", R"({"items": [4,4,4,4,4,4,4,4,4,4,4,4,4,null]})"),
                {QStringLiteral("item 14"), QStringLiteral("missing")}},
        Refusal{"TooManyMissingSections",
                score("odi", R"({"items": [1,1,1,1,1,1,1,null,null,null]})"),
                {QStringLiteral("3 items"), QStringLiteral("2")}},
        Refusal{
            "NegativeNumber", score("tug", R"({"seconds": -2})"), {QStringLiteral("seconds"), QStringLiteral("600")}},
        Refusal{"NonFiniteNumber", score("tug", R"({"seconds": 1e999})"), {QStringLiteral("JSON")}},
        Refusal{"UnknownSex",
                score("6mwt", R"({"distance_m": 400, "sex": "U", "age": 60, "height_cm": 170, "weight_kg": 70})"),
                {QStringLiteral("\"U\""), QStringLiteral("F, M")}},
        Refusal{"UnknownInstrument",
                score("mmse", R"({})"),
                {QStringLiteral("INSTRUMENT"), QStringLiteral("tug, 6mwt, berg, dallas, odi, startback")}},
        Refusal{"MalformedJson", score("tug", R"({"seconds": )"), {QStringLiteral("JSON")}},
        Refusal{"NotAnObject", score("tug", R"([12])"), {QStringLiteral("JSON"), QStringLiteral("object")}},
        Refusal{"MissingJson", {QStringLiteral("score"), QStringLiteral("tug")}, {QStringLiteral("JSON")}}),
    [](const auto &test) { return std::string(test.param.name); });

class CliRecord : public CliTest
{
protected:
    void SetUp() override
    {
        json(cli({QStringLiteral("init")}));
        id({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--ipp"), QStringLiteral("IPP001"),
            QStringLiteral("--last-name"), QStringLiteral("Dupont"), QStringLiteral("--first-name"),
            QStringLiteral("Marie"), QStringLiteral("--birth-date"), QStringLiteral("1956-03-12"),
            QStringLiteral("--sex"), QStringLiteral("F"), QStringLiteral("--height-cm"), QStringLiteral("165"),
            QStringLiteral("--weight-kg"), QStringLiteral("70")});
        id(words("stay open --patient 1 --mode HC --admitted 2026-11-02"));
    }

    static QStringList record(const char *options, const char *instrument, const char *answers)
    {
        return words(options) + QStringList{QLatin1String(instrument), QString::fromUtf8(answers)};
    }
};

TEST_F(CliRecord, PrintsTheScoresAndTheIdOnceSaved)
{
    const QJsonObject berg = json(cli(record("record --stay 1 --performed-at 2026-11-03T10:30", "berg",
                                             R"({"items": [4,4,4,4,4,4,4,4,4,4,4,4,4,4]})")))
                                 .object();
    EXPECT_EQ(berg.value(QStringLiteral("id")).toInt(), 1);
    EXPECT_EQ(berg.value(QStringLiteral("total")).toInt(), 56);
    EXPECT_EQ(berg.value(QStringLiteral("risk_band")).toString(), QStringLiteral("low"));
    EXPECT_EQ(count(database(), QStringLiteral("results")), 1);

    // Sex, age, height and weight come from the patient: 70 years on 04/11/2026, 165 cm, 70 kg.
    const QJsonObject walk =
        json(cli(record("record --stay 1 --performed-at 2026-11-04T09:00", "6mwt", R"({"distance_m": 400})"))).object();
    EXPECT_EQ(walk.value(QStringLiteral("id")).toInt(), 2);
    EXPECT_DOUBLE_EQ(walk.value(QStringLiteral("predicted_m")).toDouble(), 450.3);

    const QJsonArray all = json(cli(words("results --stay 1"))).array();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).toObject().value(QStringLiteral("instrument")).toString(), QStringLiteral("berg"));
    EXPECT_EQ(all.at(0).toObject().value(QStringLiteral("performed_at")).toString(),
              QStringLiteral("2026-11-03T10:30"));
    EXPECT_EQ(all.at(0).toObject().value(QStringLiteral("total")).toInt(), 56);
    EXPECT_EQ(all.at(1).toObject().value(QStringLiteral("id")).toInt(), 2);
    EXPECT_EQ(all.at(1).toObject().value(QStringLiteral("instrument")).toString(), QStringLiteral("6mwt"));
}

TEST_F(CliRecord, WithoutPerformedAtTheTestIsDatedNow)
{
    const QJsonObject tug = json(cli(record("record --stay 1", "tug", R"({"seconds": 9.5})"))).object();
    const QJsonArray all = json(cli(words("results --stay 1"))).array();
    ASSERT_EQ(all.size(), 1);
    EXPECT_TRUE(all.at(0)
                    .toObject()
                    .value(QStringLiteral("performed_at"))
                    .toString()
                    .startsWith(QStringLiteral("2026-11-22T")));
    // The patient is 70: the TUG age norm of 70–79 years comes with the result.
    EXPECT_DOUBLE_EQ(tug.value(QStringLiteral("age_norm_s")).toDouble(), 9.2);
}

TEST_F(CliRecord, RefusalsWriteNothing)
{
    const QString before = snapshot(database());
    const QList<QPair<QStringList, QString>> refused{
        {record("record --stay 1", "berg", R"({"items": [4]})"), QStringLiteral("14")},
        {record("record --stay 9", "tug", R"({"seconds": 9})"), QStringLiteral("--stay")},
        {record("record --stay 1 --performed-at 2026-11-01T10:00", "tug", R"({"seconds": 9})"),
         QStringLiteral("--performed-at")},
        {record("record --stay 1 --performed-at 2026-11-31T10:00", "tug", R"({"seconds": 9})"),
         QStringLiteral("YYYY-MM-DDTHH:MM")},
        {record("record --stay 1", "6mwt", R"({"distance_m": 400, "sex": "X"})"), QStringLiteral("F, M")},
        {record("record --stay 1", "mmse", R"({})"), QStringLiteral("INSTRUMENT")},
        {record("record --stay 1", "tug", R"({"seconds")"), QStringLiteral("JSON")},
        {words("results --stay 9"), QStringLiteral("--stay")},
    };
    for (const auto &[command, mention] : refused) {
        const CliRun r = cli(command);
        EXPECT_EQ(r.exitCode, 2) << r;
        EXPECT_TRUE(r.out.isEmpty()) << r;
        EXPECT_TRUE(r.err.contains(mention)) << mention.toStdString() << "\n" << r;
        EXPECT_EQ(snapshot(database()), before) << r;
    }
}

} // namespace
} // namespace smr::test
