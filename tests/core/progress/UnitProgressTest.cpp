// The unit view of the progress charts (issue #6 "Unit view: the Dallas square with every active
// patient of a unit, and a table of admission → latest change per patient and instrument"), on the
// grouping suites' cohort (support/GroupingCohort.h) on Sunday 22/11/2026. In progress in the
// locomoteur unit that day: ARNAUD (Dallas 75/20), BLANC (30/70), CARON (0/0 then 80/70), DUPONT
// (50/50) and EVRARD (no Dallas); FABRE, GARNIER and HENRY are expected, IMBERT discharged, JOLY
// cancelled, KLEIN in neurologie.

#include "core/progress/ProgressService.h"
#include "core/progress/ProgressSupport.h"
#include "support/GroupingCohort.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

namespace p = test::progress;
using test::TestStore;

const QString kUnit = QStringLiteral("locomoteur");

class UnitProgressTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        cohort = test::addGroupingCohort(db);
        // DUPONT's ODI: 48 % at admission, 40 % the next week, 30 % corrected to 28 % on 20/11,
        // and a draft the day after that counts for nothing.
        const StayId dupont = cohort.stays.value(QStringLiteral("Dupont"));
        ASSERT_TRUE(db->results().record(p::result(dupont, "odi", QDate(2026, 11, 7), p::odi(24))));
        ASSERT_TRUE(db->results().record(p::result(dupont, "odi", QDate(2026, 11, 13), p::odi(20))));
        const Result<TestResult> latest =
            db->results().record(p::result(dupont, "odi", QDate(2026, 11, 20), p::odi(15)));
        ASSERT_TRUE(latest);
        TestResult correction = p::result(dupont, "odi", QDate(2026, 11, 20), p::odi(14));
        correction.seriesId = latest->seriesId;
        correction.correctionReason = QStringLiteral("Section 9 read wrongly");
        ASSERT_TRUE(db->results().record(correction));
        ASSERT_TRUE(db->results().saveDraft(p::result(dupont, "odi", QDate(2026, 11, 21), p::odi(2))));
    }

    DallasSquare square(const QDate &day, const QString &unit = kUnit)
    {
        const Result<DallasSquare> r = db->progress().unitSquare(unit, day);
        EXPECT_TRUE(r) << (r ? std::string() : r.failure().text().toStdString());
        return r ? *r : DallasSquare();
    }

    QList<UnitProgressRow> changes(const QDate &day)
    {
        const Result<QList<UnitProgressRow>> r = db->progress().unitChanges(kUnit, day);
        EXPECT_TRUE(r) << (r ? std::string() : r.failure().text().toStdString());
        return r ? *r : QList<UnitProgressRow>();
    }

    static const InstrumentProgress &cell(const UnitProgressRow &row, const char *instrument)
    {
        for (const InstrumentProgress &p : row.instruments) {
            if (p.instrument == QLatin1String(instrument))
                return p;
        }
        static const InstrumentProgress none;
        ADD_FAILURE() << "no " << instrument;
        return none;
    }

    TestStore db;
    test::GroupingCohort cohort;
};

