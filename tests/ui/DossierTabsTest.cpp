// The dossier's tabs are built the first time they are shown (issue #10: the first screen is the
// list, and building every form of the dossier there was most of the start-up time). A tab built
// late shows the patient in front, and follows the next one.

#include "UiTestSupport.h"

#include "ui/assessment/AssessmentTab.h"
#include "ui/careplan/CarePlanTab.h"
#include "ui/census/CensusModel.h"
#include "ui/census/CensusPanel.h"
#include "ui/documents/DocumentsTab.h"
#include "ui/main/MainWindow.h"
#include "ui/patient/OverviewTab.h"
#include "ui/patient/PatientPanel.h"
#include "ui/progress/ProgressTab.h"
#include "ui/results/ResultsTab.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

class DossierTabsTest : public ::testing::Test
{
protected:
    DossierTabsTest() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        // DUPONT with two TUGs in her stay, MARTIN with one.
        const PatientId dupont = m_store.addPatient(QStringLiteral("IPP001"));
        Patient p = TestStore::patient(QStringLiteral("IPP002"));
        p.birthName = QStringLiteral("Martin");
        const PatientId martin = *m_store->patients().create(p);
        const StayId first = *m_store->stays().open(TestStore::stay(dupont));
        const StayId second = *m_store->stays().open(TestStore::stay(martin));
        EXPECT_TRUE(m_store->results().record(TestStore::tug(first, QDate(2026, 11, 3), 16.0)));
        EXPECT_TRUE(m_store->results().record(TestStore::tug(first, QDate(2026, 11, 17), 12.5)));
        EXPECT_TRUE(m_store->results().record(TestStore::tug(second, QDate(2026, 11, 4), 20.0)));
        m_window = std::make_unique<ui::MainWindow>(m_store.store(), m_prompter, m_settings);
        m_window->resize(1400, 860);
        m_window->show();
        QApplication::processEvents();
    }

    template <typename Tab> qsizetype built() const { return m_window->findChildren<Tab *>().size(); }
    qsizetype tabsBuilt() const
    {
        return built<ui::OverviewTab>() + built<ui::AssessmentTab>() + built<ui::CarePlanTab>() +
               built<ui::ResultsTab>() + built<ui::ProgressTab>() + built<ui::DocumentsTab>();
    }
    void choose(int row)
    {
        m_window->census()->view()->setCurrentIndex(m_window->census()->model()->index(row, 0));
        QApplication::processEvents();
    }
    // A click on the tab titled `title`, as the user does.
    void clickTab(const QString &title)
    {
        QTabBar *bar = m_window->patientPanel()->tabs()->tabBar();
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i) == title) {
                QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
                QApplication::processEvents();
                return;
            }
        }
        ADD_FAILURE() << "no tab " << title.toStdString();
    }

    TestStore m_store;
    ScriptedPrompter m_prompter;
    QSettings m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(DossierTabsTest, TheFirstScreenBuildsNoTabOfTheDossier)
{
    EXPECT_EQ(tabsBuilt(), 0);
    // The tab bar is complete all the same.
    QTabWidget *tabs = m_window->patientPanel()->tabs();
    ASSERT_EQ(tabs->count(), 6);
    EXPECT_EQ(tabs->tabText(0), QStringLiteral("Synthèse"));
    EXPECT_EQ(tabs->tabText(3), QStringLiteral("Tests"));
    EXPECT_EQ(tabs->tabText(5), QStringLiteral("Documents"));
}

TEST_F(DossierTabsTest, OpeningAPatientBuildsTheTabInFrontOnly)
{
    choose(0);
    EXPECT_EQ(built<ui::OverviewTab>(), 1);
    EXPECT_EQ(tabsBuilt(), 1);
    EXPECT_TRUE(m_window->patientPanel()->overview()->isVisible());
}

