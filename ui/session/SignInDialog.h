#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace smr {
class UserService;
}

namespace smr::ui {

// Signing in with a login and a password. The last login used on this workstation is filled
// in; a refusal says so without telling which of the two was wrong, and keeps the login.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(UserService &users, QSettings &settings, const QString &location, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    UserService &m_users;
    QSettings &m_settings;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_banner;
    QPushButton *m_signIn;
};

} // namespace smr::ui
