// The administrator's accounts list and the audit trail viewer, driven through their widgets.

#include "UiTestSupport.h"

#include "core/access/PasswordHasher.h"
#include "ui/audit/AuditDialog.h"
#include "ui/audit/AuditModel.h"
#include "ui/users/UsersDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

void click(QWidget *root, const QString &name)
{
    auto *button = root->findChild<QPushButton *>(name);
    ASSERT_NE(button, nullptr) << name.toStdString();
    QTest::mouseClick(button, Qt::LeftButton);
}

QString textOf(QWidget *root, const QString &name)
{
    auto *label = root->findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no %1>").arg(name);
}

void fillAccount(QDialog *d, const QString &name, const QString &login, const QString &role)
{
    typeInto(d, QStringLiteral("displayNameField"), name);
    typeInto(d, QStringLiteral("loginField"), login);
    auto *box = d->findChild<QCheckBox *>(QStringLiteral("role_") + role);
    ASSERT_NE(box, nullptr) << role.toStdString();
    box->setChecked(true);
    typeInto(d, QStringLiteral("passwordField"), TestStore::kPassword);
    typeInto(d, QStringLiteral("confirmationField"), TestStore::kPassword);
}

class AccountsUiTest : public ::testing::Test
{
protected:
    AccountsUiTest()
    {
        m_store->users().setPasswordCost(PasswordHasher::Cost::Minimal);
        m_admin = m_store.addUser(QStringLiteral("admin"), {Role::Administrator}, QStringLiteral("Anne Admin"));
        m_store.signInAs(m_admin);
    }

    TestStore m_store;
    User m_admin;
};

TEST_F(AccountsUiTest, TheAdministratorCreatesAnAccountFromTheList)
{
    ui::UsersDialog dialog(m_store->users());
    dialog.resize(900, 500);
    dialog.show();
    ASSERT_EQ(dialog.table()->rowCount(), 1);
    whenDialogOpens([](QDialog *d) {
        EXPECT_EQ(d->windowTitle(), QStringLiteral("Nouveau compte"));
        fillAccount(d, QStringLiteral("Paul Kine"), QStringLiteral("pkine"), QStringLiteral("physiotherapist"));
        click(d, QStringLiteral("saveButton"));
        EXPECT_FALSE(d->isVisible());
    });
    click(&dialog, QStringLiteral("newAccountButton"));
    ASSERT_EQ(dialog.table()->rowCount(), 2);
    // The list is sorted by name; the new account is selected.
    const int row = dialog.table()->currentRow();
    EXPECT_EQ(dialog.table()->item(row, 0)->text(), QStringLiteral("Paul Kine"));
    EXPECT_EQ(dialog.table()->item(row, 1)->text(), QStringLiteral("pkine"));
    EXPECT_EQ(dialog.table()->item(row, 2)->text(), QStringLiteral("Masseur-kinésithérapeute"));
    EXPECT_EQ(dialog.table()->item(row, 4)->text(), QStringLiteral("actif"));
    screenshot(&dialog, QStringLiteral("accounts"));
    EXPECT_TRUE(m_store->users().signIn(QStringLiteral("pkine"), TestStore::kPassword));
}

TEST_F(AccountsUiTest, ATakenLoginIsRefusedBesideTheFieldAndNothingIsWritten)
{
    ui::UsersDialog dialog(m_store->users());
    dialog.show();
    const QString before = m_store.dumpAll();
    whenDialogOpens([&](QDialog *d) {
        fillAccount(d, QStringLiteral("Autre Anne"), QStringLiteral("admin"), QStringLiteral("nurse"));
        click(d, QStringLiteral("saveButton"));
        EXPECT_TRUE(d->isVisible());
        EXPECT_EQ(textOf(d, QStringLiteral("usernameError")),
                  QStringLiteral("L'identifiant admin est déjà celui de Anne Admin."));
        EXPECT_EQ(m_store.dumpAll(), before);
        screenshot(d, QStringLiteral("account-refused"));
        d->reject();
    });
    click(&dialog, QStringLiteral("newAccountButton"));
    EXPECT_EQ(dialog.table()->rowCount(), 1);
}

