// UnitService: the establishment's configurable list of units (issue #2, Stay: "configurable
// list"). A unit that closes is deactivated, never deleted.

#include "core/units/UnitService.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;

struct CodeCase {
    const char *label; // UTF-8
    const char *code;
};

void PrintTo(const CodeCase &c, std::ostream *os)
{
    *os << c.label;
}

class UnitCodes : public ::testing::TestWithParam<CodeCase>
{
};

// UnitService.h: the code is derived from the label ("Soins de suite" -> "soins-de-suite").
const CodeCase kCodes[] = {
    {"Soins de suite", "soins-de-suite"},
    {"Gériatrie", "geriatrie"},
    {"Cardio-vasculaire", "cardio-vasculaire"},
    {"  Médecine   physique ", "medecine-physique"},
    {"Rééducation (HTP) n°2", "reeducation-htp-n-2"},
    {"Cœur & poumons", "coeur-poumons"},
    {"---", ""},
};

TEST_P(UnitCodes, DerivedFromTheLabel)
{
    EXPECT_EQ(UnitService::codeFor(QString::fromUtf8(GetParam().label)), QLatin1String(GetParam().code));
}

INSTANTIATE_TEST_SUITE_P(Units, UnitCodes, ::testing::ValuesIn(kCodes));

QStringList codes(TestStore &db)
{
    QStringList out;
    for (const Unit &u : db.units())
        out << u.code;
    return out;
}

TEST(UnitServiceTest, SeededUnitsOfTheIssue)
{
    TestStore db;
    EXPECT_EQ(codes(db), (QStringList{QStringLiteral("locomoteur"), QStringLiteral("neurologie"),
                                      QStringLiteral("cardio-vasculaire"), QStringLiteral("respiratoire"),
                                      QStringLiteral("geriatrie"), QStringLiteral("polyvalent")}));
    EXPECT_EQ(db.units().at(4).label, QString::fromUtf8("Gériatrie"));
}

TEST(UnitServiceTest, AddPutsTheUnitLast)
{
    TestStore db;
    int changes = 0;
    QObject::connect(&db->units(), &UnitService::unitsChanged, [&] { ++changes; });
    const Result<QString> code = db->units().add(QStringLiteral("  Soins  de suite "));
    ASSERT_TRUE(code) << code.failure().text().toStdString();
    EXPECT_EQ(*code, QStringLiteral("soins-de-suite"));
    EXPECT_EQ(changes, 1);
    const QList<Unit> units = db.units();
    ASSERT_EQ(units.size(), 7);
    EXPECT_EQ(units.last().code, QStringLiteral("soins-de-suite"));
    EXPECT_EQ(units.last().label, QStringLiteral("Soins de suite"));
    EXPECT_TRUE(units.last().active);
    EXPECT_GT(units.last().sortOrder, units.at(5).sortOrder);
    // The new unit takes stays.
    Stay s = TestStore::stay(db.addPatient());
    s.unitCode = *code;
    EXPECT_TRUE(db->stays().open(s));
}

TEST(UnitServiceTest, DuplicateNameIsRefused)
{
    TestStore db;
    const QString before = db.dumpAll();
    // The same name, whatever the case and accents, or the same derived code.
    for (const char *label : {"Locomoteur", "LOCOMOTEUR", "geriatrie", "Gériatrie", "Cardio vasculaire"}) {
        const Result<QString> code = db->units().add(QString::fromUtf8(label));
        ASSERT_FALSE(code) << label;
        EXPECT_EQ(code.failure().kind(), Failure::Kind::Invalid);
        EXPECT_TRUE(code.failure().messageFor(UnitService::LabelField).contains(QStringLiteral("already exists")))
            << code.failure().text().toStdString();
        EXPECT_EQ(db.dumpAll(), before) << label;
    }
}

TEST(UnitServiceTest, EmptyOrTooLongNameIsRefused)
{
    TestStore db;
    const QString before = db.dumpAll();
    for (const QString &label :
         {QString(), QStringLiteral("   "), QStringLiteral("--"), QString(61, QLatin1Char('a'))}) {
        const Result<QString> code = db->units().add(label);
        ASSERT_FALSE(code) << label.toStdString();
        EXPECT_FALSE(code.failure().messageFor(UnitService::LabelField).isEmpty());
        EXPECT_EQ(db.dumpAll(), before);
    }
    EXPECT_TRUE(db->units().add(QString(60, QLatin1Char('a')))) << "60 characters is the limit (MaxLabelLength)";
}

TEST(UnitServiceTest, RenameKeepsTheCode)
{
    TestStore db;
    const PatientId patient = db.addPatient();
    ASSERT_TRUE(db->stays().open(TestStore::stay(patient)));
    const Status renamed = db->units().rename(QStringLiteral("locomoteur"), QStringLiteral("Appareil locomoteur"));
    ASSERT_TRUE(renamed) << renamed.failure().text().toStdString();
    const Unit first = db.units().first();
    EXPECT_EQ(first.code, QStringLiteral("locomoteur"));
    EXPECT_EQ(first.label, QStringLiteral("Appareil locomoteur"));
    // Its stays still belong to it.
    EXPECT_EQ(db->stays().forPatient(patient).value().first().unitCode, QStringLiteral("locomoteur"));
    // Renaming to its own name in another case is not a duplicate of itself.
    EXPECT_TRUE(db->units().rename(QStringLiteral("locomoteur"), QStringLiteral("APPAREIL LOCOMOTEUR")));
}

TEST(UnitServiceTest, RenameRefusals)
{
    TestStore db;
    const QString before = db.dumpAll();
    Status renamed = db->units().rename(QStringLiteral("locomoteur"), QStringLiteral("Neurologie"));
    ASSERT_FALSE(renamed);
    EXPECT_EQ(renamed.failure().kind(), Failure::Kind::Invalid);
    EXPECT_TRUE(renamed.failure().messageFor(UnitService::LabelField).contains(QStringLiteral("Neurologie")));
    renamed = db->units().rename(QStringLiteral("locomoteur"), QString());
    ASSERT_FALSE(renamed);
    renamed = db->units().rename(QStringLiteral("nowhere"), QStringLiteral("Somewhere"));
    ASSERT_FALSE(renamed);
    EXPECT_EQ(renamed.failure().kind(), Failure::Kind::NotFound);
    EXPECT_TRUE(renamed.failure().messageFor(UnitService::UnitField).contains(QStringLiteral("nowhere")));
    EXPECT_EQ(db.dumpAll(), before);
}

TEST(UnitServiceTest, DeactivateAndReactivate)
{
    TestStore db;
    ASSERT_TRUE(db->units().setActive(QStringLiteral("respiratoire"), false));
    QList<Unit> units = db.units();
    EXPECT_EQ(units.size(), 6) << "deactivated, never deleted";
    EXPECT_FALSE(units.at(3).active);
    EXPECT_TRUE(units.at(2).active);

    ASSERT_TRUE(db->units().setActive(QStringLiteral("respiratoire"), true));
    EXPECT_TRUE(db.units().at(3).active);

    const Status unknown = db->units().setActive(QStringLiteral("nowhere"), false);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.failure().kind(), Failure::Kind::NotFound);
}

TEST(UnitServiceTest, NameOfADeactivatedUnitStaysTaken)
{
    TestStore db;
    ASSERT_TRUE(db->units().setActive(QStringLiteral("polyvalent"), false));
    EXPECT_FALSE(db->units().add(QStringLiteral("Polyvalent")));
}

} // namespace
} // namespace smr
