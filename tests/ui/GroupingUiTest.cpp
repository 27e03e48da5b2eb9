// Issue #5, groups for collective sessions, through the real widgets: the physician opens the
// groups from the main window (Unit menu, Ctrl+G), sees the fixed cohort's groups for next week
// (support/GroupingCohort.h), moves a patient with a reason and sees the team's marker, is told
// when the reason is missing (nothing written) and sends the patient back to the suggested group.
// The screenshot goes to <build>/screenshots/grouping.png (copied to docs/screenshots).

#include "UiTestSupport.h"

#include "support/GroupingCohort.h"
#include "ui/common/DateField.h"
#include "ui/grouping/GroupMemberDelegate.h"
#include "ui/grouping/GroupingDialog.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

QStringList names(QListWidget *list)
{
    QStringList out;
    for (int row = 0; row < list->count(); ++row)
        out << list->item(row)->text();
    return out;
}

QListWidgetItem *itemOf(QListWidget *list, const QString &name)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text() == name)
            return list->item(row);
    }
    ADD_FAILURE() << name.toStdString() << " is not in " << list->objectName().toStdString();
    return nullptr;
}

// Clicks the member's row, as the user does.
void click(QListWidget *list, const QString &name)
{
    QListWidgetItem *item = itemOf(list, name);
    ASSERT_NE(item, nullptr);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    ASSERT_TRUE(item->isSelected()) << name.toStdString();
}

// Answers the move dialog: the group (its code) and the reason (ASCII: keyClicks cannot type accents).
void answerMove(const QString &groupCode, const QString &reason)
{
    whenDialogOpens([groupCode, reason](QDialog *d) {
        EXPECT_EQ(d->objectName(), QStringLiteral("moveGroupDialog"));
        auto *group = d->findChild<QComboBox *>(QStringLiteral("moveGroupField"));
        ASSERT_NE(group, nullptr);
        group->setCurrentIndex(group->findData(groupCode));
        if (!reason.isEmpty()) {
            typeInto(d, QStringLiteral("moveReasonField"), reason);
            screenshot(d, QStringLiteral("grouping-move"));
        }
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("moveConfirmButton")), Qt::LeftButton);
    });
}

