#include "ui/session/SessionGuard.h"

#include "core/access/Session.h"
#include "core/common/Clock.h"
#include "core/users/UserService.h"
#include "ui/session/LockScreen.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>

namespace smr::ui {

SessionGuard::SessionGuard(UserService &users, Session &session, QSettings &settings, const Clock &clock,
                           QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_session(session)
    , m_settings(settings)
    , m_clock(clock)
    , m_minutes(settings.value(settingOf(Mode::Desktop), DefaultLockMinutes).toInt())
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &SessionGuard::checkIdle);
    // A tablet waking up, a window brought back: check before anyone sees the data.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            checkIdle();
    });
    qApp->installEventFilter(this);
    restartCount();
}

SessionGuard::~SessionGuard()
{
    qApp->removeEventFilter(this);
    delete m_screen;
}

QString SessionGuard::settingOf(Mode mode)
{
    return mode == Mode::Tablet ? QStringLiteral("tablet/lockMinutes") : QStringLiteral("session/lockMinutes");
}

void SessionGuard::setMode(Mode mode)
{
    m_mode = mode;
    m_minutes =
        m_settings.value(settingOf(mode), mode == Mode::Tablet ? DefaultTabletLockMinutes : DefaultLockMinutes).toInt();
    restartCount();
}

bool SessionGuard::isLocked() const
{
    return !m_screen.isNull();
}

LockScreen *SessionGuard::lockScreen() const
{
    return m_screen.data();
}

void SessionGuard::setLockMinutes(int minutes)
{
    m_minutes = std::max(0, minutes);
    m_settings.setValue(settingOf(m_mode), m_minutes);
    restartCount();
}

void SessionGuard::restartCount()
{
    m_lastActivity = m_clock.now();
    if (m_minutes > 0 && !isLocked())
        m_poll.start();
    else
        m_poll.stop();
}

void SessionGuard::checkIdle()
{
    if (m_minutes <= 0 || isLocked())
        return;
    if (m_lastActivity.secsTo(m_clock.now()) >= qint64(m_minutes) * 60)
        lock();
}

bool SessionGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        if (!isLocked())
            m_lastActivity = m_clock.now();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionGuard::lock()
{
    const std::optional<Actor> &actor = m_session.actor();
    if (isLocked() || !actor || actor->kind != Actor::Kind::User)
        return;
    const Result<User> user = m_users.find(actor->userId);
    m_screen =
        new LockScreen(m_users, actor->displayName, actor->username, user && user->hasPin, m_mode == Mode::Tablet);
    m_screen->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_screen, &LockScreen::unlocked, this, &SessionGuard::unlock);
    connect(m_screen, &LockScreen::signOutRequested, this, [this] {
        dismiss();
        emit lockedChanged(false);
        emit signOutRequested();
    });
    m_poll.stop();
    m_screen->showFullScreen();
    m_screen->raise();
    m_screen->activateWindow();
    emit lockedChanged(true);
}

void SessionGuard::dismiss()
{
    // Closing deletes the screen later; the session is unlocked now.
    if (LockScreen *screen = m_screen) {
        m_screen = nullptr;
        screen->close();
    }
}

void SessionGuard::unlock()
{
    dismiss();
    restartCount();
    emit lockedChanged(false);
}

} // namespace smr::ui
