#include "ui/tablet/TabletSettingsPage.h"

#include "ui/session/SessionGuard.h"
#include "ui/tablet/TouchStyle.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace smr::ui {

TabletSettingsPage::TabletSettingsPage(SessionGuard *guard, QWidget *parent)
    : QWidget(parent), m_guard(guard), m_choices(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("tabletSettingsPage"));
    auto *title = new QLabel(tr("Lock the tablet after"), this);
    title->setProperty("touchRole", QStringLiteral("section"));
    auto *why = new QLabel(tr("Without a touch for this long, the tablet hides the patients' data until your PIN "
                              "is typed. What is being entered is kept."),
                           this);
    why->setWordWrap(true);
    why->setProperty("touchRole", QStringLiteral("muted"));
    auto *row = new QHBoxLayout;
    row->setSpacing(TouchStyle::SpacingPx);
    for (int minutes : kLockChoices) {
        QPushButton *b = TouchStyle::button(tr("%n minute(s)", nullptr, minutes), this);
        b->setObjectName(QStringLiteral("lockAfter_%1").arg(minutes));
        b->setCheckable(true);
        m_choices->addButton(b, minutes);
        row->addWidget(b);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(TouchStyle::SpacingPx);
    layout->addWidget(title);
    layout->addWidget(why);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_choices, &QButtonGroup::idClicked, this, [this](int minutes) {
        if (m_guard)
            m_guard->setLockMinutes(minutes);
        refresh();
    });
    setEnabled(guard != nullptr);
    refresh();
}

void TabletSettingsPage::refresh()
{
    if (QAbstractButton *b = m_choices->button(m_guard ? m_guard->lockMinutes() : 0))
        b->setChecked(true);
}

} // namespace smr::ui
