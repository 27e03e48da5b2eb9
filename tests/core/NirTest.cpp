// The NIR key (clinical reference §11): key = 97 − (13-digit number mod 97), with the Corsican
// departments 2A and 2B read as 19 and 18 before the computation.

#include "core/patients/Nir.h"
#include "support/Printers.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

struct KnownKey {
    const char *first13;
    int key;
    const char *source;
};

void PrintTo(const KnownKey &k, std::ostream *os)
{
    *os << k.first13 << " -> " << k.key;
}

class NirKnownKeys : public ::testing::TestWithParam<KnownKey>
{
};

// Keys computed by hand with the formula of §11; the first one is the example of the French
// Wikipedia article "Numéro de sécurité sociale en France" (2 55 08 14 168 025 38).
const KnownKey kKnownKeys[] = {
    {"2550814168025", 38, "Wikipedia FR example, mainland"},
    {"1850578006084", 91, "§11 formula, mainland"},
    {"1890549588157", 23, "§11 formula, mainland"},
    {"185052A006084", 35, "§11: 2A read as 19"},
    {"185052B006084", 62, "§11: 2B read as 18"},
    {"269022A350012", 76, "§11: 2A read as 19"},
    {"278062B123456", 78, "§11: 2B read as 18"},
};

TEST_P(NirKnownKeys, KeyOfTheThirteenCharacters)
{
    const KnownKey &k = GetParam();
    const std::optional<int> key = Nir::keyOf(QString::fromUtf8(k.first13));
    ASSERT_TRUE(key.has_value()) << k.source;
    EXPECT_EQ(*key, k.key) << k.source;
}

TEST_P(NirKnownKeys, FullNumberWithItsKeyIsValid)
{
    const KnownKey &k = GetParam();
    const QString nir = QLatin1String(k.first13) + QStringLiteral("%1").arg(k.key, 2, 10, QLatin1Char('0'));
    EXPECT_EQ(Nir::problem(nir), std::nullopt) << k.source;
}

