// Who is at the keyboard, driven through the real widgets: the administrator's account on the
// first start, signing in (and a refused password), the lock screen (PIN, then the password
// after three wrong PINs, and the idle time that locks by itself), and what a role may do.

#include "UiTestSupport.h"

#include "core/access/PasswordHasher.h"
#include "ui/main/DesktopApp.h"
#include "ui/main/MainWindow.h"
#include "ui/main/WelcomePage.h"
#include "ui/patient/PatientPanel.h"
#include "ui/results/ResultsTab.h"
#include "ui/session/LockScreen.h"
#include "ui/session/SessionGuard.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

const QString kPin = QStringLiteral("4821");

QString textOf(QWidget *root, const QString &name)
{
    auto *label = root->findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no %1>").arg(name);
}

void click(QWidget *root, const QString &name)
{
    auto *button = root->findChild<QPushButton *>(name);
    ASSERT_NE(button, nullptr) << name.toStdString();
    QTest::mouseClick(button, Qt::LeftButton);
}

class SessionUiTest : public ::testing::Test
{
protected:
    SessionUiTest() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat) {}

    // The desktop application on the test database, as `smrdesk --db` opens it.
    std::unique_ptr<ui::DesktopApp> openApp()
    {
        auto app = std::make_unique<ui::DesktopApp>(m_settings, m_prompter, m_store.clock());
        EXPECT_TRUE(app->open(m_store.address()));
        if (app->store())
            app->store()->users().setPasswordCost(PasswordHasher::Cost::Minimal);
        return app;
    }

    // Claire Martin, physician, with her PIN, signed in on the test store.
    User physicianWithPin()
    {
        const User u =
            m_store.addUser(QStringLiteral("cmartin"), {Role::Physician}, QStringLiteral("Dr Claire Martin"));
        m_store.signInAs(u);
        EXPECT_TRUE(m_store->users().setOwnPin(TestStore::kPassword, kPin));
        return u;
    }

    TestStore m_store;
    ScriptedPrompter m_prompter;
    QSettings m_settings;
};

TEST_F(SessionUiTest, TheFirstStartCreatesTheAdministratorAccountThenShowsTheWindow)
{
    std::unique_ptr<ui::DesktopApp> app = openApp();
    whenDialogOpens([this](QDialog *d) {
        EXPECT_EQ(d->objectName(), QStringLiteral("accountDialog"));
        EXPECT_EQ(d->windowTitle(), QStringLiteral("SMR Desk — premier démarrage"));
        auto *admin = d->findChild<QCheckBox *>(QStringLiteral("role_administrator"));
        ASSERT_NE(admin, nullptr);
        EXPECT_TRUE(admin->isChecked());
        EXPECT_FALSE(admin->isEnabled());
        typeInto(d, QStringLiteral("displayNameField"), QStringLiteral("Dr Claire Martin"));
        typeInto(d, QStringLiteral("loginField"), QStringLiteral("cmartin"));
        typeInto(d, QStringLiteral("passwordField"), QStringLiteral("trop court"));
        typeInto(d, QStringLiteral("confirmationField"), QStringLiteral("trop court"));
        click(d, QStringLiteral("saveButton"));
        // Refused beside the field, nothing written.
        EXPECT_TRUE(d->isVisible());
        EXPECT_EQ(textOf(d, QStringLiteral("passwordError")),
                  QStringLiteral("Le mot de passe doit avoir au moins 12 caractères ; une phrase facile à retenir "
                                 "fait un bon mot de passe."));
        EXPECT_EQ(m_store.rows(QStringLiteral("users")), 0);
        screenshot(d, QStringLiteral("first-start"));
        typeInto(d, QStringLiteral("passwordField"), QStringLiteral("une phrase facile a retenir"));
        typeInto(d, QStringLiteral("confirmationField"), QStringLiteral("une phrase facile a retenu"));
        click(d, QStringLiteral("saveButton"));
        EXPECT_EQ(textOf(d, QStringLiteral("password_confirmationError")),
                  QStringLiteral("Les deux mots de passe diffèrent : tapez deux fois le même mot de passe."));
        typeInto(d, QStringLiteral("confirmationField"), QStringLiteral("une phrase facile a retenir"));
        click(d, QStringLiteral("saveButton"));
        EXPECT_FALSE(d->isVisible());
    });
    ASSERT_TRUE(app->start());
    ASSERT_NE(app->window(), nullptr);
    EXPECT_TRUE(app->window()->isVisible());
    EXPECT_EQ(textOf(app->window(), QStringLiteral("signedInLabel")), QStringLiteral("Connecté : Dr Claire Martin"));
    // The account has the physician's role too (ticked by default) and can sign in.
    const QList<User> users = *m_store->users().list();
    ASSERT_EQ(users.size(), 1);
    EXPECT_EQ(users.first().roles, (QList<Role>{Role::Physician, Role::Administrator}));
    EXPECT_TRUE(m_store->users().signIn(QStringLiteral("cmartin"), QStringLiteral("une phrase facile a retenir")));
    // The administrator account created itself: the audit trail says so under its name.
    const AuditEntry created = m_store.audit().first();
    EXPECT_EQ(created.entity, audit::User);
    EXPECT_EQ(created.actor, QStringLiteral("cmartin"));
}

