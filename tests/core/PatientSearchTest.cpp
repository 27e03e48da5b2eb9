// Finding patients as the user types (issue #2, main window: "searchable as you type by name,
// IPP or birth date"): the beginning of any word of the names, accents or not, the IPP, the
// birth date in the forms a French user types. Every word of the query must match.

#include "core/patients/PatientSearch.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;

class PatientSearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        add(QStringLiteral("P-1001"), QString::fromUtf8("Lefèvre"), QString(), QStringLiteral("Marie"),
            QDate(1956, 3, 12));
        add(QStringLiteral("P-1002"), QStringLiteral("Dupont"), QStringLiteral("Martin"), QStringLiteral("Jeanne"),
            QDate(1948, 7, 1));
        add(QStringLiteral("P-1003"), QString::fromUtf8("d'Orléans"), QString(), QStringLiteral("Jean-Pierre"),
            QDate(1970, 3, 12));
        add(QStringLiteral("SMR-0042"), QStringLiteral("Lefebvre"), QString(), QStringLiteral("Paul"),
            QDate(1956, 11, 5));
        add(QStringLiteral("20260007"), QString::fromUtf8("Œuvray"), QString(), QString::fromUtf8("Hélène"),
            QDate(1990, 1, 30));
    }

    void add(const QString &ipp, const QString &birthName, const QString &usedName, const QString &firstNames,
             const QDate &birth)
    {
        Patient p = TestStore::patient(ipp);
        p.birthName = birthName;
        p.usedName = usedName;
        p.firstNames = firstNames;
        p.birthDate = birth;
        const Result<PatientId> id = db->patients().create(p);
        ASSERT_TRUE(id) << id.failure().text().toStdString();
    }

    // The IPPs found for `query`, in the order of the list.
    QStringList found(const QString &query, int limit = 0)
    {
        const Result<QList<Patient>> patients = db->patients().search(query, limit);
        EXPECT_TRUE(patients);
        QStringList ipps;
        if (patients) {
            for (const Patient &p : *patients)
                ipps << p.ipp;
        }
        return ipps;
    }

    TestStore db;
};

struct Query {
    const char *name;
    const char *query; // UTF-8
    QStringList ipps;  // in alphabetical order of the names
};

void PrintTo(const Query &q, std::ostream *os)
{
    *os << '"' << q.query << '"';
}

class PatientSearchQueries : public PatientSearchTest, public ::testing::WithParamInterface<Query>
{
};

TEST_P(PatientSearchQueries, Finds)
{
    EXPECT_EQ(found(QString::fromUtf8(GetParam().query)), GetParam().ipps) << GetParam().query;
}

// Alphabetical order: D'ORLEANS, DUPONT, LEFEBVRE, LEFEVRE, OEUVRAY.
const Query kQueries[] = {
    {"PrefixWithoutAccent", "lefev", {QStringLiteral("P-1001")}},
    {"PrefixWithAccent", "Lefèv", {QStringLiteral("P-1001")}},
    {"UpperCase", "LEFEVRE", {QStringLiteral("P-1001")}},
    {"CommonPrefix", "lef", {QStringLiteral("SMR-0042"), QStringLiteral("P-1001")}},
    {"FirstName", "marie", {QStringLiteral("P-1001")}},
    {"SeveralWordsAnyOrder", "marie lef", {QStringLiteral("P-1001")}},
    {"SeveralWordsBothNeeded", "lef jeanne", {}},
    {"UsedName", "martin", {QStringLiteral("P-1002")}},
    {"BirthNameOfAPatientWithAUsedName", "dupont jea", {QStringLiteral("P-1002")}},
    {"Ligature", "oeuv", {QStringLiteral("20260007")}},
    {"LigatureTyped", "Œuvray", {QStringLiteral("20260007")}},
    {"CompoundFirstNamePart", "pierre", {QStringLiteral("P-1003")}},
    {"CompoundFirstNameHyphen", "jean-pierre", {QStringLiteral("P-1003")}},
    {"CompoundFirstNameJoined", "jeanpierre", {QStringLiteral("P-1003")}},
    {"ApostropheNameWord", "orleans", {QStringLiteral("P-1003")}},
    {"ApostropheNameTyped", "d'orl", {QStringLiteral("P-1003")}},
    {"ApostropheNameJoined", "dorl", {QStringLiteral("P-1003")}},
    {"JeanMatchesJeanneAndJeanPierre", "jean", {QStringLiteral("P-1003"), QStringLiteral("P-1002")}},
    {"Ipp", "P-1002", {QStringLiteral("P-1002")}},
    {"IppLowerCase", "p-1002", {QStringLiteral("P-1002")}},
    {"IppPrefix", "P-100", {QStringLiteral("P-1003"), QStringLiteral("P-1002"), QStringLiteral("P-1001")}},
    {"IppOfDigits", "20260007", {QStringLiteral("20260007")}},
    {"IppWithHyphenWhole", "SMR-0042", {QStringLiteral("SMR-0042")}},
    {"IppWithoutItsHyphen", "smr0042", {QStringLiteral("SMR-0042")}},
    {"BirthDateFrench", "12/03/1956", {QStringLiteral("P-1001")}},
    {"BirthDateDayMonth", "12/03", {QStringLiteral("P-1003"), QStringLiteral("P-1001")}},
    {"BirthDateDots", "12.03.1956", {QStringLiteral("P-1001")}},
    {"BirthDateOneDigitDayMonth", "5/11/1956", {QStringLiteral("SMR-0042")}},
    {"BirthDateIso", "1956-03-12", {QStringLiteral("P-1001")}},
    {"BirthDateIsoMonth", "1956-03", {QStringLiteral("P-1001")}},
    {"BirthYear", "1956", {QStringLiteral("SMR-0042"), QStringLiteral("P-1001")}},
    {"BirthDateAndName", "12/03 jean", {QStringLiteral("P-1003")}},
    {"Nothing", "zzz", {}},
};