TEST_P(NirKnownKeys, EveryOtherKeyIsRefused)
{
    const KnownKey &k = GetParam();
    // Only one key in 1..97 fits a number (§11); 00 and 98, 99 never do.
    for (int key = 0; key <= 99; ++key) {
        if (key == k.key)
            continue;
        const QString nir = QLatin1String(k.first13) + QStringLiteral("%1").arg(key, 2, 10, QLatin1Char('0'));
        const std::optional<QString> problem = Nir::problem(nir);
        ASSERT_TRUE(problem.has_value()) << nir.toStdString();
        EXPECT_TRUE(problem->contains(QStringLiteral("key"))) << problem->toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Reference, NirKnownKeys, ::testing::ValuesIn(kKnownKeys));

TEST(NirTest, CorsicaIsNotReadAsItsNumericDepartment)
{
    // §11: 2A is read as 19, not as 20 or as the letters' codes; the same number with "19"
    // written instead of "2A" has the same key, which is what the rule means.
    EXPECT_EQ(Nir::keyOf(QStringLiteral("1850519006084")), Nir::keyOf(QStringLiteral("185052A006084")));
    EXPECT_EQ(Nir::keyOf(QStringLiteral("1850518006084")), Nir::keyOf(QStringLiteral("185052B006084")));
    EXPECT_NE(Nir::keyOf(QStringLiteral("185052A006084")), Nir::keyOf(QStringLiteral("185052B006084")));
}

TEST(NirTest, WrongKeyMessageNamesTheKeyTyped)
{
    const std::optional<QString> problem = Nir::problem(QStringLiteral("255081416802539"));
    ASSERT_TRUE(problem.has_value());
    EXPECT_TRUE(problem->contains(QStringLiteral("39"))) << problem->toStdString();
    EXPECT_TRUE(problem->contains(QStringLiteral("NIR"))) << problem->toStdString();
}

struct BadShape {
    const char *text;
    const char *why;
    const char *expectedWord; // a word of the message that says what is wrong
};

void PrintTo(const BadShape &b, std::ostream *os)
{
    *os << '"' << b.text << "\" (" << b.why << ')';
}

class NirBadShapes : public ::testing::TestWithParam<BadShape>
{
};

const BadShape kBadShapes[] = {
    {"", "empty", "15"},
    {"25508141680253", "14 characters", "15"},
    {"2550814168025388", "16 characters", "15"},
    {"2550814168025", "the key is missing", "15"},
    {"255081416802A38", "a letter in the order number", "digits"},
    {"5550814168025xx", "first digit 5 is not a sex or status digit", "digits"},
    {"0550814168025xx", "first digit 0", "digits"},
    {"255082C16802538", "2C is not a Corsican department", "digits"},
    {"2550814168025A8", "a letter in the key", "digits"},
    {"255081416802 38", "a space inside (not normalized)", "digits"},
};

// §11: the 13 characters are digits (2A/2B as the department), followed by a 2-digit key.
TEST_P(NirBadShapes, RefusedWithAnExplanation)
{
    const BadShape &b = GetParam();
    const std::optional<QString> problem = Nir::problem(QString::fromUtf8(b.text));
    ASSERT_TRUE(problem.has_value()) << b.why;
    EXPECT_TRUE(problem->contains(QLatin1String(b.expectedWord))) << b.why << ": " << problem->toStdString();
}

INSTANTIATE_TEST_SUITE_P(Shapes, NirBadShapes, ::testing::ValuesIn(kBadShapes));

TEST(NirTest, LengthMessageCountsTheCharactersTyped)
{
    const std::optional<QString> problem = Nir::problem(QStringLiteral("25508141680253"));
    ASSERT_TRUE(problem.has_value());
    EXPECT_TRUE(problem->contains(QStringLiteral("14"))) << problem->toStdString();
}

TEST(NirTest, KeyOfRefusesWhatIsNotThirteenNirCharacters)
{
    EXPECT_EQ(Nir::keyOf(QStringLiteral("255081416802")), std::nullopt);   // 12 characters
    EXPECT_EQ(Nir::keyOf(QStringLiteral("25508141680255")), std::nullopt); // 14 characters
    EXPECT_EQ(Nir::keyOf(QStringLiteral("255082a168025")), std::nullopt);  // lower case: normalize first
    EXPECT_EQ(Nir::keyOf(QStringLiteral("2550814X68025")), std::nullopt);
}

struct Normalisation {
    const char *typed;
    const char *stored;
};

class NirNormalisation : public ::testing::TestWithParam<Normalisation>
{
};

// What users copy from a card: spaces, dots, dashes, a lower-case Corsican department.
const Normalisation kNormalisations[] = {
    {"2 55 08 14 168 025 38", "255081416802538"}, {" 2 55 08 14 168 025 38 ", "255081416802538"},
    {"2.55.08.14.168.025.38", "255081416802538"}, {"2-55-08-14-168-025-38", "255081416802538"},
    {"1 85 05 2a 006 084 35", "185052A00608435"}, {"1\t85 05 2b 006 084\u00a062", "185052B00608462"},
    {"255081416802538", "255081416802538"},
};

TEST_P(NirNormalisation, SeparatorsRemovedAndUpperCased)
{
    const QString normalized = Nir::normalize(QString::fromUtf8(GetParam().typed));
    EXPECT_EQ(normalized, QLatin1String(GetParam().stored));
    EXPECT_EQ(Nir::problem(normalized), std::nullopt);
}

INSTANTIATE_TEST_SUITE_P(Typed, NirNormalisation, ::testing::ValuesIn(kNormalisations));

TEST(NirTest, FormattedTheWayACardPrintsIt)
{
    EXPECT_EQ(Nir::formatted(QStringLiteral("255081416802538")), QStringLiteral("2 55 08 14 168 025 38"));
    EXPECT_EQ(Nir::formatted(QStringLiteral("185052A00608435")), QStringLiteral("1 85 05 2A 006 084 35"));
    // Anything else is shown as it is.
    EXPECT_EQ(Nir::formatted(QStringLiteral("1234")), QStringLiteral("1234"));
}

} // namespace
} // namespace smr
