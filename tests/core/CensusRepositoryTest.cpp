// The main window's list (issue #2): the open stays of the units, searchable and filterable by
// unit and mode, or every patient with their open or latest stay; fetched in pages with a
// keyset cursor that must return every row exactly once, in alphabetical order.

#include "core/census/CensusRepository.h"
#include "core/storage/Sql.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <QSet>

#include <functional>

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;

class CensusRepositoryTest : public ::testing::Test
{
protected:
    PatientId addPatient(const QString &ipp, const QString &birthName, const QString &firstNames)
    {
        Patient p = TestStore::patient(ipp);
        p.birthName = birthName;
        p.firstNames = firstNames;
        const Result<PatientId> id = db->patients().create(p);
        EXPECT_TRUE(id) << (id ? std::string() : id.failure().text().toStdString());
        return id ? *id : PatientId();
    }

    StayId open(PatientId patient, const QString &unit, StayMode mode, const QDate &admission = QDate(2026, 11, 2))
    {
        Stay s = TestStore::stay(patient);
        s.unitCode = unit;
        s.mode = mode;
        s.admissionDate = admission;
        s.plannedDischargeDate = QDate();
        const Result<StayId> id = db->stays().open(s);
        EXPECT_TRUE(id) << (id ? std::string() : id.failure().text().toStdString());
        return id ? *id : StayId();
    }

    // Every row of `filter`, fetched `pageSize` rows at a time.
    QList<CensusRow> allPages(const CensusFilter &filter, int pageSize)
    {
        QList<CensusRow> rows;
        std::optional<CensusCursor> cursor;
        for (int guard = 0; guard < 1000; ++guard) {
            const QList<CensusRow> page = db->census().page(filter, cursor, pageSize);
            EXPECT_LE(page.size(), pageSize);
            rows += page;
            if (page.size() < pageSize)
                break;
            cursor = CensusRepository::cursorAfter(page.last());
        }
        return rows;
    }

    // A census of 23 patients with open stays in several units and modes, some sharing exactly
    // the same name (so that pages end in the middle of equal sort keys), plus patients without
    // an open stay.
    void fillCensus()
    {
        const QStringList names{QStringLiteral("Martin"),   QStringLiteral("Bernard"), QString::fromUtf8("Lefèvre"),
                                QStringLiteral("Martin"),   QStringLiteral("Dubois"),  QStringLiteral("Martin"),
                                QString::fromUtf8("Élise"), QStringLiteral("Zola")};
        const QStringList units{QStringLiteral("locomoteur"), QStringLiteral("neurologie"),
                                QStringLiteral("geriatrie")};
        for (int i = 0; i < 23; ++i) {
            const PatientId p =
                addPatient(QStringLiteral("C%1").arg(i, 3, 10, QLatin1Char('0')), names.at(i % names.size()),
                           i % 4 == 0 ? QStringLiteral("Anne") : QStringLiteral("Jean"));
            const StayId s =
                open(p, units.at(i % units.size()), i % 2 ? StayMode::DayHospital : StayMode::FullHospitalisation,
                     i % 11 == 5 ? QDate(2026, 11, 30) : QDate(2026, 11, 2)); // some pre-admissions
            openStays << s;
        }
        // Not in the census: never admitted, discharged, cancelled.
        addPatient(QStringLiteral("N001"), QStringLiteral("Arnaud"), QStringLiteral("Luc"));
        const PatientId discharged =
            addPatient(QStringLiteral("N002"), QStringLiteral("Martin"), QStringLiteral("Jean"));
        ASSERT_TRUE(db->stays().close(open(discharged, QStringLiteral("locomoteur"), StayMode::FullHospitalisation),
                                      QDate(2026, 11, 20)));
        const PatientId cancelled =
            addPatient(QStringLiteral("N003"), QStringLiteral("Bernard"), QStringLiteral("Anne"));
        ASSERT_TRUE(
            db->stays().cancel(open(cancelled, QStringLiteral("neurologie"), StayMode::DayHospital, QDate(2026, 12, 1)),
                               QStringLiteral("Refused by the patient")));
    }

    TestStore db;
    QList<StayId> openStays;
};

