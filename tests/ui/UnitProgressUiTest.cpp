// Issue #6, "Unit view": the Dallas square of every patient in progress in a unit (admission →
// latest) and the table of each patient's change from admission to the latest result, opened
// from the Unit menu (Ctrl+Shift+G). The cohort is the grouping suites' (tests/support).

#include "UiTestSupport.h"
#include "support/GroupingCohort.h"

#include "ui/charts/ChartView.h"
#include "ui/main/MainWindow.h"
#include "ui/progress/UnitProgressDialog.h"

#include <QAction>
#include <QComboBox>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

class UnitProgressUiTest : public ::testing::Test
{
protected:
    UnitProgressUiTest() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        m_store.signInAs(m_store.addUser(QStringLiteral("vernet"), {Role::Physician}, QStringLiteral("Dr Vernet")));
        m_cohort = addGroupingCohort(m_store);
        m_window = std::make_unique<ui::MainWindow>(m_store.store(), m_prompter, m_settings);
        m_window->show();
    }

    TestStore m_store;
    ScriptedPrompter m_prompter;
    QSettings m_settings;
    GroupingCohort m_cohort;
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(UnitProgressUiTest, TheUnitsSquareAndChangesFromTheUnitMenu)
{
    bool opened = false;
    whenDialogOpens([&](QDialog *d) {
        auto *dialog = qobject_cast<ui::UnitProgressDialog *>(d);
        ASSERT_NE(dialog, nullptr);
        opened = true;
        EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Progression de l'unité"));
        dialog->unitField()->setCurrentIndex(dialog->unitField()->findData(QStringLiteral("locomoteur")));
        // Patients in progress in the unit with a Dallas: ARNAUD, BLANC, CARON, DUPONT.
        const DallasSquare *square = dialog->square()->content().square();
        ASSERT_NE(square, nullptr);
        QStringList names;
        for (const DallasSquare::Path &p : square->paths)
            names << p.name;
        EXPECT_EQ(names, QStringList({QStringLiteral("ARNAUD Paul"), QStringLiteral("BLANC Julie"),
                                      QStringLiteral("CARON Marc"), QStringLiteral("DUPONT Marie")}));
        // The table: one row per stay in progress, patients without results included.
        QTableWidget *table = dialog->table();
        ASSERT_EQ(table->horizontalHeaderItem(0)->text(), QStringLiteral("Patient"));
        int caron = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text().startsWith(QStringLiteral("CARON Marc")))
                caron = r;
        ASSERT_GE(caron, 0);
        int dallas = -1;
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->horizontalHeaderItem(c)->text() == QStringLiteral("Dallas"))
                dallas = c;
        ASSERT_GE(dallas, 0);
        // CARON: daily activities 0 then 90 % (lower is better): worse, in words as well as the sign.
        EXPECT_EQ(table->item(caron, dallas)->text(), QStringLiteral("0 → 90\n+90 % ▼ aggravation"));
        screenshot(dialog, QStringLiteral("unit-progress"), QSize(1500, 860));
        dialog->reject();
    });
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("unitProgressAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+G")));
    action->trigger();
    EXPECT_TRUE(opened);
}

} // namespace
} // namespace smr::test
