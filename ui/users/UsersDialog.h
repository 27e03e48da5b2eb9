#pragma once

#include "core/users/User.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace smr {
class UserService;
}

namespace smr::ui {

// The administrator's list of accounts: create one, change its name, roles or state, give a
// new password. Accounts are deactivated, never deleted (the audit trail names them).
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(UserService &users, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

public slots:
    void newAccount();
    void editAccount();
    void resetPassword();

private:
    void reload(UserId select = {});
    std::optional<User> current() const;

    UserService &m_users;
    QList<User> m_list;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_reset;
    QLabel *m_error;
};

} // namespace smr::ui