TEST_F(AccountsUiTest, AForgottenPasswordIsReplacedByTheAdministrator)
{
    m_store.addUser(QStringLiteral("pkine"), {Role::Physiotherapist}, QStringLiteral("Paul Kine"));
    ui::UsersDialog dialog(m_store->users());
    dialog.show();
    const QList<QTableWidgetItem *> found = dialog.table()->findItems(QStringLiteral("pkine"), Qt::MatchExactly);
    ASSERT_EQ(found.size(), 1);
    dialog.table()->selectRow(found.first()->row());
    const QString fresh = QStringLiteral("une autre phrase solide");
    whenDialogOpens([&](QDialog *d) {
        EXPECT_EQ(d->windowTitle(), QStringLiteral("Nouveau mot de passe pour Paul Kine"));
        typeInto(d, QStringLiteral("newField"), fresh);
        typeInto(d, QStringLiteral("confirmationField"), QStringLiteral("une autre phrase"));
        click(d, QStringLiteral("saveButton"));
        EXPECT_TRUE(d->isVisible());
        EXPECT_EQ(textOf(d, QStringLiteral("secret_confirmationError")),
                  QStringLiteral("Les deux mots de passe diffèrent : tapez deux fois le même mot de passe."));
        typeInto(d, QStringLiteral("confirmationField"), fresh);
        click(d, QStringLiteral("saveButton"));
        EXPECT_FALSE(d->isVisible());
    });
    click(&dialog, QStringLiteral("resetPasswordButton"));
    EXPECT_FALSE(m_store->users().signIn(QStringLiteral("pkine"), TestStore::kPassword));
    EXPECT_TRUE(m_store->users().signIn(QStringLiteral("pkine"), fresh));
}

TEST_F(AccountsUiTest, TheAuditViewerFiltersByPatientAndUserAndShowsTheValues)
{
    const User physician =
        m_store.addUser(QStringLiteral("cmartin"), {Role::Physician}, QStringLiteral("Dr Claire Martin"));
    m_store.signInAs(physician);
    const PatientId first = m_store.addPatient(QStringLiteral("IPP001"));
    Patient changed = *m_store->patientRepository().find(first);
    changed.weightKg = 82;
    ASSERT_TRUE(m_store->patients().update(changed));
    m_store.signInLocal();
    const PatientId second = m_store.addPatient(QStringLiteral("IPP002"));
    m_store.signInAs(m_admin);

    ui::AuditDialog dialog(
        m_store->audit(), m_store.clock(), [](PatientId id) { return QStringLiteral("Patient %1").arg(id.value); },
        first);
    dialog.resize(1100, 600);
    dialog.show();
    // Opened on the dossier's patient: its creation and the weight change, newest first.
    ASSERT_EQ(dialog.model()->rowCount(), 2);
    EXPECT_EQ(dialog.model()->index(0, ui::AuditModel::Who).data().toString(), QStringLiteral("cmartin"));
    EXPECT_EQ(dialog.model()->index(0, ui::AuditModel::What).data().toString(),
              QStringLiteral("Patient — modification"));
    const QString detail = dialog.findChild<QPlainTextEdit *>(QStringLiteral("auditDetail"))->toPlainText();
    EXPECT_TRUE(detail.contains(QStringLiteral("Poids (kg) : — → 82"))) << detail.toStdString();
    // Dates read the French way.
    EXPECT_TRUE(
        dialog.model()->index(1, ui::AuditModel::Changes).data().toString().contains(QStringLiteral("12/03/1956")));
    screenshot(&dialog, QStringLiteral("audit-trail"));

    dialog.setPatientOnly(false);
    const int everything = dialog.model()->rowCount();
    EXPECT_GE(everything, 5); // the accounts, the three patient writes
    dialog.setUser(QStringLiteral("cli:test"));
    for (int r = 0; r < dialog.model()->rowCount(); ++r)
        EXPECT_EQ(dialog.model()->index(r, ui::AuditModel::Who).data().toString(), QStringLiteral("cli:test"));
    EXPECT_LT(dialog.model()->rowCount(), everything);
    // Dates: nothing before today's clock.
    dialog.setDates(TestStore::today().addDays(-10), TestStore::today().addDays(-1));
    EXPECT_EQ(dialog.model()->rowCount(), 0);
    (void)second;
}

} // namespace
} // namespace smr::test
