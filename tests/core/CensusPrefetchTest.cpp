// The list's first page read ahead on a thread and a connection of its own while the main window
// is being built (issue #10, cold start): it must be exactly the page the main connection reads,
// used once and for its own filter only, and it must never cost the list (no page, the caller
// reads it) nor create a database where there is none.

#include "core/census/CensusPrefetch.h"
#include "core/storage/Database.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;

// What tells two lines apart on the screen: the patient, the stay, the sort key.
QStringList lines(const QList<CensusRow> &rows)
{
    QStringList out;
    for (const CensusRow &row : rows)
        out << QStringLiteral("%1/%2/%3")
                   .arg(row.patient.id.value)
                   .arg(row.stay ? row.stay->id.value : 0)
                   .arg(row.sortKey);
    return out;
}

class CensusPrefetchTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(db->demo().load(300, 5)); }

    TestStore db;
};

TEST_F(CensusPrefetchTest, TheFirstPageReadAheadIsThePageReadOnTheMainConnection)
{
    CensusFilter unit;
    unit.unitCode = QStringLiteral("locomoteur");
    CensusFilter dayHospital;
    dayHospital.mode = StayMode::DayHospital;
    CensusFilter all;
    all.scope = CensusFilter::Scope::AllPatients;
    CensusFilter search = all;
    search.search = QStringLiteral("ma");
    for (const CensusFilter &filter : {CensusFilter{}, unit, dayHospital, all, search}) {
        for (const int limit : {1, 7, 100}) {
            CensusPrefetch ahead(db->database(), filter, limit);
            const std::optional<CensusPrefetch::Page> page = ahead.take(filter, limit);
            ASSERT_TRUE(page.has_value()) << filter.unitCode.toStdString() << " " << filter.search.toStdString();
            const QList<CensusRow> here = db->census().page(filter, std::nullopt, limit);
            EXPECT_FALSE(here.isEmpty());
            EXPECT_EQ(lines(page->rows), lines(here)) << "limit " << limit;
            EXPECT_EQ(page->total, db->census().count(filter));
        }
    }
}

TEST_F(CensusPrefetchTest, APageReadAheadIsGivenOnceAndForItsOwnFilterOnly)
{
    CensusFilter unit;
    unit.unitCode = QStringLiteral("locomoteur");
    {
        CensusPrefetch ahead(db->database(), unit, 100);
        EXPECT_FALSE(ahead.take(CensusFilter{}, 100).has_value()) << "another unit";
        EXPECT_FALSE(ahead.take(unit, 100).has_value()) << "already taken";
    }
    {
        CensusPrefetch ahead(db->database(), unit, 100);
        EXPECT_FALSE(ahead.take(unit, 200).has_value()) << "another length";
    }
    {
        CensusPrefetch ahead(db->database(), unit, 100);
        EXPECT_TRUE(ahead.take(unit, 100).has_value());
        EXPECT_FALSE(ahead.take(unit, 100).has_value()) << "a second time";
    }
    // Never taken: the thread is waited for when the read ahead goes.
    CensusPrefetch({db->database(), unit, 100});
}

// The second connection is opened on the worker thread; a database file that has gone away gives
// no page (the list then reads with the main connection and says what is wrong), and no empty
// database is created in its place.
TEST(CensusPrefetchFile, AFileThatIsNoLongerThereGivesNoPageAndIsNotCreated)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("smrdesk.sqlite"));
    Result<std::unique_ptr<Database>> opened = Database::openSqlite(path);
    ASSERT_TRUE(opened) << opened.failure().text().toStdString();
    ASSERT_TRUE(QFile::exists(path));
    ASSERT_TRUE(QFile::remove(path));
    CensusPrefetch ahead(**opened, CensusFilter{}, 100);
    EXPECT_FALSE(ahead.take(CensusFilter{}, 100).has_value());
    EXPECT_FALSE(QFile::exists(path));

    const Result<std::unique_ptr<Database>> again = (*opened)->opener()();
    ASSERT_FALSE(again);
    EXPECT_EQ(again.failure().text(),
              QStringLiteral("The database %1 cannot be opened: the file is no longer there.").arg(path));
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
} // namespace smr
