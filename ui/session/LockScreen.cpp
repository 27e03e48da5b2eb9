#include "ui/session/LockScreen.h"

#include "core/users/UserService.h"
#include "ui/tablet/Keypad.h"
#include "ui/tablet/TouchStyle.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace smr::ui {

LockScreen::LockScreen(UserService &users, const QString &displayName, const QString &username, bool hasPin, bool touch,
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

    if (touch) {
        // The gym: a finger, no keyboard. The keypad types the PIN into the (hidden) field; after
        // three wrong PINs the password needs the system's on-screen keyboard, as at sign-in.
        TouchStyle::apply(this);
        card->setFixedWidth(520);
        for (QPushButton *b : {unlock, switchUser}) {
            b->setMinimumHeight(TouchStyle::ButtonPx);
            b->setFocusPolicy(Qt::NoFocus);
        }
        unlock->setProperty("touchRole", QStringLiteral("primary"));
        m_keypad = new Keypad(card);
        m_keypad->setMasked(true);
        m_keypad->setMaxLength(12);
        m_keypad->setOkText(tr("Unlock"));
        m_keypad->setMinimumHeight(6 * TouchStyle::KeyPx + 5 * TouchStyle::SpacingPx);
        column->insertWidget(column->indexOf(m_error) + 1, m_keypad);
        unlock->setVisible(false);
        connect(m_keypad, &Keypad::edited, m_secret, &QLineEdit::setText);
        connect(m_keypad, &Keypad::accepted, this, &LockScreen::tryUnlock);
        m_secret->setVisible(!m_usePin);
        m_keypad->setVisible(m_usePin);
    }

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    m_prompt->setText(m_usePin ? tr("Type your PIN to continue.") : tr("Type your password to continue."));
    connect(unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_secret, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(switchUser, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    m_secret->setFocus();
    if (m_keypad && m_usePin)
        m_keypad->setFocus();
}

void LockScreen::askForPassword()
{
    m_usePin = false;
    m_prompt->setText(tr("Too many wrong PINs: type your password to continue."));
    if (m_keypad) {
        m_keypad->setVisible(false);
        m_secret->setVisible(true);
        m_secret->parentWidget()->findChild<QPushButton *>(QStringLiteral("unlockButton"))->setVisible(true);
    }
}

void LockScreen::tryUnlock()
{
    const QString secret = m_secret->text();
    m_secret->clear();
    if (m_keypad)
        m_keypad->clear();
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
