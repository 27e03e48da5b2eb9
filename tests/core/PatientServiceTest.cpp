// PatientService: the only writer of patients. Every refusal names its field and writes
// nothing; a save over a newer version is refused (Conflict) and leaves the stored record alone.

#include "core/patients/PatientRules.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <functional>

namespace smr {
namespace {

using test::TestStore;

const QString kFirstNir = QStringLiteral("255081416802538"); // clinical reference §11 example

class PatientServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Patient first = TestStore::patient(QStringLiteral("IPP001"));
        first.nir = kFirstNir;
        first.insQualified = true;
        const Result<PatientId> id = db->patients().create(first);
        ASSERT_TRUE(id) << id.failure().text().toStdString();
        firstId = *id;
    }

    TestStore db;
    PatientId firstId;
};

struct Refusal {
    const char *name;
    std::function<void(Patient &)> change; // applied to a new valid patient IPP002
    QString field;
    QStringList messageMentions;
    const char *source;
};

void PrintTo(const Refusal &r, std::ostream *os)
{
    *os << r.name;
}

class PatientCreateRefusals : public PatientServiceTest, public ::testing::WithParamInterface<Refusal>
{
};

// Each refusal of issue #2 ("Refused, with a test each") and of PatientRules, through the service.
const Refusal kRefusals[] = {
    {"EmptyBirthName",
     [](Patient &p) { p.birthName.clear(); },
     PatientRules::BirthName,
     {QStringLiteral("birth name")},
     "issue #2: empty names refused"},
    {"EmptyFirstName",
     [](Patient &p) { p.firstNames = QStringLiteral("  "); },
     PatientRules::FirstNames,
     {QStringLiteral("first name")},
     "issue #2: empty names refused"},
    {"FutureBirthDate",
     [](Patient &p) { p.birthDate = QDate(2027, 1, 1); },
     PatientRules::BirthDate,
     {QStringLiteral("birth date"), QStringLiteral("future"), QStringLiteral("22/11/2026")},
     "issue #2: birth date in the future refused"},
    {"BirthDateBefore1900",
     [](Patient &p) { p.birthDate = QDate(1899, 6, 1); },
     PatientRules::BirthDate,
     {QStringLiteral("birth date"), QStringLiteral("01/01/1900")},
     "PatientRules::earliestBirthDate"},
    {"NirWrongKey",
     [](Patient &p) { p.nir = QStringLiteral("1 89 05 49 588 157 24"); },
     PatientRules::NirField,
     {QStringLiteral("NIR"), QStringLiteral("key")},
     "issue #2 + clinical reference §11: NIR with a wrong key"},
    {"NirCorsicaWrongKey",
     [](Patient &p) { p.nir = QStringLiteral("269022A35001277"); },
     PatientRules::NirField,
     {QStringLiteral("NIR"), QStringLiteral("key")},
     "clinical reference §11: 2A read as 19, key 76"},
    {"DuplicateIpp",
     [](Patient &p) { p.ipp = QStringLiteral("IPP001"); },
     PatientRules::Ipp,
     {QStringLiteral("IPP001"), QStringLiteral("already used"), QStringLiteral("DUPONT Marie")},
     "issue #2: IPP unique; duplicate IPP refused"},
    {"DuplicateIppOtherCase",
     [](Patient &p) { p.ipp = QStringLiteral(" ipp001 "); },
     PatientRules::Ipp,
     {QStringLiteral("IPP001")},
     "issue #2: IPP unique (stored upper-cased and trimmed)"},
    {"DuplicateNir",
     [](Patient &p) { p.nir = QStringLiteral("2 55 08 14 168 025 38"); },
     PatientRules::NirField,
     {QStringLiteral("2 55 08 14 168 025 38"), QStringLiteral("already recorded"), QStringLiteral("IPP001")},
     "a NIR identifies one person (unique column)"},
    {"QualifiedWithoutNir",
     [](Patient &p) {
         p.insQualified = true;
         p.nir.clear();
     },
     PatientRules::InsQualified,
     {QStringLiteral("qualified"), QStringLiteral("NIR")},
     "clinical reference §11: qualified only after an identity check (of the NIR)"},
    {"HeightOutOfRange",
     [](Patient &p) { p.heightCm = 300; },
     PatientRules::HeightCm,
     {QStringLiteral("height"), QStringLiteral("50"), QStringLiteral("250")},
     "PatientRules height range"},
    {"WeightOutOfRange",
     [](Patient &p) { p.weightKg = 0.5; },
     PatientRules::WeightKg,
     {QStringLiteral("weight"), QStringLiteral("2"), QStringLiteral("350")},
     "PatientRules weight range"},
};

