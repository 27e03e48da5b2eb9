// The main window as a physician uses it: the welcome page of an empty database, the
// demonstration data, the list searched as you type, and the guard on unsaved notes.

#include "UiTestSupport.h"

#include "ui/census/CensusModel.h"
#include "ui/census/CensusPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/main/WelcomePage.h"
#include "ui/patient/OverviewTab.h"
#include "ui/patient/PatientHeader.h"
#include "ui/patient/PatientPanel.h"
#include "ui/results/ResultsTab.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    MainWindowTest() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat) {}

    ui::MainWindow &window()
    {
        if (!m_window) {
            m_window = std::make_unique<ui::MainWindow>(m_store.store(), m_prompter, m_settings);
            m_window->resize(1400, 860);
            m_window->show();
            QApplication::processEvents();
        }
        return *m_window;
    }

    ui::CensusModel &model() { return *window().census()->model(); }

    // Types in the search field and lets the list refresh.
    void search(const QString &text)
    {
        QLineEdit *field = window().census()->searchField();
        field->clear();
        QTest::keyClicks(field, text);
        QTest::qWait(30);
    }

    TestStore m_store;
    ScriptedPrompter m_prompter;
    QSettings m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(MainWindowTest, EmptyDatabaseWelcomesTheUserWithTwoWaysToBegin)
{
    ASSERT_TRUE(window().isShowingWelcome());
    auto *title = window().findChild<QLabel *>(QStringLiteral("welcomeTitle"));
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->text(), QStringLiteral("Bienvenue dans SMR Desk"));
    EXPECT_TRUE(window().welcomePage()->createButton()->isVisible());
    EXPECT_EQ(window().welcomePage()->createButton()->text(), QStringLiteral("Créer le premier patient"));
    EXPECT_TRUE(window().welcomePage()->demoButton()->isVisible());
    screenshot(&window(), QStringLiteral("main-window-empty"), QSize(1400, 860));
}