TEST_F(SessionUiTest, AWrongPasswordIsRefusedWithoutSayingWhichThenTheRightOneSignsIn)
{
    m_store.addUser(QStringLiteral("cmartin"), {Role::Physician}, QStringLiteral("Dr Claire Martin"));
    std::unique_ptr<ui::DesktopApp> app = openApp();
    whenDialogOpens([](QDialog *d) {
        EXPECT_EQ(d->objectName(), QStringLiteral("signInDialog"));
        typeInto(d, QStringLiteral("loginField"), QStringLiteral("cmartin"));
        typeInto(d, QStringLiteral("passwordField"), QStringLiteral("not the password"));
        click(d, QStringLiteral("signInButton"));
        EXPECT_TRUE(d->isVisible());
        EXPECT_EQ(textOf(d, QStringLiteral("formBanner")),
                  QStringLiteral("L'identifiant ou le mot de passe est faux."));
        // The login stays, the password is to be typed again.
        EXPECT_EQ(d->findChild<QLineEdit *>(QStringLiteral("loginField"))->text(), QStringLiteral("cmartin"));
        EXPECT_TRUE(d->findChild<QLineEdit *>(QStringLiteral("passwordField"))->text().isEmpty());
        screenshot(d, QStringLiteral("sign-in-refused"));
        typeInto(d, QStringLiteral("passwordField"), TestStore::kPassword);
        click(d, QStringLiteral("signInButton"));
        EXPECT_FALSE(d->isVisible());
    });
    ASSERT_TRUE(app->start());
    EXPECT_EQ(textOf(app->window(), QStringLiteral("signedInLabel")), QStringLiteral("Connecté : Dr Claire Martin"));
    // This workstation remembers the login for the next time.
    EXPECT_EQ(m_settings.value(QStringLiteral("user/lastLogin")).toString(), QStringLiteral("cmartin"));
    QStringList actions;
    for (const AuditEntry &e : m_store.audit()) {
        if (e.entity == audit::Session)
            actions << e.action;
    }
    EXPECT_EQ(actions, (QStringList{audit::SignInRefused, audit::SignIn}));
}

