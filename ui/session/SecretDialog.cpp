#include "ui/session/SecretDialog.h"

#include "core/users/UserRules.h"
#include "core/users/UserService.h"
#include "ui/common/FormErrors.h"
#include "ui/common/Labels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace smr::ui {

SecretDialog::SecretDialog(UserService &users, Kind kind, UserId account, const QString &accountName, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_kind(kind)
    , m_account(account)
    , m_errors(std::make_unique<FormErrors>())
    , m_banner(makeErrorBanner(this))
{
    setObjectName(QStringLiteral("secretDialog"));
    setMinimumWidth(460);
    const bool pin = kind == Kind::OwnPin;
    setWindowTitle(kind == Kind::OwnPassword ? tr("Change my password")
                   : pin                     ? tr("Choose my PIN")
                                             : tr("New password for %1").arg(accountName));

    auto *form = new QFormLayout;
    if (kind != Kind::ResetPassword)
        m_current = addSecret(form, UserRules::CurrentPassword, tr("Current password"), QStringLiteral("currentField"));
    m_new = addSecret(form, NewField, pin ? tr("New PIN") : tr("New password"), QStringLiteral("newField"));
    m_confirmation = addSecret(form, ConfirmationField, pin ? tr("PIN again") : tr("Password again"),
                               QStringLiteral("confirmationField"));
    if (pin) {
        auto *digits = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), this);
        m_new->setValidator(digits);
        m_confirmation->setValidator(digits);
        m_new->setInputMethodHints(Qt::ImhDigitsOnly);
        m_confirmation->setInputMethodHints(Qt::ImhDigitsOnly);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SecretDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SecretDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        makeMutedLabel(pin ? tr("The PIN (4 to 6 digits) unlocks your session after it locked itself; signing in still "
                                "needs the password.")
                           : tr("At least %1 characters: a sentence that is easy to remember is a good password.")
                                 .arg(UserRules::MinPasswordLength),
                       this));
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

SecretDialog::~SecretDialog() = default;

QLineEdit *SecretDialog::addSecret(QFormLayout *form, const QString &field, const QString &label, const QString &name)
{
    QLineEdit *edit = m_errors->addLine(form, field, label, name, this, [this] { m_errors->show(problems()); });
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QList<FieldError> SecretDialog::problems() const
{
    QList<FieldError> errors;
    const bool pin = m_kind == Kind::OwnPin;
    for (const FieldError &e : pin ? UserRules::checkPin(m_new->text()) : UserRules::checkPassword(m_new->text(), {}))
        errors << FieldError{NewField, e.message};
    if (m_confirmation->text() != m_new->text())
        errors << FieldError{ConfirmationField, pin ? tr("The two PINs differ: type the same PIN twice.")
                                                    : tr("The two passwords differ: type the same password twice.")};
    return errors;
}

void SecretDialog::accept()
{
    if (!m_errors->submit(problems()))
        return;
    Status outcome = Done{};
    switch (m_kind) {
    case Kind::OwnPassword:
        outcome = m_users.changeOwnPassword(m_current->text(), m_new->text());
        break;
    case Kind::OwnPin:
        outcome = m_users.setOwnPin(m_current->text(), m_new->text());
        break;
    case Kind::ResetPassword:
        outcome = m_users.resetPassword(m_account, m_new->text());
        break;
    }
    // The core names the new secret "password" or "pin": it is this form's new field.
    if (!outcome) {
        QList<FieldError> fields = outcome.failure().fields();
        for (FieldError &f : fields) {
            if (f.field == UserRules::Password || f.field == UserRules::Pin)
                f.field = NewField;
        }
        if (!fields.isEmpty() && outcome.failure().kind() == Failure::Kind::Invalid)
            outcome = Failure::invalid(fields);
    }
    if (m_errors->accepted(outcome, m_banner))
        QDialog::accept();
}

} // namespace smr::ui