void expectAlphabetical(const QList<CensusRow> &rows)
{
    for (int i = 1; i < rows.size(); ++i) {
        const CensusRow &a = rows.at(i - 1);
        const CensusRow &b = rows.at(i);
        EXPECT_TRUE(a.sortKey < b.sortKey || (a.sortKey == b.sortKey && a.patient.id < b.patient.id))
            << a.sortKey.toStdString() << " #" << a.patient.id.value << " before " << b.sortKey.toStdString() << " #"
            << b.patient.id.value;
    }
}

TEST_F(CensusRepositoryTest, PagesReturnEveryOpenStayOnceInOrder)
{
    fillCensus();
    const CensusFilter filter;
    for (int pageSize : {1, 2, 3, 5, 7, 23, 24, 100}) {
        const QList<CensusRow> rows = allPages(filter, pageSize);
        ASSERT_EQ(rows.size(), openStays.size()) << "page size " << pageSize;
        QSet<qint64> seen;
        for (const CensusRow &row : rows) {
            ASSERT_TRUE(row.stay.has_value());
            EXPECT_TRUE(row.stay->isOpen());
            EXPECT_EQ(row.stay->patientId, row.patient.id);
            EXPECT_FALSE(seen.contains(row.stay->id.value)) << "stay " << row.stay->id.value << " twice";
            seen.insert(row.stay->id.value);
        }
        for (StayId id : std::as_const(openStays))
            EXPECT_TRUE(seen.contains(id.value)) << "stay " << id.value << " missing, page size " << pageSize;
        expectAlphabetical(rows);
    }
    EXPECT_EQ(db->census().count(filter), openStays.size());
}

TEST_F(CensusRepositoryTest, AccentedNamesSortWithTheirLetter)
{
    fillCensus();
    const QList<CensusRow> rows = allPages(CensusFilter{}, 100);
    QStringList order;
    for (const CensusRow &row : rows) {
        if (order.isEmpty() || order.last() != row.patient.birthName)
            order << row.patient.birthName;
    }
    // Élise sorts as ELISE, between Dubois and Lefèvre (not after Zola).
    EXPECT_EQ(order, (QStringList{QStringLiteral("Bernard"), QStringLiteral("Dubois"), QString::fromUtf8("Élise"),
                                  QString::fromUtf8("Lefèvre"), QStringLiteral("Martin"), QStringLiteral("Zola")}));
}

TEST_F(CensusRepositoryTest, UnitAndModeFilters)
{
    fillCensus();
    for (const QString &unit : {QStringLiteral("locomoteur"), QStringLiteral("neurologie"), QStringLiteral("geriatrie"),
                                QStringLiteral("respiratoire")}) {
        for (const std::optional<StayMode> &mode :
             {std::optional<StayMode>(), std::optional<StayMode>(StayMode::FullHospitalisation),
              std::optional<StayMode>(StayMode::DayHospital)}) {
            CensusFilter filter;
            filter.unitCode = unit;
            filter.mode = mode;
            int expected = 0;
            for (StayId id : std::as_const(openStays)) {
                const Stay s = db->stays().find(id).value();
                if (s.unitCode == unit && (!mode || s.mode == *mode))
                    ++expected;
            }
            const QList<CensusRow> rows = allPages(filter, 4);
            EXPECT_EQ(rows.size(), expected) << unit.toStdString();
            EXPECT_EQ(db->census().count(filter), expected) << unit.toStdString();
            for (const CensusRow &row : rows) {
                EXPECT_EQ(row.stay->unitCode, unit);
                if (mode) {
                    EXPECT_EQ(row.stay->mode, *mode);
                }
            }
        }
    }
}

TEST_F(CensusRepositoryTest, SearchWithinTheCensus)
{
    fillCensus();
    CensusFilter filter;
    filter.search = QStringLiteral("martin");
    const QList<CensusRow> rows = allPages(filter, 2);
    // Martin is every 8th name from indexes 0, 3, 5: 0, 3, 5, 8, 11, 13, 16, 19, 21 (the
    // discharged Martin is not in the census).
    EXPECT_EQ(rows.size(), 9);
    EXPECT_EQ(db->census().count(filter), 9);
    for (const CensusRow &row : rows)
        EXPECT_EQ(row.patient.birthName, QStringLiteral("Martin"));

    filter.search = QStringLiteral("martin anne");
    filter.mode = StayMode::FullHospitalisation;
    const QList<CensusRow> some = allPages(filter, 2);
    EXPECT_EQ(some.size(), db->census().count(filter));
    for (const CensusRow &row : some) {
        EXPECT_EQ(row.patient.firstNames, QStringLiteral("Anne"));
        EXPECT_EQ(row.stay->mode, StayMode::FullHospitalisation);
    }
}