TEST_F(UnitProgressTest, TheUnitsSquareHasAPathPerPatientWithADallas)
{
    const DallasSquare s = square(TestStore::today());
    EXPECT_TRUE(s.emptyText.isEmpty());
    QStringList names;
    for (const DallasSquare::Path &path : s.paths)
        names << path.name;
    // In the patient list's order; EVRARD has no Dallas; the expected, discharged, cancelled and
    // other units' patients are not there.
    EXPECT_EQ(names, (QStringList{QStringLiteral("ARNAUD Paul"), QStringLiteral("BLANC Julie"),
                                  QStringLiteral("CARON Marc"), QStringLiteral("DUPONT Marie")}));
    ASSERT_EQ(s.paths.size(), 4);

    const DallasSquare::Path &arnaud = s.paths.at(0);
    EXPECT_EQ(arnaud.stay, cohort.stays.value(QStringLiteral("Arnaud")));
    EXPECT_EQ(arnaud.patient, cohort.patients.value(QStringLiteral("Arnaud")));
    ASSERT_EQ(arnaud.points.size(), 1);
    EXPECT_DOUBLE_EQ(arnaud.points.first().physical, 75);
    EXPECT_DOUBLE_EQ(arnaud.points.first().psychological, 20);
    EXPECT_EQ(arnaud.points.first().quadrant, Group::Medical);
    EXPECT_EQ(arnaud.points.first().label, QStringLiteral("ARNAUD Paul"));
    EXPECT_EQ(s.paths.at(1).points.first().quadrant, Group::Behavioural);

    // CARON: from the admission's Dallas (0/0, dated) to the latest (80/70, named).
    const DallasSquare::Path &caron = s.paths.at(2);
    ASSERT_EQ(caron.points.size(), 2);
    EXPECT_DOUBLE_EQ(caron.points.at(0).physical, 0);
    EXPECT_EQ(caron.points.at(0).quadrant, Group::LowImpact);
    EXPECT_EQ(caron.points.at(0).label, QStringLiteral("16/11"));
    EXPECT_DOUBLE_EQ(caron.points.at(1).physical, 80);
    EXPECT_DOUBLE_EQ(caron.points.at(1).psychological, 70);
    EXPECT_EQ(caron.points.at(1).quadrant, Group::Mixed);
    EXPECT_EQ(caron.points.at(1).label, QStringLiteral("CARON Marc"));

    // DUPONT at exactly 50/50: not high (Grouping::suggest's decision).
    EXPECT_EQ(s.paths.at(3).points.first().quadrant, Group::LowImpact);
}

TEST_F(UnitProgressTest, TheSquareOfAnEarlierDay)
{
    // On 18/11 CARON had only his first Dallas; on 05/11 only ARNAUD (admitted 02/11) and EVRARD
    // (31/10, no Dallas) were in the unit.
    const DallasSquare on18 = square(QDate(2026, 11, 18));
    ASSERT_EQ(on18.paths.size(), 4);
    ASSERT_EQ(on18.paths.at(2).points.size(), 1);
    EXPECT_EQ(on18.paths.at(2).points.first().label, QStringLiteral("CARON Marc"));
    EXPECT_EQ(on18.paths.at(2).points.first().quadrant, Group::LowImpact);

    const DallasSquare on5 = square(QDate(2026, 11, 5));
    ASSERT_EQ(on5.paths.size(), 1);
    EXPECT_EQ(on5.paths.first().name, QStringLiteral("ARNAUD Paul"));

    const DallasSquare empty = square(QDate(2026, 11, 1));
    EXPECT_TRUE(empty.paths.isEmpty());
    EXPECT_EQ(empty.emptyText, QStringLiteral("No patient in progress in this unit has a Dallas questionnaire."));

    const DallasSquare neurologie = square(TestStore::today(), QStringLiteral("Neurologie "));
    ASSERT_EQ(neurologie.paths.size(), 1);
    EXPECT_EQ(neurologie.paths.first().name, QStringLiteral("KLEIN Nina"));
}