TEST_F(DossierTabsTest, ATabClickedLateShowsThePatientInFrontThenFollowsTheNext)
{
    choose(0); // DUPONT
    ASSERT_EQ(built<ui::ResultsTab>(), 0);
    clickTab(QStringLiteral("Tests"));
    ASSERT_EQ(built<ui::ResultsTab>(), 1);
    ui::ResultsTab *tests = m_window->findChild<ui::ResultsTab *>();
    EXPECT_EQ(m_window->patientPanel()->currentTab(), tests);
    EXPECT_TRUE(tests->isVisible());
    EXPECT_EQ(tests->resultsList()->rowCount(), 2);
    screenshot(m_window.get(), QStringLiteral("dossier-tests-built-late"), QSize(1400, 860));

    choose(1); // MARTIN: the Tests tab stays in front and shows his
    EXPECT_EQ(m_window->patientPanel()->currentTab(), tests);
    EXPECT_EQ(tests->resultsList()->rowCount(), 1);
    EXPECT_EQ(built<ui::ResultsTab>(), 1);
    EXPECT_EQ(built<ui::AssessmentTab>(), 0);
}

TEST_F(DossierTabsTest, AskingForATabBuildsItWithThePatientShown)
{
    choose(1); // MARTIN
    ui::PatientPanel *panel = m_window->patientPanel();
    ui::ResultsTab *tests = panel->results();
    EXPECT_EQ(tests->resultsList()->rowCount(), 1);
    EXPECT_FALSE(tests->isVisible()); // built, not brought to the front
    panel->showTab(tests);
    EXPECT_TRUE(tests->isVisible());
    EXPECT_EQ(panel->tabs()->currentIndex(), panel->indexOf(tests));
}

// Beside the list, at the window's first size, the long forms are not cut on the right: they
// scroll down, never sideways (their scroll areas have no horizontal bar).
TEST_F(DossierTabsTest, TheLongFormsFitTheDossierBesideTheList)
{
    choose(0);
    ui::PatientPanel *panel = m_window->patientPanel();
    for (QWidget *tab : {static_cast<QWidget *>(panel->assessment()), static_cast<QWidget *>(panel->carePlan())}) {
        panel->showTab(tab);
        for (int round = 0; round < 4; ++round)
            QApplication::processEvents();
        auto *scroll = tab->findChild<QScrollArea *>();
        ASSERT_NE(scroll, nullptr);
        EXPECT_LE(scroll->widget()->minimumSizeHint().width(), scroll->viewport()->width())
            << scroll->objectName().toStdString();
    }
    // The orientation, the widest section, seen beside the list.
    panel->showTab(panel->assessment());
    auto *scroll = panel->assessment()->findChild<QScrollArea *>();
    scroll->ensureWidgetVisible(scroll->widget()->findChild<QWidget *>(QStringLiteral("orientationSection")));
    screenshot(m_window.get(), QStringLiteral("assessment-orientation-beside-list"), QSize(1400, 860));
}

// A tab opened for the first time does not push the list aside: the row of "New test" buttons
// made the Tests tab 12 px wider than the dossier at the window's first size.
TEST_F(DossierTabsTest, OpeningATabDoesNotMoveTheList)
{
    choose(0);
    auto *workspace = m_window->findChild<QSplitter *>(QStringLiteral("workspace"));
    ASSERT_NE(workspace, nullptr);
    const QList<int> sizes = workspace->sizes();
    QTabBar *bar = m_window->patientPanel()->tabs()->tabBar();
    for (int i = 0; i < bar->count(); ++i) {
        clickTab(bar->tabText(i));
        QApplication::processEvents();
        EXPECT_EQ(workspace->sizes(), sizes) << bar->tabText(i).toStdString();
    }
}

// In a narrow dossier the "New test" buttons go on to a second line, every one whole and inside
// the tab.
TEST_F(DossierTabsTest, TheNewTestButtonsWrapInANarrowDossier)
{
    m_window->resize(1100, 860);
    choose(0);
    clickTab(QStringLiteral("Tests"));
    for (int round = 0; round < 4; ++round)
        QApplication::processEvents();
    ui::ResultsTab *tests = m_window->patientPanel()->results();
    const QList<QPushButton *> buttons =
        tests->findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^newTest_")));
    ASSERT_EQ(buttons.size(), m_store->instruments().all().size());
    QSet<int> lines;
    for (QPushButton *b : buttons) {
        const QRect inTab(b->mapTo(tests, QPoint(0, 0)), b->size());
        EXPECT_TRUE(tests->rect().contains(inTab)) << b->text().toStdString();
        EXPECT_GE(b->width(), b->sizeHint().width()) << b->text().toStdString();
        lines.insert(inTab.top());
    }
    EXPECT_GE(lines.size(), 2);
    screenshot(m_window.get(), QStringLiteral("tests-tab-narrow-dossier"), QSize(1100, 860));
}

} // namespace
} // namespace smr::test
