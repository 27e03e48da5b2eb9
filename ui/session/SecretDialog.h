#pragma once

#include "core/common/Ids.h"
#include "core/common/Result.h"

#include <QDialog>

#include <memory>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace smr {
class UserService;
}

namespace smr::ui {

class FormErrors;

// A new secret typed twice: one's own password or PIN (after the current password), or a
// colleague's password reset by an administrator.
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { OwnPassword, OwnPin, ResetPassword };

    // `account` and `accountName`: the account whose password is reset (ResetPassword only).
    SecretDialog(UserService &users, Kind kind, UserId account = {}, const QString &accountName = {},
                 QWidget *parent = nullptr);
    ~SecretDialog() override;

    static inline const QString NewField = QStringLiteral("new_secret");
    static inline const QString ConfirmationField = QStringLiteral("secret_confirmation");

public slots:
    void accept() override;

private:
    QLineEdit *addSecret(QFormLayout *form, const QString &field, const QString &label, const QString &name);
    QList<FieldError> problems() const;

    UserService &m_users;
    Kind m_kind;
    UserId m_account;
    std::unique_ptr<FormErrors> m_errors;
    QLabel *m_banner;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new;
    QLineEdit *m_confirmation;
};

} // namespace smr::ui