TEST_P(PatientCreateRefusals, NamesTheFieldAndWritesNothing)
{
    const Refusal &r = GetParam();
    const QString before = db.dumpAll();
    const qint64 patients = db.rows(QStringLiteral("patients"));
    int saves = 0;
    QObject::connect(&db->patients(), &PatientService::patientSaved, [&] { ++saves; });

    Patient p = TestStore::patient(QStringLiteral("IPP002"));
    r.change(p);
    const Result<PatientId> id = db->patients().create(p);

    ASSERT_FALSE(id) << r.source;
    EXPECT_EQ(id.failure().kind(), Failure::Kind::Invalid) << r.source;
    ASSERT_EQ(id.failure().fields().size(), 1) << id.failure().text().toStdString();
    EXPECT_EQ(id.failure().fields().first().field, r.field) << r.source;
    const QString message = id.failure().messageFor(r.field);
    for (const QString &word : r.messageMentions)
        EXPECT_TRUE(message.contains(word, Qt::CaseInsensitive))
            << r.source << ": \"" << message.toStdString() << "\" should mention " << word.toStdString();
    EXPECT_EQ(db.rows(QStringLiteral("patients")), patients);
    EXPECT_EQ(db.dumpAll(), before) << "nothing is written on a refusal";
    EXPECT_EQ(saves, 0);
}

INSTANTIATE_TEST_SUITE_P(Refusals, PatientCreateRefusals, ::testing::ValuesIn(kRefusals),
                         [](const auto &test) { return std::string(test.param.name); });

TEST_F(PatientServiceTest, SeveralBrokenRulesAreReportedTogether)
{
    Patient p = TestStore::patient(QStringLiteral("IPP002"));
    p.birthName.clear();
    p.birthDate = QDate(2030, 1, 1);
    const Result<PatientId> id = db->patients().create(p);
    ASSERT_FALSE(id);
    EXPECT_FALSE(id.failure().messageFor(PatientRules::BirthName).isEmpty());
    EXPECT_FALSE(id.failure().messageFor(PatientRules::BirthDate).isEmpty());
    EXPECT_EQ(db.rows(QStringLiteral("patients")), 1);
}

TEST_F(PatientServiceTest, CreateStoresTheNormalizedRecord)
{
    Patient p = TestStore::patient(QStringLiteral(" smr-0042 "));
    p.nir = QStringLiteral("1 85 05 2a 006 084 35");
    p.birthName = QString::fromUtf8("  Lefèvre ");
    p.usedName = QStringLiteral("Martin");
    p.firstNames = QString::fromUtf8("Hélène  Marie");
    p.sex = Sex::Female;
    p.heightCm = 163;
    p.weightKg = 61.5;
    p.generalPractitioner = QStringLiteral("Dr Roux (Lyon)");
    p.notes = QStringLiteral("Allergie : pénicilline");
    PatientId signalled;
    QObject::connect(&db->patients(), &PatientService::patientSaved, [&](PatientId id) { signalled = id; });

    const Result<PatientId> id = db->patients().create(p);
    ASSERT_TRUE(id) << id.failure().text().toStdString();
    EXPECT_EQ(signalled, *id);

    db.reopen();
    const Result<Patient> stored = db->patients().find(*id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->ipp, QStringLiteral("SMR-0042"));
    EXPECT_EQ(stored->nir, QStringLiteral("185052A00608435"));
    EXPECT_FALSE(stored->insQualified);
    EXPECT_EQ(stored->birthName, QString::fromUtf8("Lefèvre"));
    EXPECT_EQ(stored->usedName, QStringLiteral("Martin"));
    EXPECT_EQ(stored->firstNames, QString::fromUtf8("Hélène Marie"));
    EXPECT_EQ(stored->birthDate, QDate(1956, 3, 12));
    EXPECT_EQ(stored->sex, Sex::Female);
    EXPECT_EQ(stored->heightCm, 163.0);
    EXPECT_EQ(stored->weightKg, 61.5);
    EXPECT_EQ(stored->generalPractitioner, QStringLiteral("Dr Roux (Lyon)"));
    EXPECT_EQ(stored->notes, QStringLiteral("Allergie : pénicilline"));
    EXPECT_EQ(stored->version, 1);
    EXPECT_EQ(db.rows(QStringLiteral("patients")), 2);
}

TEST_F(PatientServiceTest, OptionalFieldsStayEmpty)
{
    const PatientId id = db.addPatient(QStringLiteral("IPP002"));
    const Result<Patient> stored = db->patients().find(id);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->nir.isEmpty());
    EXPECT_TRUE(stored->usedName.isEmpty());
    EXPECT_EQ(stored->heightCm, std::nullopt);
    EXPECT_EQ(stored->weightKg, std::nullopt);
}

