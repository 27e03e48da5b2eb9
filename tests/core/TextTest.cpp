// Text: the folded form names are compared and searched in, the words of a name, and numbers
// typed with a decimal comma.

#include "core/common/Text.h"
#include "support/Printers.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

struct Folding {
    const char *text; // UTF-8
    const char *folded;
};

void PrintTo(const Folding &f, std::ostream *os)
{
    *os << f.text;
}

class Fold : public ::testing::TestWithParam<Folding>
{
};

// Text.h: upper case without diacritics or ligatures, so that "lefev" finds "Lefèvre".
const Folding kFoldings[] = {
    {"Lefèvre", "LEFEVRE"},
    {"Lefèvre-Œuvray", "LEFEVRE-OEUVRAY"},
    {"cœur", "COEUR"},
    {"Lætitia", "LAETITIA"},
    {"ÆSCHYLE", "AESCHYLE"},
    {"Strauß", "STRAUSS"},
    {"François", "FRANCOIS"},
    {"Hélène Gérard", "HELENE GERARD"},
    {"Noël", "NOEL"},
    {"Benoît", "BENOIT"},
    {"Ådne Øst", "ADNE ØST"}, // Ø has no decomposition: kept, upper-cased
    {"N'Diaye", "N'DIAYE"},
    {"ﬁlle", "FILLE"}, // compatibility ligature fi
    {"already UPPER", "ALREADY UPPER"},
    {"", ""},
};

TEST_P(Fold, AccentsAndLigatures)
{
    EXPECT_EQ(text::fold(QString::fromUtf8(GetParam().text)), QString::fromUtf8(GetParam().folded));
}

INSTANTIATE_TEST_SUITE_P(Text, Fold, ::testing::ValuesIn(kFoldings));

TEST(TextTest, FoldedPrefixMatchesAccentedName)
{
    // The reason for folding (PatientSearch): the prefix typed without accents is a prefix of
    // the folded stored name.
    EXPECT_TRUE(text::fold(QString::fromUtf8("Lefèvre")).startsWith(text::fold(QStringLiteral("lefev"))));
    EXPECT_TRUE(text::fold(QString::fromUtf8("Lefèvre")).startsWith(text::fold(QString::fromUtf8("LEFÈV"))));
}

TEST(TextTest, NameWordsSplitAtHyphensAndApostrophesAndKeepJoinedForms)
{
    // Text.h: "Jean-Pierre d'Orléans" -> JEAN, PIERRE, D, ORLEANS, and JEANPIERRE, DORLEANS.
    const QStringList words = text::nameWords(QString::fromUtf8("Jean-Pierre d'Orléans"));
    EXPECT_EQ(words, (QStringList{QStringLiteral("JEAN"), QStringLiteral("PIERRE"), QStringLiteral("JEANPIERRE"),
                                  QStringLiteral("D"), QStringLiteral("ORLEANS"), QStringLiteral("DORLEANS")}));
}

TEST(TextTest, NameWordsOfSimpleAndCompoundNames)
{
    EXPECT_EQ(text::nameWords(QStringLiteral("Marie")), QStringList{QStringLiteral("MARIE")});
    EXPECT_EQ(text::nameWords(QStringLiteral("  Le   Gall ")),
              (QStringList{QStringLiteral("LE"), QStringLiteral("GALL")}));
    // A typographic apostrophe splits like a straight one.
    EXPECT_EQ(text::nameWords(QString::fromUtf8("O’Brien")),
              (QStringList{QStringLiteral("O"), QStringLiteral("BRIEN"), QStringLiteral("OBRIEN")}));
    // A word is listed once.
    EXPECT_EQ(text::nameWords(QStringLiteral("Marie Marie-Anne")),
              (QStringList{QStringLiteral("MARIE"), QStringLiteral("ANNE"), QStringLiteral("MARIEANNE")}));
    EXPECT_TRUE(text::nameWords(QString()).isEmpty());
    EXPECT_TRUE(text::nameWords(QStringLiteral(" - ")).isEmpty());
}

struct Decimal {
    const char *text;
    std::optional<double> value;
};

void PrintTo(const Decimal &d, std::ostream *os)
{
    *os << '"' << d.text << '"';
}

class ParseDecimal : public ::testing::TestWithParam<Decimal>
{
};

// Text.h: a number typed with a comma (French) or a point. Nothing for anything else.
const Decimal kDecimals[] = {
    {"72,5", 72.5},          {"72.5", 72.5},          {"72", 72.0},
    {" 72,5 ", 72.5},        {"-3,25", -3.25},        {"0,1", 0.1},
    {"172", 172.0},          {"72,", std::nullopt},   {",5", std::nullopt},
    {"7,2,5", std::nullopt}, {"1 000", std::nullopt}, {"1e3", std::nullopt},
    {"72 kg", std::nullopt}, {"abc", std::nullopt},   {"+5", std::nullopt},
    {"", std::nullopt},
};

TEST_P(ParseDecimal, CommaOrPoint)
{
    const Decimal &d = GetParam();
    const std::optional<double> parsed = text::parseDecimal(QString::fromUtf8(d.text));
    if (d.value) {
        ASSERT_TRUE(parsed.has_value());
        EXPECT_DOUBLE_EQ(*parsed, *d.value);
    } else {
        EXPECT_EQ(parsed, std::nullopt);
    }
}

INSTANTIATE_TEST_SUITE_P(Text, ParseDecimal, ::testing::ValuesIn(kDecimals));

TEST(TextTest, Simplified)
{
    EXPECT_EQ(text::simplified(QStringLiteral("  Jean \t  Pierre \n")), QStringLiteral("Jean Pierre"));
    EXPECT_EQ(text::simplified(QStringLiteral("   ")), QString());
}

} // namespace
} // namespace smr
