#pragma once

#include "core/orientation/Grouping.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace smr::ui {

// Asks where the team puts a member and why: the group (the four of the Dallas square) and the
// reason. It checks nothing: GroupingService::move does, and the grouping dialog shows its
// refusals.
class MoveGroupDialog : public QDialog
{
    Q_OBJECT

public:
    // `reason` prefills the field (what was typed before a refusal).
    MoveGroupDialog(const GroupMember &member, const QString &reason, QWidget *parent = nullptr);

    Group group() const;
    QString reason() const;

private:
    QComboBox *m_group;
    QLineEdit *m_reason;
};

} // namespace smr::ui