TEST_F(CensusRepositoryTest, AllPatientsShowTheOpenStayOrTheLatestOne)
{
    const PatientId never = addPatient(QStringLiteral("A1"), QStringLiteral("Adam"), QStringLiteral("Luc"));
    const PatientId twoPast = addPatient(QStringLiteral("A2"), QStringLiteral("Blanc"), QStringLiteral("Eve"));
    const PatientId pastAndOpen = addPatient(QStringLiteral("A3"), QStringLiteral("Colin"), QStringLiteral("Léa"));

    const StayId older = open(twoPast, QStringLiteral("locomoteur"), StayMode::DayHospital, QDate(2025, 1, 6));
    ASSERT_TRUE(db->stays().close(older, QDate(2025, 2, 2)));
    const StayId latest = open(twoPast, QStringLiteral("neurologie"), StayMode::DayHospital, QDate(2026, 3, 2));
    ASSERT_TRUE(db->stays().close(latest, QDate(2026, 3, 29)));

    const StayId current =
        open(pastAndOpen, QStringLiteral("locomoteur"), StayMode::FullHospitalisation, QDate(2026, 10, 1));
    const PatientId inUnit = addPatient(QStringLiteral("A4"), QStringLiteral("Dumas"), QStringLiteral("Paul"));
    open(inUnit, QStringLiteral("neurologie"), StayMode::FullHospitalisation, QDate(2026, 11, 1));

    CensusFilter filter;
    filter.scope = CensusFilter::Scope::AllPatients;
    const QList<CensusRow> rows = allPages(filter, 2);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(db->census().count(filter), 4);
    EXPECT_EQ(rows.at(0).patient.id, never);
    EXPECT_FALSE(rows.at(0).stay.has_value());
    EXPECT_EQ(rows.at(1).patient.id, twoPast);
    ASSERT_TRUE(rows.at(1).stay.has_value());
    EXPECT_EQ(rows.at(1).stay->id, latest);
    EXPECT_EQ(rows.at(2).patient.id, pastAndOpen);
    ASSERT_TRUE(rows.at(2).stay.has_value());
    EXPECT_EQ(rows.at(2).stay->id, current);
    EXPECT_EQ(rows.at(3).patient.id, inUnit);
    expectAlphabetical(rows);

    // The unit and mode filters belong to the open-stays list only.
    filter.unitCode = QStringLiteral("respiratoire");
    filter.mode = StayMode::DayHospital;
    EXPECT_EQ(allPages(filter, 10).size(), 4);
    EXPECT_EQ(db->census().count(filter), 4);

    filter.search = QStringLiteral("eve");
    const QList<CensusRow> eve = allPages(filter, 10);
    ASSERT_EQ(eve.size(), 1);
    EXPECT_EQ(eve.first().patient.id, twoPast);
    EXPECT_EQ(db->census().count(filter), 1);
}

