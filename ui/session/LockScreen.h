#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace smr {
class UserService;
}

namespace smr::ui {

class Keypad;

// What covers the screen while a session is locked: the patients' data is hidden, the windows
// and what they hold stay as they were underneath. The PIN unlocks (the password when the
// account has no PIN); after three wrong PINs only the password does. "Change user" ends the
// session instead. On the tablet (`touch`), a keypad types the PIN: no keyboard is needed.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxPinAttempts = 3;

    LockScreen(UserService &users, const QString &displayName, const QString &username, bool hasPin, bool touch = false,
               QWidget *parent = nullptr);

signals:
    void unlocked();
    void signOutRequested();

private:
    void tryUnlock();
    void askForPassword();

    UserService &m_users;
    QString m_username;
    bool m_usePin;
    int m_failures = 0;
    QLabel *m_prompt;
    QLineEdit *m_secret;
    QLabel *m_error;
    Keypad *m_keypad = nullptr;
};

} // namespace smr::ui