class GroupingUiTest : public ::testing::Test
{
protected:
    GroupingUiTest() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        m_cohort = addGroupingCohort(m_store);
        m_settings.setValue(QStringLiteral("census/unit"), QStringLiteral("locomoteur"));
    }

    void openWindowAs(Role role)
    {
        m_store.signInAs(m_store.addUser(QStringLiteral("vernet"), {role}, QStringLiteral("Dr Vernet")));
        m_window = std::make_unique<ui::MainWindow>(m_store.store(), m_prompter, m_settings);
        m_window->resize(1400, 860);
        m_window->show();
    }

    TestStore m_store;
    ScriptedPrompter m_prompter;
    QSettings m_settings;
    GroupingCohort m_cohort;
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(GroupingUiTest, TheTeamSeesTheGroupsAndMovesAPatient)
{
    openWindowAs(Role::Physician);
    QAction *open = m_window->action(QStringLiteral("groupsAction"));
    ASSERT_NE(open, nullptr);
    EXPECT_TRUE(open->isEnabled());
    EXPECT_EQ(open->text(), QStringLiteral("&Groupes de séances collectives…"));
    EXPECT_EQ(open->shortcut(), QKeySequence(QStringLiteral("Ctrl+G")));

    bool driven = false;
    whenDialogOpens([&](QDialog *d) {
        driven = true;
        auto *dialog = qobject_cast<ui::GroupingDialog *>(d);
        ASSERT_NE(dialog, nullptr);
        // The census's unit, next Monday (today is Sunday 22/11/2026).
        EXPECT_EQ(dialog->unitField()->currentData().toString(), QStringLiteral("locomoteur"));
        EXPECT_EQ(dialog->weekField()->lineEdit()->text(), QStringLiteral("23/11/2026"));
        EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("weekEndLabel"))->text(),
                  QStringLiteral("au dimanche 29/11/2026"));
        EXPECT_TRUE(dialog->banner()->isHidden());

        QListWidget *medical = dialog->list(Group::Medical);
        QListWidget *behavioural = dialog->list(Group::Behavioural);
        QListWidget *low = dialog->list(Group::LowImpact);
        QListWidget *notAssessed = dialog->list(Group::NotAssessed);
        EXPECT_EQ(names(medical), (QStringList{QStringLiteral("ARNAUD Paul"), QStringLiteral("EVRARD Luc")}));
        EXPECT_EQ(names(behavioural), QStringList{QStringLiteral("BLANC Julie")});
        EXPECT_EQ(names(dialog->list(Group::Mixed)), QStringList{QStringLiteral("CARON Marc")});
        EXPECT_EQ(names(low), QStringList{QStringLiteral("DUPONT Marie")});
        EXPECT_EQ(names(notAssessed), QStringList{QStringLiteral("FABRE Anne")});
        EXPECT_EQ(dialog->countLabel(Group::Medical)->text(), QStringLiteral("2 patients"));
        EXPECT_EQ(dialog->countLabel(Group::Mixed)->text(), QStringLiteral("1 patient"));
        EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("groupTitle_medical"))->text(), QStringLiteral("Médical"));

        // Each row: the impacts, the marks, the arrival, the team's choice (no-break spaces
        // keep a number with its %).
        const QListWidgetItem *arnaud = itemOf(medical, QStringLiteral("ARNAUD Paul"));
        EXPECT_EQ(arnaud->data(ui::GroupMemberDelegate::DetailsRole).toString(),
                  QStringLiteral("P\u00a075\u00a0% · Ψ\u00a020\u00a0%"));
        EXPECT_EQ(arnaud->data(ui::GroupMemberDelegate::AttentionRole).toString(),
                  QStringLiteral("traitement lourd · corset"));
        EXPECT_TRUE(arnaud->data(ui::GroupMemberDelegate::MovedRole).toString().isEmpty());
        EXPECT_EQ(
            itemOf(notAssessed, QStringLiteral("FABRE Anne"))->data(ui::GroupMemberDelegate::DetailsRole).toString(),
            QStringLiteral("Pas de Dallas (arrivée le\u00a026/11)"));
        const QListWidgetItem *evrard = itemOf(medical, QStringLiteral("EVRARD Luc"));
        EXPECT_EQ(evrard->data(ui::GroupMemberDelegate::MovedRole).toString(),
                  QStringLiteral("✎ Déplacé par l'équipe (suggéré\u00a0: Non évalué)"));
        EXPECT_TRUE(evrard->toolTip().contains(GroupingCohort::MoveReason)) << evrard->toolTip().toStdString();
        EXPECT_EQ(itemOf(low, QStringLiteral("DUPONT Marie"))->data(ui::GroupMemberDelegate::DetailsRole).toString(),
                  QStringLiteral("P\u00a050\u00a0% · Ψ\u00a050\u00a0%"));
        // Nothing selected, nothing to move; the context menu offers both.
        EXPECT_FALSE(dialog->moveButton()->isEnabled());
        EXPECT_FALSE(dialog->backButton()->isEnabled());
        EXPECT_EQ(medical->contextMenuPolicy(), Qt::ActionsContextMenu);
        EXPECT_EQ(medical->actions().size(), 2);

        // The team moves DUPONT to the medical group, with its reason.
        click(low, QStringLiteral("DUPONT Marie"));
        EXPECT_TRUE(dialog->moveButton()->isEnabled());
        EXPECT_FALSE(dialog->backButton()->isEnabled()) << "DUPONT is where Dallas puts her";
        answerMove(QStringLiteral("medical"), QStringLiteral("Douleur mal controlee au lever"));
        QTest::mouseClick(dialog->moveButton(), Qt::LeftButton);
        EXPECT_TRUE(dialog->banner()->isHidden()) << dialog->banner()->text().toStdString();
        EXPECT_TRUE(names(low).isEmpty());
        EXPECT_EQ(names(medical), (QStringList{QStringLiteral("ARNAUD Paul"), QStringLiteral("DUPONT Marie"),
                                               QStringLiteral("EVRARD Luc")}));
        EXPECT_EQ(dialog->countLabel(Group::Medical)->text(), QStringLiteral("3 patients"));
        EXPECT_EQ(dialog->countLabel(Group::LowImpact)->text(), QStringLiteral("Aucun patient"));
        const QListWidgetItem *dupont = itemOf(medical, QStringLiteral("DUPONT Marie"));
        EXPECT_EQ(dupont->data(ui::GroupMemberDelegate::MovedRole).toString(),
                  QStringLiteral("✎ Déplacé par l'équipe (suggéré\u00a0: Faible retentissement)"));
        EXPECT_TRUE(dupont->toolTip().contains(QStringLiteral("Douleur mal controlee au lever")));
        EXPECT_TRUE(dupont->isSelected()) << "the moved member stays selected";
        EXPECT_TRUE(dialog->backButton()->isEnabled());
        const Result<QMap<StayId, GroupOverride>> stored = m_store->grouping().overrides(QStringLiteral("locomoteur"));
        ASSERT_TRUE(stored);
        EXPECT_EQ(stored->value(m_cohort.stays.value(QStringLiteral("Dupont"))).group, Group::Medical);
        screenshot(dialog, QStringLiteral("grouping"), QSize(1400, 820));

        // Without a reason (Enter on the row opens the question): the banner says so, nothing moves.
        const QString before = m_store.dumpAll();
        const qsizetype audit = m_store.audit().size();
        click(behavioural, QStringLiteral("BLANC Julie"));
        EXPECT_FALSE(dupont->isSelected()) << "one member selected at a time";
        answerMove(QStringLiteral("mixed"), QString());
        QTest::keyClick(behavioural, Qt::Key_Return);
        EXPECT_FALSE(dialog->banner()->isHidden());
        EXPECT_EQ(dialog->banner()->text(), QStringLiteral("Motif du groupe obligatoire : dites pourquoi l'équipe l'a "
                                                           "choisi."));
        EXPECT_EQ(names(behavioural), QStringList{QStringLiteral("BLANC Julie")});
        EXPECT_EQ(names(dialog->list(Group::Mixed)), QStringList{QStringLiteral("CARON Marc")});
        EXPECT_EQ(m_store.dumpAll(), before) << "nothing is written on a refusal";
        EXPECT_EQ(m_store.audit().size(), audit);
        screenshot(dialog, QStringLiteral("grouping-refused"), QSize(1400, 820));

        // Back to the suggested group: DUPONT returns to low impact, without the marker.
        click(medical, QStringLiteral("DUPONT Marie"));
        QTest::mouseClick(dialog->backButton(), Qt::LeftButton);
        EXPECT_TRUE(dialog->banner()->isHidden()) << "a success clears the message";
        EXPECT_EQ(names(low), QStringList{QStringLiteral("DUPONT Marie")});
        EXPECT_TRUE(
            itemOf(low, QStringLiteral("DUPONT Marie"))->data(ui::GroupMemberDelegate::MovedRole).toString().isEmpty());
        EXPECT_EQ(names(medical), (QStringList{QStringLiteral("ARNAUD Paul"), QStringLiteral("EVRARD Luc")}));
        EXPECT_FALSE(dialog->backButton()->isEnabled());
        EXPECT_EQ(m_store.audit().last().action, QStringLiteral("clear"));

        // Another week (Enter in the field shows it, and closes nothing): GARNIER arrives on 3/12,
        // ARNAUD and EVRARD will have left.
        QLineEdit *week = dialog->weekField()->lineEdit();
        const auto typeWeek = [&](const QString &text) {
            week->selectAll();
            QTest::keyClicks(week, text);
            QTest::keyClick(week, Qt::Key_Return);
        };
        typeWeek(QStringLiteral("30/11/2026"));
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("weekEndLabel"))->text(),
                  QStringLiteral("au dimanche 06/12/2026"));
        EXPECT_EQ(names(notAssessed), (QStringList{QStringLiteral("FABRE Anne"), QStringLiteral("GARNIER Eric")}));
        EXPECT_TRUE(names(medical).isEmpty());
        // A week that is not a date: said in the banner, the columns empty.
        typeWeek(QStringLiteral("31/02/2026"));
        EXPECT_FALSE(dialog->banner()->isHidden());
        EXPECT_TRUE(dialog->banner()->text().contains(QStringLiteral("31/02/2026")))
            << dialog->banner()->text().toStdString();
        EXPECT_TRUE(names(notAssessed).isEmpty());
        d->reject();
    });
    open->trigger();
    EXPECT_TRUE(driven);
}

// Moving patients between groups is the weekly meeting's right: without it the action is greyed.
TEST_F(GroupingUiTest, WithoutTheMeetingRightTheActionIsGreyed)
{
    openWindowAs(Role::Physiotherapist);
    QAction *open = m_window->action(QStringLiteral("groupsAction"));
    ASSERT_NE(open, nullptr);
    EXPECT_FALSE(open->isEnabled());
}

} // namespace
} // namespace smr::test