TEST_F(MainWindowTest, DemonstrationDataFillsTheUnitList)
{
    QTest::mouseClick(window().welcomePage()->demoButton(), Qt::LeftButton);
    EXPECT_FALSE(window().isShowingWelcome());
    EXPECT_EQ(m_store.rows(QStringLiteral("patients")), ui::MainWindow::DemoPatients);
    // Current stays of every unit: about half of a small demonstration is in the unit today.
    EXPECT_GT(model().rowCount(), 40);
    auto *count = window().findChild<QLabel *>(QStringLiteral("censusCount"));
    EXPECT_EQ(count->text(), QStringLiteral("%1 séjours en cours").arg(model().totalCount()));
    QAbstractItemModelTester tester(&model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    // The demonstration can only be loaded into an empty database.
    EXPECT_FALSE(window().action(QStringLiteral("demoAction"))->isEnabled());
}

TEST_F(MainWindowTest, SearchFiltersTheListAsYouType)
{
    const PatientId dupont = m_store.addPatient(QStringLiteral("IPP001"));
    Patient other = TestStore::patient(QStringLiteral("IPP002"));
    other.birthName = QStringLiteral("Lefèvre");
    other.firstNames = QStringLiteral("Jean");
    other.birthDate = QDate(1970, 5, 4);
    other.sex = Sex::Male;
    const PatientId lefevre = *m_store->patients().create(other);
    ASSERT_TRUE(m_store->stays().open(TestStore::stay(dupont)));
    ASSERT_TRUE(m_store->stays().open(TestStore::stay(lefevre)));

    EXPECT_EQ(model().rowCount(), 2);
    search(QStringLiteral("lefev")); // without the accent
    ASSERT_EQ(model().rowCount(), 1);
    EXPECT_EQ(model().index(0, ui::CensusModel::NameColumn).data().toString(), QStringLiteral("LEFÈVRE Jean"));
    search(QStringLiteral("IPP001"));
    ASSERT_EQ(model().rowCount(), 1);
    EXPECT_EQ(model().index(0, ui::CensusModel::NameColumn).data().toString(), QStringLiteral("DUPONT Marie"));
    search(QStringLiteral("04/05/1970"));
    ASSERT_EQ(model().rowCount(), 1);
    EXPECT_EQ(model().index(0, ui::CensusModel::NameColumn).data(ui::CensusModel::PatientIdRole).toLongLong(),
              lefevre.value);
    search(QStringLiteral("zzz"));
    EXPECT_EQ(model().rowCount(), 0);
    EXPECT_EQ(window().findChild<QLabel *>(QStringLiteral("censusCount"))->text(), QStringLiteral("0 patient trouvé"));
}

TEST_F(MainWindowTest, TheClearButtonEmptiesTheSearch)
{
    const PatientId dupont = m_store.addPatient(QStringLiteral("IPP001"));
    ASSERT_TRUE(m_store->stays().open(TestStore::stay(dupont)));
    QLineEdit *field = window().census()->searchField();
    search(QStringLiteral("zzz"));
    ASSERT_EQ(model().rowCount(), 0);
    // The button comes with the first letter typed (its icon is not loaded at start-up).
    ASSERT_TRUE(field->isClearButtonEnabled());
    auto *clear = field->findChild<QToolButton *>();
    ASSERT_NE(clear, nullptr);
    EXPECT_TRUE(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QTest::qWait(30);
    EXPECT_TRUE(field->text().isEmpty());
    EXPECT_EQ(model().rowCount(), 1);
}

TEST_F(MainWindowTest, CtrlFFocusesTheSearchField)
{
    m_store.addPatient();
    window().activateWindow();
    window().patientPanel()->setFocus();
    QTest::keyClick(&window(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(window().census()->searchField()->hasFocus());
}

TEST_F(MainWindowTest, SelectingARowShowsTheDossierWithDayNOfM)
{
    const PatientId id = m_store.addPatient();
    ASSERT_TRUE(m_store->stays().open(TestStore::stay(id)));
    window().census()->view()->setCurrentIndex(model().index(0, 0));
    EXPECT_EQ(window().patientPanel()->patientId(), id);
    ui::PatientHeader *header = window().patientPanel()->header();
    EXPECT_EQ(header->nameText(), QStringLiteral("DUPONT Marie"));
    EXPECT_TRUE(header->identityText().contains(QStringLiteral("née le 12/03/1956")));
    EXPECT_TRUE(header->identityText().contains(QStringLiteral("70 ans")));
    // Admitted on 02/11/2026, planned discharge 29/11/2026, today 22/11/2026.
    EXPECT_TRUE(header->stayText().contains(QStringLiteral("J21 sur 28"))) << header->stayText().toStdString();
    EXPECT_EQ(model().index(0, ui::CensusModel::ProgressColumn).data().toString(), QStringLiteral("J21 sur 28"));
}

TEST_F(MainWindowTest, ReopensOnThePatientShownAtClosing)
{
    m_store.addPatient(QStringLiteral("IPP001"));
    Patient p = TestStore::patient(QStringLiteral("IPP002"));
    p.birthName = QStringLiteral("Martin");
    const PatientId martin = *m_store->patients().create(p);
    ASSERT_TRUE(window().openPatient(martin));
    ASSERT_TRUE(window().close());
    m_window.reset();
    EXPECT_EQ(window().patientPanel()->patientId(), martin);
    EXPECT_EQ(window().patientPanel()->header()->nameText(), QStringLiteral("MARTIN Marie"));
}

// The list opens on the unit chosen last time. Its first page is read ahead on another thread
// while the window is built (issue #10): what it shows must be that unit's stays in progress.
TEST_F(MainWindowTest, TheListOpensOnTheUnitChosenLastTime)
{
    ASSERT_TRUE(m_store->demo().load(200, 3));
    m_settings.setValue(QStringLiteral("census/unit"), QStringLiteral("locomoteur"));
    EXPECT_EQ(window().census()->unitFilter(), QStringLiteral("locomoteur"));
    CensusFilter unit;
    unit.unitCode = QStringLiteral("locomoteur");
    EXPECT_EQ(model().filter(), unit);
    const qint64 stays = m_store->census().count(unit);
    ASSERT_GT(stays, 1);
    EXPECT_EQ(model().totalCount(), stays);
    ASSERT_EQ(model().rowCount(), std::min<qint64>(stays, ui::CensusModel::PageSize));
    for (int r = 0; r < model().rowCount(); ++r)
        EXPECT_EQ(model().rowAt(r)->stay->unitCode, QStringLiteral("locomoteur")) << "row " << r;
    EXPECT_EQ(window().findChild<QLabel *>(QStringLiteral("censusCount"))->text(),
              QStringLiteral("%1 séjours en cours").arg(stays));
}

class UnsavedNotesTest : public MainWindowTest
{
protected:
    void SetUp() override
    {
        first = m_store.addPatient(QStringLiteral("IPP001"));
        Patient p = TestStore::patient(QStringLiteral("IPP002"));
        p.birthName = QStringLiteral("Martin");
        second = *m_store->patients().create(p);
        ASSERT_TRUE(m_store->stays().open(TestStore::stay(first)));
        ASSERT_TRUE(m_store->stays().open(TestStore::stay(second)));
        // DUPONT before MARTIN.
        window().census()->view()->setCurrentIndex(model().index(0, 0));
        ASSERT_EQ(window().patientPanel()->patientId(), first);
        QPlainTextEdit *notes = window().patientPanel()->overview()->notesEditor();
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Allergie codeine"));
        ASSERT_TRUE(window().patientPanel()->hasUnsavedChanges());
    }

    void clickSecond() { window().census()->view()->setCurrentIndex(model().index(1, 0)); }

    PatientId first;
    PatientId second;
};

TEST_F(UnsavedNotesTest, StayingKeepsThePatientAndTheTypedNotes)
{
    m_prompter.unsavedAnswer = ui::Prompter::UnsavedChoice::Cancel;
    clickSecond();
    ASSERT_EQ(m_prompter.asked.size(), 1);
    EXPECT_EQ(m_prompter.asked.first(), QStringLiteral("Les notes de DUPONT Marie"));
    EXPECT_EQ(window().patientPanel()->patientId(), first);
    EXPECT_EQ(window().census()->view()->currentIndex().row(), 0);
    EXPECT_EQ(window().patientPanel()->overview()->notes(), QStringLiteral("Allergie codeine"));
    EXPECT_TRUE(m_store->patients().find(first)->notes.isEmpty());
}

TEST_F(UnsavedNotesTest, SavingWritesTheNotesThenMoves)
{
    m_prompter.unsavedAnswer = ui::Prompter::UnsavedChoice::Save;
    clickSecond();
    EXPECT_EQ(window().patientPanel()->patientId(), second);
    EXPECT_EQ(m_store->patients().find(first)->notes, QStringLiteral("Allergie codeine"));
}

TEST_F(UnsavedNotesTest, DiscardingDropsTheNotesThenMoves)
{
    m_prompter.unsavedAnswer = ui::Prompter::UnsavedChoice::Discard;
    clickSecond();
    EXPECT_EQ(window().patientPanel()->patientId(), second);
    EXPECT_TRUE(m_store->patients().find(first)->notes.isEmpty());
}

TEST_F(UnsavedNotesTest, ClosingTheWindowAsksToo)
{
    m_prompter.unsavedAnswer = ui::Prompter::UnsavedChoice::Cancel;
    EXPECT_FALSE(window().close());
    EXPECT_EQ(m_prompter.asked.size(), 1);
    EXPECT_TRUE(window().isVisible());
}

TEST_F(MainWindowTest, TheOverviewFitsBesideTheListWithTheDemonstrationData)
{
    // The overview scrolls down, never sideways: at the window's first size, the long values of
    // its cards (the walk's "m · % of predicted", the Dallas's four scores) wrap instead of
    // pushing the cards past the dossier's right edge.
    ASSERT_TRUE(m_store->demo().load(ui::MainWindow::DemoPatients, 1));
    auto *scroll = window().findChild<QScrollArea *>(QStringLiteral("overviewScroll"));
    for (int row = 0; row < 12; ++row) {
        window().census()->view()->setCurrentIndex(model().index(row, 0));
        if (!scroll)
            scroll = window().findChild<QScrollArea *>(QStringLiteral("overviewScroll"));
        ASSERT_NE(scroll, nullptr);
        for (int round = 0; round < 4; ++round)
            QApplication::processEvents();
        EXPECT_LE(scroll->widget()->width(), scroll->viewport()->width())
            << model().index(row, ui::CensusModel::NameColumn).data().toString().toStdString();
    }
    window().census()->view()->setCurrentIndex(model().index(3, 0));
    screenshot(&window(), QStringLiteral("overview-beside-list-demo"), QSize(1400, 860));
}

TEST_F(MainWindowTest, ScreenshotWithDemonstrationData)
{
    ASSERT_TRUE(m_store->demo().load(ui::MainWindow::DemoPatients, 1));
    window().census()->view()->setCurrentIndex(model().index(3, 0));
    screenshot(&window(), QStringLiteral("main-window-demo"), QSize(1400, 860));

    // A locomotor patient well into the stay: the Tests tab with its changes.
    for (int row = 0; row < model().rowCount(); ++row) {
        const CensusRow *r = model().rowAt(row);
        if (!r->stay || r->stay->unitCode != QLatin1String("locomoteur") || r->stay->status != StayStatus::Active)
            continue;
        if (m_store->results().current(r->stay->id)->size() < 5)
            continue;
        window().census()->view()->setCurrentIndex(model().index(row, 0));
        window().patientPanel()->showTab(window().patientPanel()->results());
        screenshot(&window(), QStringLiteral("dossier-tests-demo"), QSize(1400, 860));
        return;
    }
    ADD_FAILURE() << "no locomotor stay with five results in the demonstration";
}

} // namespace
} // namespace smr::test