TEST_F(UnitProgressTest, TheChangesTableHasARowPerStayInProgress)
{
    const QList<UnitProgressRow> rows = changes(TestStore::today());
    QStringList names;
    for (const UnitProgressRow &row : rows)
        names << row.name;
    // EVRARD, without any result, has his row.
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("ARNAUD Paul"), QStringLiteral("BLANC Julie"), QStringLiteral("CARON Marc"),
                           QStringLiteral("DUPONT Marie"), QStringLiteral("EVRARD Luc")}));
    ASSERT_EQ(rows.size(), 5);
    for (const UnitProgressRow &row : rows) {
        QStringList ids;
        for (const InstrumentProgress &cell : row.instruments)
            ids << cell.instrument;
        EXPECT_EQ(ids, db->instruments().ids()) << "every instrument of the catalog, in its order";
    }
    const UnitProgressRow &evrard = rows.at(4);
    EXPECT_EQ(evrard.stay, cohort.stays.value(QStringLiteral("Evrard")));
    EXPECT_EQ(evrard.admissionDate, QDate(2026, 10, 31));
    EXPECT_EQ(evrard.plannedDischargeDate, QDate(2026, 11, 27));
    EXPECT_FALSE(cell(evrard, "odi").hasResult());
    EXPECT_FALSE(cell(evrard, "odi").change);

    // DUPONT's ODI: 48 % → 28 % (the correction; not the 40 % between, nor the draft).
    // REFERENCE §5: MCID 10 points (min(10, 30 % of 48)): −20 reaches it.
    const InstrumentProgress &odi = cell(rows.at(3), "odi");
    EXPECT_EQ(odi.title, QStringLiteral("ODI"));
    EXPECT_EQ(odi.measure.key, QStringLiteral("percent"));
    EXPECT_EQ(odi.admission, 48);
    EXPECT_EQ(odi.latest, 28);
    EXPECT_EQ(odi.admissionAt, QDateTime(QDate(2026, 11, 7), QTime(10, 0)));
    EXPECT_EQ(odi.latestAt, QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    EXPECT_EQ(odi.admissionText, QStringLiteral("48.0"));
    EXPECT_EQ(odi.latestText, QStringLiteral("28.0"));
    ASSERT_TRUE(odi.change);
    EXPECT_DOUBLE_EQ(odi.change->difference, -20);
    EXPECT_EQ(odi.change->trend, MeasureChange::Trend::Better);
    EXPECT_EQ(odi.change->beyondThreshold, true);
    EXPECT_EQ(odi.changeText, QStringLiteral("-20.0 % ▲ better (MCID reached)"));

    // CARON's Dallas, main measure daily activities: 0 % → 90 %, worse; no MCID in the reference.
    const InstrumentProgress &dallas = cell(rows.at(2), "dallas");
    EXPECT_EQ(dallas.measure.key, QStringLiteral("daily_activities"));
    EXPECT_EQ(dallas.admission, 0);
    EXPECT_EQ(dallas.latest, 90);
    ASSERT_TRUE(dallas.change);
    EXPECT_EQ(dallas.change->trend, MeasureChange::Trend::Worse);
    EXPECT_FALSE(dallas.change->beyondThreshold);
    EXPECT_EQ(dallas.changeText, QStringLiteral("+90 % ▼ worse"));

    // One result: its value is both, and there is no change.
    const InstrumentProgress &arnaud = cell(rows.at(0), "dallas");
    EXPECT_EQ(arnaud.admission, 75);
    EXPECT_EQ(arnaud.latest, 75);
    EXPECT_FALSE(arnaud.change);
    EXPECT_TRUE(arnaud.changeText.isEmpty());
}

TEST_F(UnitProgressTest, TheChangesOfAnEarlierDay)
{
    // On 18/11 DUPONT's latest ODI was the 40 % of 13/11: −8 points, below the MCID of 10.
    const QList<UnitProgressRow> rows = changes(QDate(2026, 11, 18));
    ASSERT_EQ(rows.size(), 5);
    const InstrumentProgress &odi = cell(rows.at(3), "odi");
    EXPECT_EQ(odi.latest, 40);
    ASSERT_TRUE(odi.change);
    EXPECT_EQ(odi.change->beyondThreshold, false);
    EXPECT_EQ(odi.changeText, QStringLiteral("-8.0 % ▲ better (below the MCID)"));
    EXPECT_FALSE(cell(rows.at(2), "dallas").change) << "CARON had one Dallas on 18/11";
    EXPECT_EQ(changes(QDate(2026, 11, 5)).size(), 2);
}

TEST_F(UnitProgressTest, RefusalsNameTheUnitsAndTheDay)
{
    const QString before = db.dumpAll();
    const Result<DallasSquare> unknown = db->progress().unitSquare(QStringLiteral("cardio"), TestStore::today());
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.failure().kind(), Failure::Kind::Invalid);
    const QString message = unknown.failure().messageFor(ProgressService::UnitField);
    EXPECT_TRUE(message.contains(QStringLiteral("\"cardio\""))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("locomoteur, neurologie"))) << message.toStdString();

    const Result<QList<UnitProgressRow>> blank = db->progress().unitChanges(QString(), QDate());
    ASSERT_FALSE(blank);
    EXPECT_TRUE(
        blank.failure().messageFor(ProgressService::UnitField).startsWith(QStringLiteral("The unit is required")));
    EXPECT_EQ(blank.failure().messageFor(ProgressService::DayField), QStringLiteral("The day is required (a date)."));
    EXPECT_EQ(db.dumpAll(), before);
}

} // namespace
} // namespace smr
