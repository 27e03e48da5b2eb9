#pragma once

#include "core/common/Result.h"
#include "core/users/User.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace smr {
class UserService;
}

namespace smr::ui {

class FormErrors;

// An account's form: the administrator's own account on the first start of an empty database,
// a colleague's new account, or an existing account (name, roles, active).
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { FirstAdministrator, New, Edit };

    AccountDialog(UserService &users, Mode mode, const std::optional<User> &existing = std::nullopt,
                  QWidget *parent = nullptr);
    ~AccountDialog() override;

    const User &saved() const { return m_saved; }

    static inline const QString ConfirmationField = QStringLiteral("password_confirmation");

public slots:
    void accept() override;

private:
    QLineEdit *addLine(QFormLayout *form, const QString &field, const QString &label, const QString &objectName);
    User user() const;
    QList<FieldError> problems() const;
    void revalidate();

    UserService &m_users;
    Mode m_mode;
    User m_original;
    User m_saved;
    std::unique_ptr<FormErrors> m_errors;
    QLabel *m_banner;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QList<QPair<Role, QCheckBox *>> m_roles;
    QCheckBox *m_active = nullptr;
};

} // namespace smr::ui
