#include "ui/grouping/MoveGroupDialog.h"

#include "core/orientation/GroupingService.h"
#include "ui/common/Labels.h"
#include "ui/grouping/GroupingText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace smr::ui {

MoveGroupDialog::MoveGroupDialog(const GroupMember &member, const QString &reason, QWidget *parent)
    : QDialog(parent), m_group(new QComboBox(this)), m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("moveGroupDialog"));
    setWindowTitle(tr("Move %1").arg(member.name));
    setMinimumWidth(520);

    m_group->setObjectName(QStringLiteral("moveGroupField"));
    for (Group g : kGroups.values()) {
        if (g != Group::NotAssessed) // says only that the Dallas is missing: not a choice
            m_group->addItem(kGroups.label(g), kGroups.code(g));
    }
    // The first group other than the member's own.
    for (int i = 0; i < m_group->count(); ++i) {
        if (m_group->itemData(i).toString() != kGroups.code(member.group)) {
            m_group->setCurrentIndex(i);
            break;
        }
    }
    m_reason->setObjectName(QStringLiteral("moveReasonField"));
    m_reason->setMaxLength(GroupingService::MaxReasonLength);
    m_reason->setPlaceholderText(tr("Why the team chooses this group"));
    m_reason->setText(reason);

    auto *form = new QFormLayout;
    form->addRow(tr("&Group"), m_group);
    form->addRow(tr("&Reason *"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("moveConfirmButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        makeMutedLabel(tr("%1 is in the group \"%2\" (%3).")
                           .arg(member.name, kGroups.shortLabel(member.group), GroupingText::impacts(member)),
                       this, QStringLiteral("moveWho")));
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

Group MoveGroupDialog::group() const
{
    return kGroups.parse(m_group->currentData().toString()).value_or(Group::NotAssessed);
}

QString MoveGroupDialog::reason() const
{
    return m_reason->text();
}

} // namespace smr::ui