TEST_F(CensusRepositoryTest, AllPatientsSearchPagesThroughEveryMatchOnceInOrder)
{
    // Issue #10: a search over every patient reads its page from the search terms in name order
    // (PatientSearch::firstInOrder). Whatever the page size, every match comes once, in the order
    // of the whole list, for one word and for several (the other words checked per patient).
    fillCensus();
    CensusFilter all;
    all.scope = CensusFilter::Scope::AllPatients;
    const QList<CensusRow> everyone = allPages(all, 7);
    const auto expected = [&](const std::function<bool(const Patient &)> &matches) {
        QList<qint64> ids;
        for (const CensusRow &row : everyone) {
            if (matches(row.patient))
                ids << row.patient.id.value;
        }
        return ids;
    };
    const auto ids = [](const QList<CensusRow> &rows) {
        QList<qint64> out;
        for (const CensusRow &row : rows)
            out << row.patient.id.value;
        return out;
    };
    const QList<qint64> martins = expected([](const Patient &p) { return p.birthName == QLatin1String("Martin"); });
    ASSERT_EQ(martins.size(), 10) << "nine in the census and one discharged";
    const QList<qint64> martinAnne = expected([](const Patient &p) {
        return p.birthName == QLatin1String("Martin") && p.firstNames == QLatin1String("Anne");
    });
    ASSERT_GT(martinAnne.size(), 1);
    for (int pageSize : {1, 2, 3, 100}) {
        all.search = QStringLiteral("mar");
        EXPECT_EQ(ids(allPages(all, pageSize)), martins) << pageSize;
        all.search = QStringLiteral("an mart");
        EXPECT_EQ(ids(allPages(all, pageSize)), martinAnne) << pageSize;
        all.search = QStringLiteral("c01");
        EXPECT_EQ(allPages(all, pageSize).size(), 10) << "the IPPs C010 to C019";
    }
    all.search = QStringLiteral("mar");
    EXPECT_EQ(db->census().count(all), 10);

    // A renamed patient is found, and in order, under the new name only.
    Patient renamed = *db->patientRepository().find(PatientId(martins.first()));
    renamed.birthName = QStringLiteral("Zidane");
    ASSERT_TRUE(db->patients().update(renamed));
    all.search = QStringLiteral("mar");
    EXPECT_EQ(ids(allPages(all, 3)), martins.mid(1));
    all.search = QStringLiteral("zi");
    const QList<CensusRow> z = allPages(all, 3);
    ASSERT_EQ(z.size(), 1);
    EXPECT_EQ(z.first().patient.id.value, martins.first());
    EXPECT_EQ(z.first().sortKey,
              QStringLiteral("ZIDANE ") +
                  (renamed.firstNames == QLatin1String("Anne") ? QStringLiteral("ANNE") : QStringLiteral("JEAN")));
    all.search = QStringLiteral("z");
    expectAlphabetical(allPages(all, 1));
}

TEST_F(CensusRepositoryTest, OpenStayPreferredOverALaterClosedOne)
{
    // A pre-admission for 01/12 was cancelled and the patient came in earlier, on 02/11: the
    // stay in progress is the one shown, although the cancelled one has the later admission.
    const PatientId p = addPatient(QStringLiteral("B1"), QStringLiteral("Blanc"), QStringLiteral("Eve"));
    const StayId cancelled = open(p, QStringLiteral("locomoteur"), StayMode::DayHospital, QDate(2026, 12, 1));
    ASSERT_TRUE(db->stays().cancel(cancelled, QStringLiteral("Admitted earlier")));
    const StayId current = open(p, QStringLiteral("locomoteur"), StayMode::DayHospital, QDate(2026, 11, 2));
    CensusFilter filter;
    filter.scope = CensusFilter::Scope::AllPatients;
    const QList<CensusRow> rows = db->census().page(filter, std::nullopt, 10);
    ASSERT_EQ(rows.size(), 1);
    ASSERT_TRUE(rows.first().stay.has_value());
    EXPECT_EQ(rows.first().stay->id, current);
}

