#include "ui/session/SessionGuard.h"

#include "core/access/Session.h"
#include "core/users/UserService.h"
#include "ui/session/LockScreen.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>

namespace smr::ui {

SessionGuard::SessionGuard(UserService &users, Session &session, QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_session(session)
    , m_settings(settings)
    , m_minutes(settings.value(QStringLiteral("session/lockMinutes"), DefaultLockMinutes).toInt())
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &SessionGuard::lock);
    qApp->installEventFilter(this);
    restartCount();
}

SessionGuard::~SessionGuard()
{
    qApp->removeEventFilter(this);
    delete m_screen;
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
    m_settings.setValue(QStringLiteral("session/lockMinutes"), m_minutes);
    restartCount();
}

void SessionGuard::restartCount()
{
    if (m_minutes > 0 && !isLocked())
        m_idle.start(m_minutes * 60 * 1000);
    else
        m_idle.stop();
}

bool SessionGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!isLocked() && m_idle.isActive())
            m_idle.start();
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
    m_screen = new LockScreen(m_users, actor->displayName, actor->username, user && user->hasPin);
    m_screen->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_screen, &LockScreen::unlocked, this, &SessionGuard::unlock);
    connect(m_screen, &LockScreen::signOutRequested, this, [this] {
        dismiss();
        emit lockedChanged(false);
        emit signOutRequested();
    });
    m_idle.stop();
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
