#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSettings;

namespace smr {
class Clock;
class Session;
class UserService;
} // namespace smr

namespace smr::ui {

class LockScreen;

// Locks the session after a configurable idle time or on demand (Ctrl+L). Any key, click, wheel
// or touch restarts the count. While locked, the lock screen covers everything and nothing
// underneath is closed.
//
// The idle time is counted on the wall clock (injected: tests move it), checked every second and
// at once when the application becomes active again: a tablet that slept for ten minutes is
// locked when it wakes, which a timer of the monotonic clock (stopped during sleep) would miss.
// Each mode has its own setting: the workstation session/lockMinutes (10 by default), the tablet
// in the shared gym tablet/lockMinutes (2 by default); 0 for never.
class SessionGuard : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Desktop, Tablet };
    static constexpr int DefaultLockMinutes = 10;
    static constexpr int DefaultTabletLockMinutes = 2;

    SessionGuard(UserService &users, Session &session, QSettings &settings, const Clock &clock,
                 QObject *parent = nullptr);
    ~SessionGuard() override;

    Mode mode() const { return m_mode; }
    // Switches the idle time (and the lock screen's keypad) to the mode's.
    void setMode(Mode mode);
    // The current mode's idle time in minutes; setting it stores it in that mode's setting.
    int lockMinutes() const { return m_minutes; }
    void setLockMinutes(int minutes);
    bool isLocked() const;
    LockScreen *lockScreen() const;
    // The last key, click or touch (or unlock).
    QDateTime lastActivity() const { return m_lastActivity; }

public slots:
    void lock();
    // Locks when the session has been idle for the lock time by the clock.
    void checkIdle();

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
    static QString settingOf(Mode mode);

    UserService &m_users;
    Session &m_session;
    QSettings &m_settings;
    const Clock &m_clock;
    QTimer m_poll;
    Mode m_mode = Mode::Desktop;
    int m_minutes;
    QDateTime m_lastActivity;
    QPointer<LockScreen> m_screen;
};

} // namespace smr::ui
