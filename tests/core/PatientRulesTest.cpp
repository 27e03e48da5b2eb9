// The rules of a patient's record that need no database (PatientRules): each refusal names its
// field key, and its message names the field and the allowed values or range.

#include "core/patients/PatientRules.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <functional>

namespace smr {
namespace {

using test::TestStore;

struct RuleCase {
    const char *name;
    std::function<void(Patient &)> change;
    QString field;
    QStringList messageMentions; // words the message must contain
    const char *source;
};

void PrintTo(const RuleCase &c, std::ostream *os)
{
    *os << c.name;
}

std::string caseName(const ::testing::TestParamInfo<RuleCase> &info)
{
    return info.param.name;
}

QList<FieldError> checked(const Patient &p)
{
    return PatientRules::check(PatientRules::normalized(p), TestStore::today());
}

TEST(PatientRulesTest, TheTestPatientIsValid)
{
    EXPECT_TRUE(checked(TestStore::patient()).isEmpty());
}

class PatientRuleRefusals : public ::testing::TestWithParam<RuleCase>
{
};

TEST_P(PatientRuleRefusals, FieldAndMessage)
{
    const RuleCase &c = GetParam();
    Patient p = TestStore::patient();
    c.change(p);
    const QList<FieldError> errors = checked(p);
    ASSERT_EQ(errors.size(), 1) << c.source;
    EXPECT_EQ(errors.first().field, c.field) << c.source;
    for (const QString &word : c.messageMentions)
        EXPECT_TRUE(errors.first().message.contains(word, Qt::CaseInsensitive))
            << c.source << ": \"" << errors.first().message.toStdString() << "\" should mention " << word.toStdString();
}

// Every rule of PatientRules::check. Sources: issue #2 "Domain" (identity fields), clinical
// reference §11 (NIR), PatientRules.h (limits).
const RuleCase kRuleCases[] = {
    {"EmptyIpp",
     [](Patient &p) { p.ipp.clear(); },
     PatientRules::Ipp,
     {QStringLiteral("IPP"), QStringLiteral("required")},
     "issue #2: the IPP is the local identifier"},
    {"IppWithSpace",
     [](Patient &p) { p.ipp = QStringLiteral("A 12"); },
     PatientRules::Ipp,
     {QStringLiteral("IPP"), QStringLiteral("letters, digits and hyphens"), QStringLiteral("20")},
     "PatientRules: letters, digits, hyphens, 20 characters"},
    {"IppTooLong",
     [](Patient &p) { p.ipp = QString(21, QLatin1Char('A')); },
     PatientRules::Ipp,
     {QStringLiteral("IPP"), QStringLiteral("20")},
     "PatientRules::MaxIppLength"},
    {"EmptyBirthName",
     [](Patient &p) { p.birthName.clear(); },
     PatientRules::BirthName,
     {QStringLiteral("birth name"), QStringLiteral("required")},
     "issue #2: birth name"},
    {"BlankBirthName",
     [](Patient &p) { p.birthName = QStringLiteral("   "); },
     PatientRules::BirthName,
     {QStringLiteral("birth name")},
     "issue #2: birth name (spaces only is empty)"},
    {"EmptyFirstName",
     [](Patient &p) { p.firstNames.clear(); },
     PatientRules::FirstNames,
     {QStringLiteral("first name"), QStringLiteral("required")},
     "issue #2: first names"},
    {"DigitInBirthName",
     [](Patient &p) { p.birthName = QStringLiteral("Dupont2"); },
     PatientRules::BirthName,
     {QStringLiteral("birth name"), QStringLiteral("letters, spaces, hyphens and apostrophes")},
     "PatientRules: names are letters, spaces, hyphens, apostrophes"},
    {"NameStartingWithHyphen",
     [](Patient &p) { p.firstNames = QStringLiteral("-Marie"); },
     PatientRules::FirstNames,
     {QStringLiteral("first name"), QStringLiteral("letters")},
     "PatientRules: a name starts with a letter"},
    {"UsedNameWithDigits",
     [](Patient &p) { p.usedName = QStringLiteral("Martin 2"); },
     PatientRules::UsedName,
     {QStringLiteral("used name"), QStringLiteral("letters")},
     "PatientRules: used name follows the name rules"},
    {"BirthNameTooLong",
     [](Patient &p) { p.birthName = QString(81, QLatin1Char('a')); },
     PatientRules::BirthName,
     {QStringLiteral("birth name"), QStringLiteral("80")},
     "PatientRules::MaxNameLength"},
    {"MissingBirthDate",
     [](Patient &p) { p.birthDate = QDate(); },
     PatientRules::BirthDate,
     {QStringLiteral("birth date"), QStringLiteral("required")},
     "issue #2: birth date"},
    {"BirthDateTomorrow",
     [](Patient &p) { p.birthDate = QDate(2026, 11, 23); },
     PatientRules::BirthDate,
     {QStringLiteral("birth date"), QStringLiteral("future"), QStringLiteral("22/11/2026")},
     "issue #2: birth date in the future refused"},
    {"BirthDateBefore1900",
     [](Patient &p) { p.birthDate = QDate(1899, 12, 31); },
     PatientRules::BirthDate,
     {QStringLiteral("birth date"), QStringLiteral("01/01/1900")},
     "PatientRules::earliestBirthDate"},
    {"NirWrongKey",
     [](Patient &p) { p.nir = QStringLiteral("2 55 08 14 168 025 39"); },
     PatientRules::NirField,
     {QStringLiteral("NIR"), QStringLiteral("key"), QStringLiteral("39")},
     "clinical reference §11: key check"},
    {"NirCorsicaWrongKey",
     [](Patient &p) { p.nir = QStringLiteral("185052A00608462"); },
     PatientRules::NirField,
     {QStringLiteral("NIR"), QStringLiteral("key")},
     "clinical reference §11: 2A read as 19 (62 is the 2B key)"},
    {"NirTooShort",
     [](Patient &p) { p.nir = QStringLiteral("2550814168025"); },
     PatientRules::NirField,
     {QStringLiteral("NIR"), QStringLiteral("15")},
     "clinical reference §11: 13 characters + 2-digit key"},
    {"NirLetters",
     [](Patient &p) { p.nir = QStringLiteral("25508141680AB38"); },
     PatientRules::NirField,
     {QStringLiteral("NIR"), QStringLiteral("digits"), QStringLiteral("2A or 2B")},
     "clinical reference §11: digits, 2A/2B for Corsica"},
    {"QualifiedWithoutNir",
     [](Patient &p) { p.insQualified = true; },
     PatientRules::InsQualified,
     {QStringLiteral("qualified"), QStringLiteral("NIR")},
     "clinical reference §11: the INS is qualified only after an identity check of the NIR"},
    {"HeightTooSmall",
     [](Patient &p) { p.heightCm = 49.9; },
     PatientRules::HeightCm,
     {QStringLiteral("height"), QStringLiteral("50"), QStringLiteral("250"), QStringLiteral("cm")},
     "PatientRules::MinHeightCm"},
    {"HeightTooLarge",
     [](Patient &p) { p.heightCm = 250.5; },
     PatientRules::HeightCm,
     {QStringLiteral("height"), QStringLiteral("50"), QStringLiteral("250")},
     "PatientRules::MaxHeightCm"},
    {"WeightTooSmall",
     [](Patient &p) { p.weightKg = 1.5; },
     PatientRules::WeightKg,
     {QStringLiteral("weight"), QStringLiteral("2"), QStringLiteral("350"), QStringLiteral("kg")},
     "PatientRules::MinWeightKg"},
    {"WeightTooLarge",
     [](Patient &p) { p.weightKg = 351; },
     PatientRules::WeightKg,
     {QStringLiteral("weight"), QStringLiteral("350")},
     "PatientRules::MaxWeightKg"},
    {"NegativeWeight",
     [](Patient &p) { p.weightKg = -70; },
     PatientRules::WeightKg,
     {QStringLiteral("weight")},
     "PatientRules::MinWeightKg"},
};

INSTANTIATE_TEST_SUITE_P(Rules, PatientRuleRefusals, ::testing::ValuesIn(kRuleCases), caseName);

struct Accepted {
    const char *name;
    std::function<void(Patient &)> change;
    const char *source;
};

void PrintTo(const Accepted &a, std::ostream *os)
{
    *os << a.name;
}

class PatientRuleAcceptances : public ::testing::TestWithParam<Accepted>
{
};

TEST_P(PatientRuleAcceptances, NoError)
{
    Patient p = TestStore::patient();
    GetParam().change(p);
    const QList<FieldError> errors = checked(p);
    EXPECT_TRUE(errors.isEmpty()) << GetParam().source << ": "
                                  << (errors.isEmpty() ? std::string() : errors.first().message.toStdString());
}

// The limits themselves are allowed (the ranges are inclusive), and real French names pass.
const Accepted kAccepted[] = {
    {"BornToday", [](Patient &p) { p.birthDate = TestStore::today(); }, "a birth date today is not in the future"},
    {"Born1900", [](Patient &p) { p.birthDate = QDate(1900, 1, 1); }, "PatientRules::earliestBirthDate inclusive"},
    {"HeightLimits",
     [](Patient &p) {
         p.heightCm = 50;
         p.weightKg = 350;
     },
     "ranges are inclusive"},
    {"WeightLimits",
     [](Patient &p) {
         p.heightCm = 250;
         p.weightKg = 2;
     },
     "ranges are inclusive"},
    {"DecimalWeight", [](Patient &p) { p.weightKg = 72.5; }, "weights have decimals"},
    {"CompoundNames",
     [](Patient &p) {
         p.birthName = QString::fromUtf8("Lefèvre-Œuvray");
         p.firstNames = QString::fromUtf8("Jean-Pierre Hélène");
         p.usedName = QString::fromUtf8("N'Diaye O’Brien");
     },
     "hyphens, apostrophes, accents, ligatures"},
    {"IppLowerCaseWithHyphen", [](Patient &p) { p.ipp = QStringLiteral(" smr-0042 "); }, "IPP trimmed and upper-cased"},
    {"IppOfTwentyCharacters", [](Patient &p) { p.ipp = QString(20, QLatin1Char('9')); }, "MaxIppLength inclusive"},
    {"NirMainland",
     [](Patient &p) {
         p.nir = QStringLiteral("2 55 08 14 168 025 38");
         p.insQualified = true;
     },
     "clinical reference §11"},
    {"NirCorsica2A", [](Patient &p) { p.nir = QStringLiteral("1 85 05 2a 006 084 35"); }, "§11: 2A read as 19"},
    {"NirCorsica2B", [](Patient &p) { p.nir = QStringLiteral("185052B00608462"); }, "§11: 2B read as 18"},
};

INSTANTIATE_TEST_SUITE_P(Rules, PatientRuleAcceptances, ::testing::ValuesIn(kAccepted),
                         [](const auto &test) { return std::string(test.param.name); });

TEST(PatientRulesTest, ErrorsComeInTheOrderOfTheForm)
{
    Patient p;
    p.birthDate = QDate(2030, 1, 1);
    p.heightCm = 10;
    const QList<FieldError> errors = checked(p);
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    EXPECT_EQ(fields, (QStringList{PatientRules::Ipp, PatientRules::BirthName, PatientRules::FirstNames,
                                   PatientRules::BirthDate, PatientRules::HeightCm}));
}

TEST(PatientRulesTest, NormalizedIsWhatIsStored)
{
    Patient p = TestStore::patient(QStringLiteral(" ipp-7 "));
    p.nir = QStringLiteral("1 85 05 2a 006 084 35");
    p.birthName = QStringLiteral("  Le   Gall ");
    p.usedName = QStringLiteral(" Martin ");
    p.firstNames = QStringLiteral(" Anne  Marie ");
    p.generalPractitioner = QStringLiteral("  Dr House ");
    const Patient n = PatientRules::normalized(p);
    EXPECT_EQ(n.ipp, QStringLiteral("IPP-7"));
    EXPECT_EQ(n.nir, QStringLiteral("185052A00608435"));
    EXPECT_EQ(n.birthName, QStringLiteral("Le Gall"));
    EXPECT_EQ(n.usedName, QStringLiteral("Martin"));
    EXPECT_EQ(n.firstNames, QStringLiteral("Anne Marie"));
    EXPECT_EQ(n.generalPractitioner, QStringLiteral("Dr House"));
}

TEST(PatientRulesTest, DisplayNameShowsTheUsedNameBesideTheBirthName)
{
    Patient p = TestStore::patient();
    EXPECT_EQ(p.displayName(), QStringLiteral("DUPONT Marie"));
    p.usedName = QStringLiteral("Martin");
    EXPECT_EQ(p.displayName(), QStringLiteral("DUPONT (MARTIN) Marie"));
    p.usedName = QStringLiteral("dupont"); // the same name is not repeated
    EXPECT_EQ(p.displayName(), QStringLiteral("DUPONT Marie"));
    EXPECT_EQ(p.ageOn(TestStore::today()), 70);
}

} // namespace
} // namespace smr