TEST_F(PatientServiceTest, UpdateSavesAndIncrementsTheVersion)
{
    Result<Patient> read = db->patients().find(firstId);
    ASSERT_TRUE(read);
    Patient p = *read;
    p.weightKg = 70;
    p.usedName = QStringLiteral("Martin");
    int saves = 0;
    QObject::connect(&db->patients(), &PatientService::patientSaved, [&] { ++saves; });
    const Status saved = db->patients().update(p);
    ASSERT_TRUE(saved) << saved.failure().text().toStdString();
    EXPECT_EQ(saves, 1);

    const Result<Patient> stored = db->patients().find(firstId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->weightKg, 70.0);
    EXPECT_EQ(stored->usedName, QStringLiteral("Martin"));
    EXPECT_EQ(stored->version, 2);
    // Keeping its own IPP and NIR is not a duplicate of itself.
    EXPECT_EQ(stored->ipp, QStringLiteral("IPP001"));
    EXPECT_EQ(stored->nir, kFirstNir);
}

TEST_F(PatientServiceTest, SecondSaveOfAnOldCopyIsAConflictAndChangesNothing)
{
    // Two workstations open the same record; the first saves; the second's save is refused.
    Result<Patient> first = db->patients().find(firstId);
    Result<Patient> second = db->patients().find(firstId);
    ASSERT_TRUE(first);
    ASSERT_TRUE(second);
    first.value().weightKg = 70;
    ASSERT_TRUE(db->patients().update(*first));
    const QString afterFirst = db.dumpAll();

    second.value().weightKg = 80;
    second.value().notes = QStringLiteral("second workstation");
    const Status saved = db->patients().update(*second);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.failure().kind(), Failure::Kind::Conflict);
    EXPECT_TRUE(saved.failure().text().contains(QStringLiteral("changed elsewhere")))
        << saved.failure().text().toStdString();
    EXPECT_EQ(db.dumpAll(), afterFirst);

    const Result<Patient> stored = db->patients().find(firstId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->weightKg, 70.0);
    EXPECT_TRUE(stored->notes.isEmpty());
    EXPECT_EQ(stored->version, 2);
}

TEST_F(PatientServiceTest, UpdateRefusalsWriteNothing)
{
    const PatientId otherId = db.addPatient(QStringLiteral("IPP002"));
    const Result<Patient> read = db->patients().find(otherId);
    ASSERT_TRUE(read);
    const QString before = db.dumpAll();

    const std::pair<std::function<void(Patient &)>, QString> cases[] = {
        {[](Patient &p) { p.ipp = QStringLiteral("IPP001"); }, PatientRules::Ipp},
        {[](Patient &p) { p.nir = kFirstNir; }, PatientRules::NirField},
        {[](Patient &p) { p.birthDate = QDate(2026, 11, 23); }, PatientRules::BirthDate},
        {[](Patient &p) { p.firstNames.clear(); }, PatientRules::FirstNames},
        {[](Patient &p) { p.insQualified = true; }, PatientRules::InsQualified},
    };
    for (const auto &[change, field] : cases) {
        Patient p = *read;
        change(p);
        const Status saved = db->patients().update(p);
        ASSERT_FALSE(saved) << field.toStdString();
        EXPECT_EQ(saved.failure().kind(), Failure::Kind::Invalid);
        EXPECT_FALSE(saved.failure().messageFor(field).isEmpty()) << field.toStdString();
        EXPECT_EQ(db.dumpAll(), before) << field.toStdString();
    }
}

TEST(PatientServiceCount, FollowsCreations)
{
    // The main window shows its welcome page while there is no patient (isEmpty).
    TestStore db;
    EXPECT_EQ(*db->patients().count(), 0);
    EXPECT_TRUE(*db->patients().isEmpty());
    db.addPatient(QStringLiteral("IPP001"));
    EXPECT_FALSE(*db->patients().isEmpty());
    db.addPatient(QStringLiteral("IPP002"));
    EXPECT_EQ(*db->patients().count(), 2);
    EXPECT_FALSE(*db->patients().isEmpty());
}

TEST_F(PatientServiceTest, UnknownPatient)
{
    Patient p = TestStore::patient(QStringLiteral("IPP009"));
    p.id = PatientId(999);
    const Status saved = db->patients().update(p);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.failure().kind(), Failure::Kind::NotFound);
    EXPECT_TRUE(saved.failure().messageFor(PatientService::PatientField).contains(QStringLiteral("999")));
    EXPECT_EQ(db.rows(QStringLiteral("patients")), 1);

    const Result<Patient> found = db->patients().find(PatientId(999));
    ASSERT_FALSE(found);
    EXPECT_EQ(found.failure().kind(), Failure::Kind::NotFound);
}

TEST_F(PatientServiceTest, NirFreedByOnePatientCanBeGivenToAnother)
{
    Result<Patient> first = db->patients().find(firstId);
    ASSERT_TRUE(first);
    first.value().nir.clear();
    first.value().insQualified = false;
    ASSERT_TRUE(db->patients().update(*first));
    Patient other = TestStore::patient(QStringLiteral("IPP002"));
    other.nir = kFirstNir;
    EXPECT_TRUE(db->patients().create(other));
}

} // namespace
} // namespace smr
