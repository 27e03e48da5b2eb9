#include "ui/users/UsersDialog.h"

#include "core/users/UserService.h"
#include "ui/common/Labels.h"
#include "ui/session/SecretDialog.h"
#include "ui/users/AccountDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace smr::ui {

UsersDialog::UsersDialog(UserService &users, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_table(new QTableWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_reset(new QPushButton(tr("New &password…"), this))
    , m_error(makeErrorBanner(this))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Accounts"));
    resize(820, 460);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Login"), tr("Roles"), tr("PIN"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *add = new QPushButton(tr("&New account…"), this);
    add->setObjectName(QStringLiteral("newAccountButton"));
    m_edit->setObjectName(QStringLiteral("editAccountButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(m_edit);
    row->addWidget(m_reset);
    row->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(makeMutedLabel(tr("An account that is no longer used is deactivated: its name stays in the "
                                        "audit trail. A forgotten password is replaced here (New password)."),
                                     this));
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &UsersDialog::newAccount);
    connect(m_edit, &QPushButton::clicked, this, &UsersDialog::editAccount);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &UsersDialog::editAccount);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(current().has_value());
        m_reset->setEnabled(current().has_value());
    });
    reload();
}

void UsersDialog::reload(UserId select)
{
    const Result<QList<User>> users = m_users.list();
    m_error->setVisible(!users);
    if (!users) {
        m_error->setText(users.failure().text());
        return;
    }
    m_list = *users;
    m_table->setRowCount(int(m_list.size()));
    for (int r = 0; r < m_list.size(); ++r) {
        const User &u = m_list[r];
        QStringList roles;
        for (Role role : u.roles)
            roles << kRoles.label(role);
        const QStringList cells{u.displayName, u.username, roles.join(QStringLiteral(", ")),
                                u.hasPin ? tr("yes") : tr("no"), u.active ? tr("active") : tr("deactivated")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!u.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, c, item);
        }
        if (u.id == select)
            m_table->selectRow(r);
    }
    m_table->resizeColumnsToContents();
    m_edit->setEnabled(current().has_value());
    m_reset->setEnabled(current().has_value());
}

std::optional<User> UsersDialog::current() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    return m_list.value(selected.first()->row());
}

void UsersDialog::newAccount()
{
    AccountDialog dialog(m_users, AccountDialog::Mode::New, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(dialog.saved().id);
}

void UsersDialog::editAccount()
{
    const std::optional<User> user = current();
    if (!user)
        return;
    AccountDialog dialog(m_users, AccountDialog::Mode::Edit, user, this);
    dialog.exec();
    reload(user->id);
}

void UsersDialog::resetPassword()
{
    const std::optional<User> user = current();
    if (!user)
        return;
    SecretDialog dialog(m_users, SecretDialog::Kind::ResetPassword, user->id, user->displayName, this);
    dialog.exec();
    reload(user->id);
}

} // namespace smr::ui
