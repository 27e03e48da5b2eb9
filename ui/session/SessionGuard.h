#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QSettings;

namespace smr {
class Session;
class UserService;
} // namespace smr

namespace smr::ui {

class LockScreen;

// Locks the session after a configurable idle time (setting session/lockMinutes, 10 by
// default, 0 for never) or on demand (Ctrl+L). Any key, click, wheel or touch restarts the
// count. While locked, the lock screen covers everything and nothing underneath is closed.
class SessionGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultLockMinutes = 10;

    SessionGuard(UserService &users, Session &session, QSettings &settings, QObject *parent = nullptr);
    ~SessionGuard() override;

    int lockMinutes() const { return m_minutes; }
    void setLockMinutes(int minutes);
    bool isLocked() const;
    LockScreen *lockScreen() const;
    QTimer &idleTimer() { return m_idle; }

public slots:
    void lock();

signals:
    void lockedChanged(bool locked);
    // The person at the lock screen chose to end the session.
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void unlock();
    void dismiss();
    void restartCount();

    UserService &m_users;
    Session &m_session;
    QSettings &m_settings;
    QTimer m_idle;
    int m_minutes;
    QPointer<LockScreen> m_screen;
};

} // namespace smr::ui