TEST_F(SessionUiTest, SigningOutClosesTheWindowAndTheNextPersonSignsIn)
{
    m_store.addUser(QStringLiteral("cmartin"), {Role::Physician}, QStringLiteral("Dr Claire Martin"));
    m_store.addUser(QStringLiteral("pkine"), {Role::Physiotherapist}, QStringLiteral("Paul Kine"));
    std::unique_ptr<ui::DesktopApp> app = openApp();
    const auto signInAs = [](const QString &login) {
        whenDialogOpens([login](QDialog *d) {
            typeInto(d, QStringLiteral("loginField"), login);
            typeInto(d, QStringLiteral("passwordField"), TestStore::kPassword);
            click(d, QStringLiteral("signInButton"));
        });
    };
    signInAs(QStringLiteral("cmartin"));
    ASSERT_TRUE(app->start());
    QPointer<ui::MainWindow> first = app->window();
    signInAs(QStringLiteral("pkine"));
    first->action(QStringLiteral("signOutAction"))->trigger();
    QTRY_VERIFY(first.isNull());
    QTRY_VERIFY(app->window() != nullptr);
    EXPECT_EQ(textOf(app->window(), QStringLiteral("signedInLabel")), QStringLiteral("Connecté : Paul Kine"));
    EXPECT_EQ(app->store()->session().actor()->username, QStringLiteral("pkine"));
}

TEST_F(SessionUiTest, ThreeWrongPinsAskForThePasswordAndThePasswordUnlocks)
{
    physicianWithPin();
    ui::SessionGuard guard(m_store->users(), m_store->session(), m_settings, m_store.clock());
    ui::MainWindow window(m_store.store(), m_prompter, m_settings, &guard);
    window.resize(1200, 800);
    window.show();
    guard.lock();
    ui::LockScreen *screen = guard.lockScreen();
    ASSERT_NE(screen, nullptr);
    EXPECT_TRUE(screen->isVisible());
    EXPECT_EQ(textOf(screen, QStringLiteral("unlockPrompt")), QStringLiteral("Tapez votre code PIN pour continuer."));
    auto *field = screen->findChild<QLineEdit *>(QStringLiteral("unlockField"));
    for (int i = 0; i < ui::LockScreen::MaxPinAttempts; ++i) {
        QTest::keyClicks(field, QStringLiteral("0000"));
        QTest::keyClick(field, Qt::Key_Return);
        EXPECT_TRUE(guard.isLocked());
        EXPECT_EQ(textOf(screen, QStringLiteral("unlockError")), QStringLiteral("Code PIN faux."));
    }
    EXPECT_EQ(textOf(screen, QStringLiteral("unlockPrompt")),
              QStringLiteral("Trop de codes PIN faux : tapez votre mot de passe pour continuer."));
    screen->resize(1200, 800);
    screenshot(screen, QStringLiteral("lock-screen"), QSize(1200, 800));
    // The right PIN no longer unlocks; the password does.
    QTest::keyClicks(field, kPin);
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_TRUE(guard.isLocked());
    EXPECT_EQ(textOf(screen, QStringLiteral("unlockError")), QStringLiteral("Mot de passe faux."));
    QTest::keyClicks(field, TestStore::kPassword);
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_FALSE(guard.isLocked());
    // Still the same person, the window untouched underneath.
    EXPECT_EQ(m_store->session().actor()->username, QStringLiteral("cmartin"));
    EXPECT_TRUE(window.isVisible());
}

TEST_F(SessionUiTest, ThePinUnlocksAndChangeUserAsksToSignOut)
{
    physicianWithPin();
    ui::SessionGuard guard(m_store->users(), m_store->session(), m_settings, m_store.clock());
    guard.lock();
    auto *field = guard.lockScreen()->findChild<QLineEdit *>(QStringLiteral("unlockField"));
    QTest::keyClicks(field, kPin);
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_FALSE(guard.isLocked());

    guard.lock();
    QSignalSpy signOut(&guard, &ui::SessionGuard::signOutRequested);
    click(guard.lockScreen(), QStringLiteral("switchUserButton"));
    EXPECT_EQ(signOut.count(), 1);
    EXPECT_FALSE(guard.isLocked());
}

