// Demonstration data (issue #2, demo command): realistic, deterministic for a seed, loaded whole
// into an empty database or not at all, and every record obeys the same rules as typed data.

#include "core/demo/DemoGenerator.h"
#include "core/patients/PatientRules.h"
#include "core/stays/StayRules.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <QHash>
#include <QSet>

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;

QString optionalNumber(const std::optional<double> &v)
{
    return v ? QString::number(*v) : QStringLiteral("-");
}

QString describe(const Stay &s)
{
    return QStringList{kStayStatuses.code(s.status),
                       s.unitCode,
                       kStayModes.code(s.mode),
                       s.admissionDate.toString(Qt::ISODate),
                       s.plannedDischargeDate.toString(Qt::ISODate),
                       s.dischargeDate.toString(Qt::ISODate),
                       s.programme ? kProgrammes.code(*s.programme) : QStringLiteral("-"),
                       s.programmeDetail,
                       s.referrerType ? kReferrerTypes.code(*s.referrerType) : QStringLiteral("-"),
                       s.referrerName,
                       s.coordinatingPhysician,
                       s.cancellationReason}
        .join(QLatin1Char('|'));
}

// One line per patient with every field and their stays: what "the same data" means.
QString describe(Store &store)
{
    QStringList lines;
    const QList<Patient> patients = store.patientRepository().search(QString());
    for (const Patient &p : patients) {
        QStringList line{p.ipp,
                         p.nir,
                         p.insQualified ? QStringLiteral("Q") : QStringLiteral("-"),
                         p.birthName,
                         p.usedName,
                         p.firstNames,
                         p.birthDate.toString(Qt::ISODate),
                         kSexes.code(p.sex),
                         optionalNumber(p.heightCm),
                         optionalNumber(p.weightKg),
                         p.generalPractitioner,
                         p.notes};
        const QList<Stay> stays = store.stayRepository().forPatient(p.id);
        for (const Stay &s : stays)
            line << QStringLiteral("[") + describe(s) + QStringLiteral("]");
        lines << line.join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

DemoSummary load(TestStore &db, int patients, quint64 seed)
{
    const Result<DemoSummary> summary = db->demo().load(patients, seed);
    EXPECT_TRUE(summary) << (summary ? std::string() : summary.failure().text().toStdString());
    return summary ? *summary : DemoSummary{};
}

TEST(DemoTest, SameSeedCountAndDayGiveTheSameData)
{
    TestStore a;
    TestStore b;
    const DemoSummary sa = load(a, 120, 42);
    const DemoSummary sb = load(b, 120, 42);
    EXPECT_EQ(sa.patients, sb.patients);
    EXPECT_EQ(sa.stays, sb.stays);
    const QString da = describe(a.store());
    EXPECT_EQ(da.count(QLatin1Char('\n')) + 1, 120);
    EXPECT_EQ(da, describe(b.store()));
    // Down to the stored rows, search terms included.
    EXPECT_EQ(a.dumpAll(), b.dumpAll());
}

TEST(DemoTest, AnotherSeedGivesOtherData)
{
    TestStore a;
    TestStore b;
    load(a, 60, 1);
    load(b, 60, 2);
    EXPECT_NE(describe(a.store()), describe(b.store()));
}

TEST(DemoTest, AnotherDayGivesOtherDates)
{
    TestStore a;
    TestStore b;
    b.clock().set(QDateTime(QDate(2027, 1, 15), QTime(10, 0)));
    load(a, 30, 7);
    load(b, 30, 7);
    EXPECT_NE(describe(a.store()), describe(b.store()));
}

TEST(DemoTest, CountsMatchTheTables)
{
    TestStore db;
    int loaded = 0;
    QObject::connect(&db->demo(), &DemoService::loaded, [&] { ++loaded; });
    const DemoSummary s = load(db, 250, 5);
    EXPECT_EQ(s.patients, 250);
    EXPECT_EQ(db.rows(QStringLiteral("patients")), s.patients);
    EXPECT_EQ(db.rows(QStringLiteral("stays")), s.stays);
    EXPECT_GE(s.stays, s.patients / 2) << "most patients have at least one stay";
    EXPECT_EQ(loaded, 1);
}

// Every generated record obeys the rules typed records obey (PatientRules, StayRules), and the
// issue's "at most one active stay per patient".
TEST(DemoTest, EveryRecordPassesTheRules)
{
    TestStore db;
    load(db, 400, 11);
    const QDate today = TestStore::today();
    const QList<Patient> patients = db->patientRepository().search(QString());
    ASSERT_EQ(patients.size(), 400);
    int open = 0;
    int preAdmissions = 0;
    QSet<QString> ipps;
    QSet<QString> nirs;
    for (const Patient &p : patients) {
        const QList<FieldError> errors = PatientRules::check(p, today);
        EXPECT_TRUE(errors.isEmpty()) << p.ipp.toStdString() << ": " << errors.first().message.toStdString();
        EXPECT_EQ(PatientRules::normalized(p).birthName, p.birthName) << "stored as the service would store it";
        EXPECT_FALSE(ipps.contains(p.ipp));
        ipps.insert(p.ipp);
        if (!p.nir.isEmpty()) {
            EXPECT_FALSE(nirs.contains(p.nir));
            nirs.insert(p.nir);
        }
        const QList<Stay> stays = db->stayRepository().forPatient(p.id);
        int openOfPatient = 0;
        for (const Stay &s : stays) {
            const QList<FieldError> stayErrors = StayRules::check(s, p, today);
            EXPECT_TRUE(stayErrors.isEmpty())
                << p.ipp.toStdString() << ": " << stayErrors.first().message.toStdString();
            if (s.status == StayStatus::Discharged) {
                const std::optional<FieldError> e = StayRules::checkDischarge(s, s.dischargeDate, today);
                EXPECT_FALSE(e.has_value()) << p.ipp.toStdString() << ": " << e->message.toStdString();
            } else {
                EXPECT_FALSE(s.dischargeDate.isValid());
            }
            if (s.status == StayStatus::Cancelled) {
                EXPECT_FALSE(s.cancellationReason.isEmpty());
            }
            if (s.status == StayStatus::PreAdmission) {
                EXPECT_GT(s.admissionDate, today);
                ++preAdmissions;
            }
            if (s.isOpen())
                ++openOfPatient;
            if (s.programme == Programme::Other) {
                EXPECT_FALSE(s.programmeDetail.isEmpty());
            }
        }
        EXPECT_LE(openOfPatient, 1) << p.ipp.toStdString();
        open += openOfPatient;
    }
    EXPECT_EQ(open, 200) << "half of a small demonstration is in the unit today (DemoGenerator)";
    EXPECT_GT(preAdmissions, 0);
    EXPECT_GT(nirs.size(), 0);
}

TEST(DemoTest, GeneratorMatchesWhatTheServiceStores)
{
    TestStore db;
    const Result<QList<Unit>> units = db->units().list();
    ASSERT_TRUE(units);
    DemoGenerator generator(9, 50, TestStore::today(), *units);
    int open = 0;
    QStringList ipps;
    for (int i = 0; i < 50; ++i) {
        const DemoGenerator::History h = generator.make(i);
        ipps << h.patient.ipp;
        for (const Stay &s : h.stays)
            open += s.isOpen() ? 1 : 0;
    }
    EXPECT_EQ(open, generator.openStayCount());

    load(db, 50, 9);
    QStringList stored;
    for (const Patient &p : db->patientRepository().search(QString()))
        stored << p.ipp;
    std::sort(ipps.begin(), ipps.end());
    std::sort(stored.begin(), stored.end());
    EXPECT_EQ(stored, ipps);
}

TEST(DemoTest, ResultsAreScoredAndDatedWithinTheirStay)
{
    // Results of the demonstration are what a tester would have recorded: scored by the
    // instruments from raw answers, dated within the stay and not after today.
    TestStore db;
    load(db, 200, 5);
    ASSERT_GT(db.rows(QStringLiteral("results")), 0);
    int checked = 0;
    for (const Patient &p : db->patientRepository().search(QString())) {
        for (const Stay &stay : db->stayRepository().forPatient(p.id)) {
            const QList<TestResult> results = db->resultRepository().current(stay.id);
            if (stay.status == StayStatus::Cancelled || stay.status == StayStatus::PreAdmission) {
                EXPECT_TRUE(results.isEmpty());
            }
            for (const TestResult &r : results) {
                EXPECT_GE(r.performedAt.date(), stay.admissionDate);
                EXPECT_LE(r.performedAt.date(), TestStore::today());
                if (stay.dischargeDate.isValid()) {
                    EXPECT_LE(r.performedAt.date(), stay.dischargeDate);
                }
                const Instrument *instrument = db->instruments().find(r.instrument);
                ASSERT_NE(instrument, nullptr);
                const Result<QJsonObject> rescored = instrument->score(r.answers);
                ASSERT_TRUE(rescored) << rescored.failure().text().toStdString();
                EXPECT_EQ(*rescored, r.scores);
                EXPECT_EQ(r.status, TestResult::Status::Final);
                ++checked;
            }
        }
    }
    EXPECT_EQ(checked, db.rows(QStringLiteral("results")));
}

TEST(DemoTest, HistoryGivesEveryStayItsResults)
{
    // demo --history (issue #10): ten years of stays each with their follow-up, dated and scored
    // like the recent ones; without it, no stay discharged more than a year ago has results.
    const QDate yearAgo = TestStore::today().addYears(-1);
    const auto oldStaysWithResults = [&](TestStore &db, int &oldStays) {
        int withResults = 0;
        oldStays = 0;
        for (const Patient &p : db->patientRepository().search(QString())) {
            for (const Stay &stay : db->stayRepository().forPatient(p.id)) {
                if (stay.status != StayStatus::Discharged || stay.dischargeDate >= yearAgo)
                    continue;
                ++oldStays;
                const QList<TestResult> results = db->resultRepository().current(stay.id);
                withResults += results.isEmpty() ? 0 : 1;
                for (const TestResult &r : results) {
                    EXPECT_GE(r.performedAt.date(), stay.admissionDate);
                    EXPECT_LE(r.performedAt.date(), stay.dischargeDate);
                }
            }
        }
        return withResults;
    };
    TestStore recent;
    const DemoSummary r = load(recent, 150, 11);
    TestStore history;
    const Result<DemoSummary> h = history->demo().load(150, 11, DemoResults::EveryStay);
    ASSERT_TRUE(h) << h.failure().text().toStdString();
    EXPECT_EQ(h->patients, r.patients);
    EXPECT_EQ(h->stays, r.stays) << "the same patients and stays";
    EXPECT_EQ(history.rows(QStringLiteral("results")), h->results);
    int oldRecent = 0;
    int oldHistory = 0;
    EXPECT_EQ(oldStaysWithResults(recent, oldRecent), 0);
    EXPECT_EQ(oldStaysWithResults(history, oldHistory), oldHistory) << "every discharged stay has its results";
    EXPECT_GT(oldHistory, 50);
    // About 18 results a stay (DemoResultGenerator): 100,000 patients give about 2,000,000.
    const double perStay = double(h->results) / h->stays;
    EXPECT_GT(perStay, 14.0);
    EXPECT_LT(perStay, 22.0);
}

TEST(DemoTest, OnlyOpenUnitsReceiveStays)
{
    TestStore db;
    ASSERT_TRUE(db->units().setActive(QStringLiteral("neurologie"), false));
    load(db, 300, 3);
    CensusFilter filter;
    filter.unitCode = QStringLiteral("neurologie");
    EXPECT_EQ(db->census().count(filter), 0);
    const QList<Patient> patients = db->patientRepository().search(QString());
    for (const Patient &p : patients) {
        for (const Stay &s : db->stayRepository().forPatient(p.id))
            EXPECT_NE(s.unitCode, QStringLiteral("neurologie"));
    }
}

TEST(DemoTest, NonEmptyDatabaseIsRefusedAndNothingIsWritten)
{
    TestStore db;
    db.addPatient();
    const QString before = db.dumpAll();
    const Result<DemoSummary> summary = db->demo().load(10, 1);
    ASSERT_FALSE(summary);
    EXPECT_EQ(summary.failure().kind(), Failure::Kind::Invalid);
    const QString message = summary.failure().messageFor(DemoService::PatientsField);
    EXPECT_TRUE(message.contains(QStringLiteral("1 patient"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("empty database"))) << message.toStdString();
    EXPECT_EQ(db.dumpAll(), before);
}

TEST(DemoTest, LoadingTwiceIsRefused)
{
    TestStore db;
    load(db, 20, 1);
    const QString before = db.dumpAll();
    EXPECT_FALSE(db->demo().load(20, 1));
    EXPECT_EQ(db.dumpAll(), before);
}

TEST(DemoTest, PatientCountOutOfRangeIsRefused)
{
    TestStore db;
    const QString before = db.dumpAll();
    for (int count : {0, -1, DemoService::MaxPatients + 1}) {
        const Result<DemoSummary> summary = db->demo().load(count, 1);
        ASSERT_FALSE(summary) << count;
        EXPECT_EQ(summary.failure().kind(), Failure::Kind::Invalid);
        const QString message = summary.failure().messageFor(DemoService::PatientsField);
        EXPECT_TRUE(message.contains(QStringLiteral("between 1 and"))) << message.toStdString();
        EXPECT_EQ(db.dumpAll(), before);
    }
}

} // namespace
} // namespace smr
