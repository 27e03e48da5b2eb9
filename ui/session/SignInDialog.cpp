#include "ui/session/SignInDialog.h"

#include "core/users/UserService.h"
#include "ui/common/Labels.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace smr::ui {

SignInDialog::SignInDialog(UserService &users, QSettings &settings, const QString &location, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_settings(settings)
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_banner(makeErrorBanner(this))
    , m_signIn(new QPushButton(tr("&Sign in"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("SMR Desk — sign in"));
    setMinimumWidth(420);
    m_login->setObjectName(QStringLiteral("loginField"));
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setProperty("role", QStringLiteral("primary"));
    m_signIn->setDefault(true);

    auto *title = new QLabel(tr("SMR Desk"), this);
    title->setProperty("role", QStringLiteral("title"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Login"), m_login);
    form->addRow(tr("&Password"), m_password);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("quitButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(makeMutedLabel(tr("Database: %1").arg(QDir::toNativeSeparators(location)), this,
                                     QStringLiteral("signInLocation")));
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(
        makeMutedLabel(tr("Forgotten password: an administrator of the unit gives you a new one."), this));
    layout->addWidget(buttons);

    m_login->setText(m_settings.value(QStringLiteral("user/lastLogin")).toString());
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

void SignInDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<User> user = m_users.signIn(m_login->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!user) {
        m_banner->setText(user.failure().text());
        m_banner->setVisible(true);
        if (height() < sizeHint().height())
            resize(width(), sizeHint().height());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_settings.setValue(QStringLiteral("user/lastLogin"), user->username);
    QDialog::accept();
}

} // namespace smr::ui