TEST_F(SessionUiTest, TheSessionLocksItselfAfterTheIdleTimeAndNeverWhenSetToNever)
{
    physicianWithPin();
    m_settings.setValue(QStringLiteral("session/lockMinutes"), 5);
    FixedClock &clock = m_store.clock();
    ui::SessionGuard guard(m_store->users(), m_store->session(), m_settings, clock);
    EXPECT_EQ(guard.lockMinutes(), 5);
    // Four minutes and 59 seconds of nothing: still open. Five minutes: the lock screen covers the data.
    const QDateTime start = clock.now();
    clock.set(start.addSecs(5 * 60 - 1));
    guard.checkIdle();
    EXPECT_FALSE(guard.isLocked());
    clock.set(start.addSecs(5 * 60));
    guard.checkIdle();
    ASSERT_TRUE(guard.isLocked());

    auto *field = guard.lockScreen()->findChild<QLineEdit *>(QStringLiteral("unlockField"));
    QTest::keyClicks(field, kPin);
    QTest::keyClick(field, Qt::Key_Return);
    ASSERT_FALSE(guard.isLocked());
    EXPECT_EQ(guard.lastActivity(), clock.now()) << "unlocking starts the count again";

    // A key pressed restarts the count.
    clock.set(clock.now().addSecs(4 * 60));
    QWidget somewhere;
    somewhere.show();
    QTest::keyClick(&somewhere, Qt::Key_A);
    clock.set(clock.now().addSecs(4 * 60));
    guard.checkIdle();
    EXPECT_FALSE(guard.isLocked()) << "4 minutes since the last key";

    guard.setLockMinutes(0);
    clock.set(clock.now().addSecs(24 * 3600));
    guard.checkIdle();
    EXPECT_FALSE(guard.isLocked()) << "never";
    EXPECT_EQ(m_settings.value(QStringLiteral("session/lockMinutes")).toInt(), 0);
    clock.set(start);
}

TEST_F(SessionUiTest, EachRoleSeesOnlyWhatItMayDo)
{
    const PatientId patient = m_store.addPatient();
    ASSERT_TRUE(m_store->stays().open(TestStore::stay(patient)));
    struct Case {
        Role role;
        bool identities;
        bool tests;
        bool accounts;
    };
    const QList<Case> cases{{Role::Secretary, true, false, false},
                            {Role::Nurse, false, false, false},
                            {Role::Physiotherapist, false, true, false},
                            {Role::Physician, true, true, false},
                            {Role::Administrator, false, false, true}};
    for (const Case &c : cases) {
        const QString login = kRoles.code(c.role);
        SCOPED_TRACE(login.toStdString());
        m_store.signInAs(m_store.addUser(login, {c.role}));
        ui::MainWindow window(m_store.store(), m_prompter, m_settings);
        window.resize(1200, 800);
        window.show();
        ASSERT_TRUE(window.openPatient(patient));
        EXPECT_EQ(window.action(QStringLiteral("newPatientAction"))->isEnabled(), c.identities);
        EXPECT_EQ(window.action(QStringLiteral("editPatientAction"))->isEnabled(), c.identities);
        EXPECT_EQ(window.action(QStringLiteral("usersAction"))->isVisible(), c.accounts);
        auto *berg = window.patientPanel()->results()->findChild<QPushButton *>(QStringLiteral("newTest_berg"));
        ASSERT_NE(berg, nullptr);
        EXPECT_EQ(berg->isEnabled(), c.tests);
        if (c.role == Role::Secretary) {
            EXPECT_EQ(textOf(window.patientPanel()->results(), QStringLiteral("resultsEmpty")),
                      QStringLiteral("Aucun résultat dans ce séjour. Votre rôle ne donne pas le droit "
                                     "de saisir des résultats de tests."));
            window.patientPanel()->showTab(window.patientPanel()->results());
            screenshot(&window, QStringLiteral("secretary-tests-tab"), QSize(1200, 800));
        }
    }
}

} // namespace
} // namespace smr::test
