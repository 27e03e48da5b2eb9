// The census model pages through patients as the list scrolls, never loading the whole table,
// and passes Qt's model checks while it does.

#include "UiTestSupport.h"

#include "ui/census/CensusModel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

QStringList g_warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        g_warnings << message;
}

class CensusModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store->demo().load(450, 3));
        m_filter.scope = CensusFilter::Scope::AllPatients;
        g_warnings.clear();
        m_previousHandler = qInstallMessageHandler(collectWarnings);
    }
    void TearDown() override { qInstallMessageHandler(m_previousHandler); }

    TestStore m_store;
    CensusFilter m_filter;
    QtMessageHandler m_previousHandler = nullptr;
};

TEST_F(CensusModelTest, FetchesPageByPageAndPassesTheModelTester)
{
    ui::CensusModel model(m_store->census(), m_store.clock());
    model.setFilter(m_filter);
    EXPECT_EQ(model.rowCount(), ui::CensusModel::PageSize); // one page, not 450 rows
    EXPECT_EQ(model.totalCount(), 450);
    // The tester asks for more rows itself, also while rows are being inserted.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setFilter(m_filter);
    while (model.canFetchMore({}))
        model.fetchMore({});
    ASSERT_EQ(model.rowCount(), 450);
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.index(r, 0).data(ui::CensusModel::PatientIdRole).toLongLong());
    EXPECT_EQ(ids.size(), 450) << "every patient exactly once";
    model.reload();
    EXPECT_EQ(model.rowCount(), 450) << "a reload keeps what was loaded";
    EXPECT_TRUE(g_warnings.isEmpty()) << g_warnings.join(QLatin1Char('\n')).toStdString();
}

TEST_F(CensusModelTest, ScrollingTheListLoadsTheNextPage)
{
    ui::CensusModel model(m_store->census(), m_store.clock());
    model.setFilter(m_filter);
    QTableView view;
    view.setModel(&model);
    view.resize(600, 400);
    view.show();
    for (int i = 0; i < 5 && model.rowCount() < 450; ++i) {
        view.scrollToBottom();
        QApplication::processEvents();
    }
    EXPECT_GT(model.rowCount(), ui::CensusModel::PageSize);
}

// The first screen's page is read ahead on another thread (issue #10): the model shows it as it
// would have read it, and goes on paging from it.
TEST_F(CensusModelTest, APageReadAheadIsShownAndTheListPagesOnFromIt)
{
    ui::CensusModel readHere(m_store->census(), m_store.clock());
    readHere.setFilter(m_filter);
    ui::CensusModel model(m_store->census(), m_store.clock());
    CensusPrefetch ahead(m_store->database(), m_filter, ui::CensusModel::PageSize);
    model.setFilter(m_filter, &ahead);
    ASSERT_EQ(model.rowCount(), ui::CensusModel::PageSize);
    EXPECT_EQ(model.totalCount(), 450);
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            EXPECT_EQ(model.index(r, c).data(), readHere.index(r, c).data()) << "row " << r << ", column " << c;
    }
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.index(r, 0).data(ui::CensusModel::PatientIdRole).toLongLong());
    EXPECT_EQ(ids.size(), 450) << "every patient exactly once";
    EXPECT_TRUE(g_warnings.isEmpty()) << g_warnings.join(QLatin1Char('\n')).toStdString();
}

// A page read ahead for another filter is not shown: the model reads its own.
TEST_F(CensusModelTest, APageReadAheadForAnotherFilterIsNotShown)
{
    CensusPrefetch ahead(m_store->database(), m_filter, ui::CensusModel::PageSize); // every patient
    const CensusFilter current;                                                     // the stays in progress
    ui::CensusModel model(m_store->census(), m_store.clock());
    model.setFilter(current, &ahead);
    EXPECT_EQ(model.totalCount(), m_store->census().count(current));
    EXPECT_LT(model.totalCount(), 450);
    for (int r = 0; r < model.rowCount(); ++r)
        EXPECT_TRUE(model.index(r, 0).data(ui::CensusModel::StayIdRole).toLongLong() > 0) << "row " << r;
}

} // namespace
} // namespace smr::test
