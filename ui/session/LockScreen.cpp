#include "ui/session/LockScreen.h"

#include "core/users/UserService.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace smr::ui {

LockScreen::LockScreen(UserService &users, const QString &displayName, const QString &username, bool hasPin,
                       QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
    , m_users(users)
    , m_username(username)
    , m_usePin(hasPin)
    , m_prompt(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setWindowTitle(tr("SMR Desk — locked"));
    setWindowModality(Qt::ApplicationModal);
    setAttribute(Qt::WA_StyledBackground);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFixedWidth(460);
    auto *title = new QLabel(tr("Session locked"), card);
    title->setObjectName(QStringLiteral("lockTitle"));
    auto *who = new QLabel(displayName, card);
    who->setObjectName(QStringLiteral("lockUser"));
    m_prompt->setObjectName(QStringLiteral("unlockPrompt"));
    m_prompt->setWordWrap(true);
    m_secret->setObjectName(QStringLiteral("unlockField"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto *unlock = new QPushButton(tr("&Unlock"), card);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setProperty("role", QStringLiteral("primary"));
    unlock->setDefault(true);
    auto *switchUser = new QPushButton(tr("&Change user"), card);
    switchUser->setObjectName(QStringLiteral("switchUserButton"));
    switchUser->setToolTip(tr("Ends %1's session; drafts of test results are kept.").arg(displayName));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(switchUser);
    buttons->addStretch(1);
    buttons->addWidget(unlock);
    auto *column = new QVBoxLayout(card);
    column->setContentsMargins(28, 24, 28, 24);
    column->setSpacing(10);
    column->addWidget(title);
    column->addWidget(who);
    column->addWidget(m_prompt);
    column->addWidget(m_secret);
    column->addWidget(m_error);
    column->addLayout(buttons);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    m_prompt->setText(m_usePin ? tr("Type your PIN to continue.") : tr("Type your password to continue."));
    connect(unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_secret, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(switchUser, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    m_secret->setFocus();
}

void LockScreen::askForPassword()
{
    m_usePin = false;
    m_prompt->setText(tr("Too many wrong PINs: type your password to continue."));
}

void LockScreen::tryUnlock()
{
    const QString secret = m_secret->text();
    m_secret->clear();
    bool ok = false;
    if (m_usePin) {
        const Result<bool> checked = m_users.checkUnlock(secret);
        if (!checked) {
            m_error->setText(checked.failure().text());
            m_error->setVisible(true);
            return;
        }
        ok = *checked;
    } else {
        // The password is checked as a sign-in: a refused one is in the audit trail.
        ok = bool(m_users.signIn(m_username, secret));
    }
    if (ok) {
        emit unlocked();
        return;
    }
    ++m_failures;
    if (m_usePin && m_failures >= MaxPinAttempts) {
        askForPassword();
        m_error->setText(tr("Wrong PIN."));
    } else {
        m_error->setText(m_usePin ? tr("Wrong PIN.") : tr("Wrong password."));
    }
    m_error->setVisible(true);
    m_secret->setFocus();
}

} // namespace smr::ui