TEST_F(CensusRepositoryTest, ALineCarriesEverythingTheListShows)
{
    // CensusRow: the list's fields only, each read from its own column, in both scopes.
    Patient p = TestStore::patient(QStringLiteral("IPP042"));
    p.birthName = QStringLiteral("Martin");
    p.usedName = QStringLiteral("Durand");
    p.firstNames = QStringLiteral("Jeanne Louise");
    p.birthDate = QDate(1961, 4, 30);
    p.sex = Sex::Female;
    const PatientId id = *db->patients().create(p);
    Stay s = TestStore::stay(id);
    s.unitCode = QStringLiteral("neurologie");
    s.mode = StayMode::DayHospital;
    s.admissionDate = QDate(2026, 11, 9);
    s.plannedDischargeDate = QDate(2026, 12, 4);
    s.programme = Programme::Education;
    const StayId stay = *db->stays().open(s);
    Patient man = TestStore::patient(QStringLiteral("IPP043"));
    man.birthName = QStringLiteral("Zeller");
    man.sex = Sex::Male;
    const PatientId never = *db->patients().create(man); // never admitted
    const StayId closed = *db->stays().open(TestStore::stay(never));
    ASSERT_TRUE(db->stays().close(closed, QDate(2026, 11, 20)));

    for (const CensusFilter::Scope scope : {CensusFilter::Scope::OpenStays, CensusFilter::Scope::AllPatients}) {
        CensusFilter filter;
        filter.scope = scope;
        const QList<CensusRow> rows = db->census().page(filter, std::nullopt, 10);
        ASSERT_EQ(rows.size(), scope == CensusFilter::Scope::AllPatients ? 2 : 1);
        const CensusRow &row = rows.first();
        EXPECT_EQ(row.patient.id, id);
        EXPECT_EQ(row.patient.ipp, QStringLiteral("IPP042"));
        EXPECT_EQ(row.patient.displayName(), QStringLiteral("MARTIN (DURAND) Jeanne Louise"));
        EXPECT_EQ(row.patient.birthDate, QDate(1961, 4, 30));
        EXPECT_EQ(row.patient.sex, Sex::Female);
        ASSERT_TRUE(row.stay.has_value());
        EXPECT_EQ(row.stay->id, stay);
        EXPECT_EQ(row.stay->patientId, id);
        EXPECT_EQ(row.stay->unitCode, QStringLiteral("neurologie"));
        EXPECT_EQ(row.stay->mode, StayMode::DayHospital);
        EXPECT_EQ(row.stay->status, StayStatus::Active);
        EXPECT_EQ(row.stay->admissionDate, QDate(2026, 11, 9));
        EXPECT_EQ(row.stay->plannedDischargeDate, QDate(2026, 12, 4));
        EXPECT_FALSE(row.stay->dischargeDate.isValid());
        EXPECT_EQ(row.stay->programme, Programme::Education);
        if (scope == CensusFilter::Scope::AllPatients) {
            // The man's latest stay, closed: its discharge date says so in the list.
            const CensusRow &other = rows.at(1);
            EXPECT_EQ(other.patient.sex, Sex::Male);
            ASSERT_TRUE(other.stay.has_value());
            EXPECT_EQ(other.stay->status, StayStatus::Discharged);
            EXPECT_EQ(other.stay->dischargeDate, QDate(2026, 11, 20));
            EXPECT_EQ(other.stay->programme, Programme::SpineRestoration);
        }
    }
}

TEST_F(CensusRepositoryTest, EmptyDatabase)
{
    EXPECT_TRUE(db->census().page(CensusFilter{}, std::nullopt, 50).isEmpty());
    EXPECT_EQ(db->census().count(CensusFilter{}), 0);
    CensusFilter all;
    all.scope = CensusFilter::Scope::AllPatients;
    EXPECT_EQ(db->census().count(all), 0);
}

TEST_F(CensusRepositoryTest, CountingASearchStopsPastTheCap)
{
    // CensusRepository::count: a one-letter prefix can match tens of thousands of patients;
    // the list says "more than 1,000" instead of counting them all on every keystroke.
    ASSERT_TRUE(db->demo().load(1500, 7));
    CensusFilter all;
    all.scope = CensusFilter::Scope::AllPatients;
    EXPECT_EQ(db->census().count(all), 1500); // no search: the exact number
    all.search = QStringLiteral("2");         // every IPP of the demonstration starts with the year
    EXPECT_EQ(db->census().count(all), CensusRepository::CountCap + 1);
    // The page is still the first 100 in alphabetical order, each with its stay.
    const QList<CensusRow> rows = db->census().page(all, std::nullopt, 100);
    ASSERT_EQ(rows.size(), 100);
    for (int i = 1; i < rows.size(); ++i)
        EXPECT_LE(rows[i - 1].sortKey, rows[i].sortKey);
}

// Migration 0011: the stays in progress, and what the list shows of them, are read from the index
// stays_open_by_unit alone (a started process reads half the pages for its first screen).
TEST(SqliteQueryPlans, TheStaysInProgressAreListedFromTheirIndexAlone)
{
    TestStore db;
    for (const QString &unit : {QString(), QStringLiteral(" AND s.unit_code = 'locomoteur' AND s.mode = 'HC'")}) {
        Sql plan(db->database(),
                 QStringLiteral("EXPLAIN QUERY PLAN SELECT s.id, s.patient_id, s.unit_code, s.mode, s.status, "
                                "s.admission_date, s.planned_discharge_date, s.discharge_date, s.programme FROM "
                                "stays s WHERE s.status IN ('pre_admission', 'active')") +
                     unit);
        plan.exec();
        QStringList details;
        while (plan.next())
            details << plan.text(3);
        EXPECT_TRUE(details.join(QLatin1Char('\n')).contains(QStringLiteral("COVERING INDEX stays_open_by_unit")))
            << details.join(QLatin1Char('\n')).toStdString();
    }
}

} // namespace
} // namespace smr
