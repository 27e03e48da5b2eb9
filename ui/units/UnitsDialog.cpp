#include "ui/units/UnitsDialog.h"

#include "core/units/UnitService.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace smr::ui {

UnitsDialog::UnitsDialog(UnitService &units, QWidget *parent)
    : QDialog(parent)
    , m_units(units)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_rename(new QPushButton(tr("&Rename"), this))
    , m_toggle(new QPushButton(tr("&Close to new stays"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("unitsDialog"));
    setWindowTitle(tr("Units of the establishment"));
    setMinimumSize(460, 380);
    m_list->setObjectName(QStringLiteral("unitsList"));
    m_name->setObjectName(QStringLiteral("unitNameField"));
    m_name->setPlaceholderText(tr("Name of the unit"));
    m_add->setObjectName(QStringLiteral("addUnitButton"));
    m_rename->setObjectName(QStringLiteral("renameUnitButton"));
    m_toggle->setObjectName(QStringLiteral("toggleUnitButton"));
    m_error->setObjectName(QStringLiteral("unitNameError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *help = new QLabel(tr("A closed unit keeps its past stays but takes no new ones."), this);
    help->setProperty("role", QStringLiteral("muted"));
    help->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout;
    grid->addWidget(m_name, 0, 0);
    grid->addWidget(m_add, 0, 1);
    grid->addWidget(m_rename, 0, 2);
    grid->addWidget(m_error, 1, 0, 1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addLayout(grid);
    layout->addWidget(help);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &UnitsDialog::add);
    connect(m_name, &QLineEdit::returnPressed, this, &UnitsDialog::add);
    connect(m_rename, &QPushButton::clicked, this, &UnitsDialog::rename);
    connect(m_toggle, &QPushButton::clicked, this, &UnitsDialog::toggleActive);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_name->setText(item->data(Qt::UserRole + 1).toString());
        updateButtons();
    });
    reload();
}

void UnitsDialog::reload(const QString &select)
{
    const Result<QList<Unit>> units = m_units.list();
    m_list->clear();
    if (!units) {
        showOutcome(units.failure().text());
        return;
    }
    for (const Unit &u : *units) {
        auto *item = new QListWidgetItem(u.active ? u.label : tr("%1 (closed)").arg(u.label), m_list);
        item->setData(Qt::UserRole, u.code);
        item->setData(Qt::UserRole + 1, u.label);
        item->setData(Qt::UserRole + 2, u.active);
        if (!u.active)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (u.code == select)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void UnitsDialog::updateButtons()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_rename->setEnabled(item != nullptr);
    m_toggle->setEnabled(item != nullptr);
    m_toggle->setText(item && !item->data(Qt::UserRole + 2).toBool() ? tr("Re&open to new stays")
                                                                     : tr("&Close to new stays"));
}

void UnitsDialog::showOutcome(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void UnitsDialog::add()
{
    const Result<QString> code = m_units.add(m_name->text());
    if (!code) {
        showOutcome(code.failure().text());
        return;
    }
    showOutcome({});
    m_name->clear();
    reload(*code);
}

void UnitsDialog::rename()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString code = item->data(Qt::UserRole).toString();
    if (const Status renamed = m_units.rename(code, m_name->text()); !renamed) {
        showOutcome(renamed.failure().text());
        return;
    }
    showOutcome({});
    reload(code);
}

void UnitsDialog::toggleActive()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString code = item->data(Qt::UserRole).toString();
    if (const Status changed = m_units.setActive(code, !item->data(Qt::UserRole + 2).toBool()); !changed) {
        showOutcome(changed.failure().text());
        return;
    }
    showOutcome({});
    reload(code);
}

} // namespace smr::ui
