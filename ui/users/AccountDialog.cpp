#include "ui/users/AccountDialog.h"

#include "core/users/UserRules.h"
#include "core/users/UserService.h"
#include "ui/common/FormErrors.h"
#include "ui/common/Labels.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace smr::ui {

AccountDialog::AccountDialog(UserService &users, Mode mode, const std::optional<User> &existing, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_mode(mode)
    , m_original(existing.value_or(User()))
    , m_errors(std::make_unique<FormErrors>())
    , m_banner(makeErrorBanner(this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setMinimumWidth(780); // the roles in two columns, their names whole
    switch (mode) {
    case Mode::FirstAdministrator:
        setWindowTitle(tr("SMR Desk — first start"));
        break;
    case Mode::New:
        setWindowTitle(tr("New account"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Account of %1").arg(m_original.displayName));
        break;
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = addLine(form, UserRules::DisplayName, tr("Name shown *"), QStringLiteral("displayNameField"));
    m_name->setPlaceholderText(tr("e.g. Dr Claire Martin"));
    m_login = addLine(form, UserRules::Username, tr("Login *"), QStringLiteral("loginField"));
    m_login->setPlaceholderText(tr("e.g. cmartin"));

    auto *roles = new QWidget(this);
    auto *grid = new QGridLayout(roles);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<Role> all = kRoles.values();
    for (int i = 0; i < all.size(); ++i) {
        auto *box = new QCheckBox(kRoles.label(all[i]), roles);
        box->setObjectName(QStringLiteral("role_") + kRoles.code(all[i]));
        grid->addWidget(box, i % 5, i / 5);
        m_roles << qMakePair(all[i], box);
        connect(box, &QCheckBox::toggled, this, [this] {
            m_errors->touch(UserRules::Roles);
            revalidate();
        });
    }
    QCheckBox *firstBox = m_roles.first().second;
    form->addRow(tr("Roles *"), m_errors->withMessage(UserRules::Roles, firstBox, this, roles));

    if (mode != Mode::Edit) {
        m_password = addLine(form, UserRules::Password, tr("Password *"), QStringLiteral("passwordField"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("at least %1 characters").arg(UserRules::MinPasswordLength));
        m_confirmation = addLine(form, ConfirmationField, tr("Password again *"), QStringLiteral("confirmationField"));
        m_confirmation->setEchoMode(QLineEdit::Password);
    } else {
        m_active = new QCheckBox(tr("Active account (can sign in)"), this);
        m_active->setObjectName(QStringLiteral("activeField"));
        form->addRow(QString(), m_active);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    if (mode == Mode::FirstAdministrator)
        save->setText(tr("&Create the account"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::FirstAdministrator) {
        auto *title = new QLabel(tr("Welcome to SMR Desk"), this);
        title->setProperty("role", QStringLiteral("title"));
        layout->addWidget(title);
        layout->addWidget(makeMutedLabel(
            tr("This database has no account yet. Create the account of its administrator: the person who will "
               "then create the accounts of the team (Account menu, Accounts). Tick the roles you also have in the "
               "unit, for example Physician."),
            this, QStringLiteral("firstStartHelp")));
    }
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);

    for (auto &[role, box] : m_roles) {
        if (mode == Mode::FirstAdministrator && role == Role::Administrator) {
            box->setChecked(true);
            box->setEnabled(false);
        }
        if (mode == Mode::FirstAdministrator && role == Role::Physician)
            box->setChecked(true);
        if (mode == Mode::Edit)
            box->setChecked(m_original.has(role));
    }
    if (mode == Mode::Edit) {
        m_name->setText(m_original.displayName);
        m_login->setText(m_original.username);
        m_login->setReadOnly(true);
        m_active->setChecked(m_original.active);
    }
    m_errors->show({});
}

AccountDialog::~AccountDialog() = default;

QLineEdit *AccountDialog::addLine(QFormLayout *form, const QString &field, const QString &label,
                                  const QString &objectName)
{
    return m_errors->addLine(form, field, label, objectName, this, [this] { revalidate(); });
}

User AccountDialog::user() const
{
    User u = m_original;
    u.displayName = m_name->text();
    u.username = m_login->text();
    u.roles.clear();
    for (const auto &[role, box] : m_roles) {
        if (box->isChecked())
            u.roles << role;
    }
    if (m_active)
        u.active = m_active->isChecked();
    return u;
}

QList<FieldError> AccountDialog::problems() const
{
    const User u = UserRules::normalized(user());
    QList<FieldError> errors = UserRules::check(u);
    if (m_password) {
        errors += UserRules::checkPassword(m_password->text(), u.username);
        if (m_confirmation->text() != m_password->text())
            errors << FieldError{ConfirmationField, tr("The two passwords differ: type the same password twice.")};
    }
    return errors;
}

void AccountDialog::revalidate()
{
    m_errors->show(problems());
}

void AccountDialog::accept()
{
    if (!m_errors->submit(problems()))
        return;
    const User u = user();
    Status outcome = Done{};
    switch (m_mode) {
    case Mode::FirstAdministrator:
        outcome = storeInto(m_users.createFirstAdministrator(u, m_password->text()), m_saved);
        break;
    case Mode::New:
        outcome = storeInto(m_users.create(u, m_password->text()), m_saved);
        break;
    case Mode::Edit:
        outcome = m_users.update(u);
        m_saved = u;
        break;
    }
    if (m_errors->accepted(outcome, m_banner))
        QDialog::accept();
}

} // namespace smr::ui
