// Answers outside the declaration are refused with a message naming the item or field and the
// allowed answers (issue #3: wrong item count, out of range, wrong type, missing required item,
// non-finite or negative numbers, unknown sex).

#include "ScoringSupport.h"
#include "support/Printers.h"

#include "core/i18n/Language.h"

namespace smr::test {
namespace {

struct Refusal {
    const char *name;
    const char *instrument;
    const char *answers;
    const char *field;    // the key of the refusal
    QStringList mentions; // what its message must say
};

void PrintTo(const Refusal &r, std::ostream *os)
{
    *os << r.name;
}

class AnswerRefusals : public ::testing::TestWithParam<Refusal>
{
};

TEST_P(AnswerRefusals, NameTheItemAndTheAllowedAnswers)
{
    const Refusal &r = GetParam();
    const Result<QJsonObject> scored = instrument(r.instrument).score(json(r.answers));
    ASSERT_FALSE(scored) << r.name;
    EXPECT_EQ(scored.failure().kind(), Failure::Kind::Invalid);
    const QString message = scored.failure().messageFor(QLatin1String(r.field));
    EXPECT_FALSE(message.isEmpty()) << "no message for " << r.field << "; got "
                                    << scored.failure().text().toStdString();
    for (const QString &m : r.mentions)
        EXPECT_TRUE(message.contains(m)) << message.toStdString() << " should mention " << m.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Declaration, AnswerRefusals,
    ::testing::Values(Refusal{"BergThirteenItems",
                              "berg",
                              R"({"items": [4,4,4,4,4,4,4,4,4,4,4,4,4]})",
                              "items",
                              {QStringLiteral("14"), QStringLiteral("13")}},
                      Refusal{"BergItemOutOfRange",
                              "berg",
                              R"({"items": [4,4,4,4,5,4,4,4,4,4,4,4,4,4]})",
                              "items.5",
                              {QStringLiteral("Item 5 (transfers)"), QStringLiteral("0, 1, 2, 3, 4")}},
                      Refusal{"BergNegativeItem",
                              "berg",
                              R"({"items": [4,4,4,4,4,4,-1,4,4,4,4,4,4,4]})",
                              "items.7",
                              {QStringLiteral("-1"), QStringLiteral("0, 1, 2, 3, 4")}},
                      Refusal{"BergFractionalItem",
                              "berg",
                              R"({"items": [4,4,4,4,4,4,4,4,2.5,4,4,4,4,4]})",
                              "items.9",
                              {QStringLiteral("2.5"), QStringLiteral("0, 1, 2, 3, 4")}},
                      Refusal{"BergItemAsText",
                              "berg",
                              R"({"items": [4,4,"3",4,4,4,4,4,4,4,4,4,4,4]})",
                              "items.3",
                              {QStringLiteral("\"3\"")}},
                      Refusal{"BergMissingItem",
                              "berg",
                              R"({"items": [4,4,4,4,4,4,4,4,4,4,4,4,4,null]})",
                              "items.14",
                              {QStringLiteral("missing"), QStringLiteral("0, 1, 2, 3, 4")}},
                      Refusal{"BergNoItems", "berg", R"({})", "items", {QStringLiteral("14")}},
                      Refusal{"BergItemsNotAList", "berg", R"({"items": 56})", "items", {QStringLiteral("14")}},
                      Refusal{"BergUnknownKey",
                              "berg",
                              R"({"items": [4,4,4,4,4,4,4,4,4,4,4,4,4,4], "total": 56})",
                              "total",
                              {QStringLiteral("items")}},
                      Refusal{"DallasSixOnAnItem",
                              "dallas",
                              R"({"items": [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,6]})",
                              "items.16",
                              {QStringLiteral("0, 1, 2, 3, 4, 5")}},
                      Refusal{"DallasFifteenItems",
                              "dallas",
                              R"({"items": [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]})",
                              "items",
                              {QStringLiteral("16"), QStringLiteral("15")}},
                      Refusal{"OdiThreeMissing",
                              "odi",
                              R"({"items": [1,1,1,1,1,1,1,null,null,null]})",
                              "items",
                              {QStringLiteral("3"), QStringLiteral("2")}},
                      Refusal{"OdiSixOnASection",
                              "odi",
                              R"({"items": [1,1,1,1,6,1,1,1,1,1]})",
                              "items.5",
                              {QStringLiteral("0, 1, 2, 3, 4, 5"), QStringLiteral("null")}},
                      Refusal{"StartBackTwoOnAnAgreeItem",
                              "startback",
                              R"({"items": [2,0,0,0,0,0,0,0,0]})",
                              "items.1",
                              {QStringLiteral("0, 1")}},
                      Refusal{"StartBackFiveOnBothersomeness",
                              "startback",
                              R"({"items": [0,0,0,0,0,0,0,0,5]})",
                              "items.9",
                              {QStringLiteral("0, 1, 2, 3, 4")}},
                      Refusal{"StartBackMissingItem",
                              "startback",
                              R"({"items": [0,0,0,0,0,0,0,null,0]})",
                              "items.8",
                              {QStringLiteral("missing")}},
                      Refusal{"TugZero",
                              "tug",
                              R"({"seconds": 0})",
                              "seconds",
                              {QStringLiteral("greater than 0"), QStringLiteral("600")}},
                      Refusal{"TugNegative", "tug", R"({"seconds": -3})", "seconds", {QStringLiteral("-3")}},
                      Refusal{"TugTooLong", "tug", R"({"seconds": 600.1})", "seconds", {QStringLiteral("600")}},
                      Refusal{"TugAsText", "tug", R"({"seconds": "12"})", "seconds", {QStringLiteral("\"12\"")}},
                      Refusal{"TugMissing", "tug", R"({"age": 70})", "seconds", {QStringLiteral("required")}},
                      Refusal{"TugFractionalAge",
                              "tug",
                              R"({"seconds": 10, "age": 70.5})",
                              "age",
                              {QStringLiteral("whole number"), QStringLiteral("130")}},
                      Refusal{"TugUnknownAid",
                              "tug",
                              R"({"seconds": 10, "walking_aid": "skateboard"})",
                              "walking_aid",
                              {QStringLiteral("none, cane, two_canes, crutches, rollator, frame")}},
                      Refusal{"WalkUnknownSex",
                              "6mwt",
                              R"({"distance_m": 400, "sex": "X", "age": 60, "height_cm": 170, "weight_kg": 70})",
                              "sex",
                              {QStringLiteral("\"X\""), QStringLiteral("F, M")}},
                      Refusal{"WalkNegativeDistance",
                              "6mwt",
                              R"({"distance_m": -1, "sex": "F", "age": 60, "height_cm": 170, "weight_kg": 70})",
                              "distance_m",
                              {QStringLiteral("0"), QStringLiteral("1500")}},
                      Refusal{"WalkTooFar",
                              "6mwt",
                              R"({"distance_m": 1500.5, "sex": "F", "age": 60, "height_cm": 170, "weight_kg": 70})",
                              "distance_m",
                              {QStringLiteral("1500")}},
                      Refusal{"WalkMissingWeight",
                              "6mwt",
                              R"({"distance_m": 400, "sex": "F", "age": 60, "height_cm": 170})",
                              "weight_kg",
                              {QStringLiteral("required")}}));

TEST(AnswerRefusals, MessagesAreInFrenchForTheUsers)
{
    Translations::install(Language::French);
    const Result<QJsonObject> r = instrument("berg").score(json(R"({"items": [4,4,4,4,5,4,4,4,4,4,4,4,4,4]})"));
    Translations::install(Language::English);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.failure().messageFor(QStringLiteral("items.5")),
              QStringLiteral("Item 5 (transferts) : 5 n'est pas accepté ; les réponses possibles sont 0, 1, 2, 3, 4."));
}

} // namespace
} // namespace smr::test
