// Issue #6, "Charts": the dossier's Charts tab shows every instrument of the patient on one screen
// (the earlier stays apart) and the stay's Dallas square, read from the database when the tab is
// shown; a result entered meanwhile appears; a chart opens large for export.

#include "UiTestSupport.h"
#include "support/LongHistory.h"

#include "ui/charts/ChartDialog.h"
#include "ui/charts/ChartGrid.h"
#include "ui/charts/ChartView.h"
#include "ui/main/MainWindow.h"
#include "ui/patient/PatientPanel.h"
#include "ui/progress/ProgressTab.h"

#include <QCheckBox>
#include <QLabel>
#include <QTabWidget>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

class ProgressTabTest : public ::testing::Test
{
protected:
    ProgressTabTest() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        m_store.signInAs(m_store.addUser(QStringLiteral("vernet"), {Role::Physician}, QStringLiteral("Dr Vernet")));
    }

    void open(PatientId patient)
    {
        m_window = std::make_unique<ui::MainWindow>(m_store.store(), m_prompter, m_settings);
        m_window->resize(1600, 1000);
        m_window->show();
        ASSERT_TRUE(m_window->openPatient(patient));
    }
    ui::ProgressTab *tab() { return m_window->patientPanel()->charts(); }
    QStringList cells()
    {
        QStringList out;
        for (ui::ChartView *v : tab()->grid()->views())
            out << v->objectName();
        return out;
    }

    TestStore m_store;
    ScriptedPrompter m_prompter;
    QSettings m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(ProgressTabTest, EveryInstrumentAndTheDallasSquareOnOneScreen)
{
    const LongHistory history = addLongHistory(m_store, 2);
    open(history.patient);
    EXPECT_TRUE(tab()->grid()->views().isEmpty()) << "nothing is read before the tab is shown";
    m_window->patientPanel()->showTab(tab());
    EXPECT_EQ(m_window->patientPanel()->tabs()->tabText(m_window->patientPanel()->indexOf(tab())),
              QStringLiteral("Graphiques"));
    // The demonstration's spine-restoration stays measure these four (core/demo).
    EXPECT_EQ(cells(), QStringList({QStringLiteral("chartCell_6mwt"), QStringLiteral("chartCell_dallas"),
                                    QStringLiteral("chartCell_odi"), QStringLiteral("chartCell_startback"),
                                    QStringLiteral("chartCell_dallasSquare")}));
    // By default the stay shown fills the time axis; "Séjours antérieurs" adds the others apart.
    const ProgressChart *odi = tab()->grid()->views().at(2)->content().progress();
    ASSERT_NE(odi, nullptr);
    ASSERT_EQ(odi->series.size(), 1);
    EXPECT_EQ(odi->series.at(0).role, ChartSeries::Role::CurrentStay);
    EXPECT_EQ(odi->stays.size(), 1);
    EXPECT_GE(odi->xMin, QDateTime(QDate(2026, 11, 1), QTime(0, 0)));
    screenshot(m_window.get(), QStringLiteral("charts-tab"));
    QCheckBox *earlier = tab()->earlierStaysBox();
    EXPECT_EQ(earlier->text(), QStringLiteral("Séjours &antérieurs"));
    earlier->setChecked(true);
    odi = tab()->grid()->views().at(2)->content().progress();
    ASSERT_EQ(odi->series.size(), 2);
    EXPECT_EQ(odi->series.at(1).role, ChartSeries::Role::EarlierStays);
    EXPECT_EQ(odi->stays.size(), 5);
    EXPECT_LT(odi->xMin, QDateTime(QDate(2025, 1, 1), QTime(0, 0)));
    screenshot(m_window.get(), QStringLiteral("charts-tab-earlier-stays"));

    ui::ChartDialog *large = tab()->grid()->openLarge(2);
    ASSERT_NE(large, nullptr);
    EXPECT_TRUE(large->isVisible());
    large->close();
}

TEST_F(ProgressTabTest, AResultEnteredMeanwhileAppears)
{
    const PatientId patient = m_store.addPatient();
    const StayId stay = *m_store->stays().open(TestStore::stay(patient));
    open(patient);
    m_window->patientPanel()->showTab(tab());
    EXPECT_TRUE(cells().isEmpty());
    EXPECT_EQ(tab()->statusLabel()->text(),
              QStringLiteral("Pas encore de résultat de test pour ce patient : les graphiques apparaissent avec le "
                             "premier."));
    ASSERT_TRUE(m_store->results().record(
        TestStore::questionnaire(stay, QStringLiteral("odi"), QDate(2026, 11, 3), {3, 3, 3, 3, 2, 2, 2, 2, 2, 2})));
    EXPECT_EQ(cells(), QStringList{QStringLiteral("chartCell_odi")});
}

} // namespace
} // namespace smr::test
