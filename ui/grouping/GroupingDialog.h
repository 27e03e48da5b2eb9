#pragma once

#include "core/common/Result.h"
#include "core/orientation/Grouping.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace smr {
class Store;
}

namespace smr::ui {

class DateField;

// The groups for collective sessions of a unit's week (issue #5), side by side for the weekly
// meeting and readable on a projector: one column per group with its members, their Dallas
// impacts, the attention marks of their admission assessment and whether they are expected. The
// team moves a member to another group with a reason, or sends it back to the group its Dallas
// suggests; GroupingService decides and keeps the choice, this dialog only shows and asks.
class GroupingDialog : public QDialog
{
    Q_OBJECT

public:
    // `unitCode`: the unit shown first (the census's), or empty for the first unit of the list.
    GroupingDialog(Store &store, const QString &unitCode, QWidget *parent = nullptr);

    QComboBox *unitField() const { return m_unit; }
    DateField *weekField() const { return m_week; }
    QListWidget *list(Group group) const;
    QLabel *countLabel(Group group) const;
    QLabel *banner() const { return m_banner; }
    QPushButton *moveButton() const { return m_moveButton; }
    QPushButton *backButton() const { return m_backButton; }

    // The member selected in any column.
    std::optional<GroupMember> selectedMember() const;
    // Selects the member of `stay` in its column; false when it is not shown.
    bool selectStay(StayId stay);

public slots:
    // Reads the groups of the unit and week shown again (the message banner is cleared).
    void reload();
    // Asks the selected member's new group and the reason, then moves it.
    void moveSelected();
    // Withdraws the team's choice for the selected member.
    void backToSuggested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column {
        Group group;
        QLabel *title;
        QLabel *count;
        QListWidget *list;
    };
    void addColumn(QGridLayout *grid, Group group);
    void refresh();
    void showGroups(const QList<GroupList> &groups);
    void clearGroups();
    void showMessage(const QString &text);
    void onSelectionChanged(QListWidget *from);
    void updateButtons();
    bool canMove() const;

    Store &m_store;
    QComboBox *m_unit;
    DateField *m_week;
    QLabel *m_weekEnd;
    QLabel *m_banner;
    QList<Column> m_columns;
    QHash<qint64, GroupMember> m_members; // by stay id
    QAction *m_moveAction;
    QAction *m_backAction;
    QPushButton *m_moveButton;
    QPushButton *m_backButton;
    QTimer *m_typing; // reloads once the week field has stayed still a moment
    // What was typed for a move the core refused, offered again for the same stay.
    StayId m_refusedStay;
    QString m_refusedReason;
};

} // namespace smr::ui