INSTANTIATE_TEST_SUITE_P(Search, PatientSearchQueries, ::testing::ValuesIn(kQueries),
                         [](const auto &test) { return std::string(test.param.name); });

TEST_F(PatientSearchTest, BlankQueryListsEveryoneAlphabetically)
{
    const QStringList all{QStringLiteral("P-1003"), QStringLiteral("P-1002"), QStringLiteral("SMR-0042"),
                          QStringLiteral("P-1001"), QStringLiteral("20260007")};
    EXPECT_EQ(found(QString()), all);
    EXPECT_EQ(found(QStringLiteral("   ")), all);
    EXPECT_EQ(found(QString(), 2), all.mid(0, 2));
}

TEST_F(PatientSearchTest, RenamedPatientIsFoundByTheNewNameOnly)
{
    Result<QList<Patient>> patients = db->patients().search(QStringLiteral("P-1001"));
    ASSERT_TRUE(patients);
    ASSERT_EQ(patients->size(), 1);
    Patient p = patients->first();
    p.birthName = QStringLiteral("Moreau");
    ASSERT_TRUE(db->patients().update(p));
    EXPECT_EQ(found(QStringLiteral("lefev")), QStringList());
    EXPECT_EQ(found(QStringLiteral("moreau")), QStringList{QStringLiteral("P-1001")});
}

TEST(PatientSearchRules, PrefixesOfAQuery)
{
    EXPECT_EQ(PatientSearch::prefixesOf(QString::fromUtf8("Lefèvre  marie")),
              (QStringList{QStringLiteral("LEFEVRE"), QStringLiteral("MARIE")}));
    EXPECT_EQ(PatientSearch::prefixesOf(QStringLiteral("5/3/1956")), QStringList{QStringLiteral("05/03/1956")});
    EXPECT_EQ(PatientSearch::prefixesOf(QStringLiteral("12/")), QStringList{QStringLiteral("12/")});
    EXPECT_EQ(PatientSearch::prefixesOf(QStringLiteral("1956-03")), QStringList{QStringLiteral("1956-03")});
    EXPECT_EQ(PatientSearch::prefixesOf(QStringLiteral("d'art")),
              (QStringList{QStringLiteral("D"), QStringLiteral("ART")}));
    EXPECT_TRUE(PatientSearch::prefixesOf(QStringLiteral(" \t ")).isEmpty());
}

TEST(PatientSearchRules, TermsOfAPatient)
{
    Patient p = TestStore::patient(QStringLiteral("ipp-7"));
    p.birthName = QString::fromUtf8("Lefèvre");
    p.usedName = QStringLiteral("Martin");
    p.firstNames = QStringLiteral("Anne-Marie");
    const QStringList terms = PatientSearch::termsFor(p);
    for (const char *t : {"LEFEVRE", "MARTIN", "ANNE", "MARIE", "ANNEMARIE", "IPP-7", "12/03/1956", "1956-03-12"})
        EXPECT_TRUE(terms.contains(QLatin1String(t))) << t;
    EXPECT_EQ(terms.size(), QSet<QString>(terms.begin(), terms.end()).size()) << "no duplicate term";
    EXPECT_EQ(PatientSearch::sortKeyOf(p), QStringLiteral("LEFEVRE ANNE-MARIE"));
}

} // namespace
} // namespace smr
