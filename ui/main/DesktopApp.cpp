#include "ui/main/DesktopApp.h"

#include "core/Store.h"
#include "core/i18n/Language.h"
#include "ui/common/Prompter.h"
#include "ui/main/MainWindow.h"
#include "ui/patient/PatientPanel.h"
#include "ui/session/LockScreen.h"
#include "ui/session/SessionGuard.h"
#include "ui/session/SignInDialog.h"
#include "ui/users/AccountDialog.h"

#include <QApplication>
#include <QDialog>
#include <QSettings>
#include <QTimer>

namespace smr::ui {

DesktopApp::DesktopApp(QSettings &settings, Prompter &prompter, const Clock &clock, QObject *parent)
    : QObject(parent), m_settings(settings), m_prompter(prompter), m_clock(clock)
{
    // Signing out closes the last window without leaving: the application quits on Quit only.
    QApplication::setQuitOnLastWindowClosed(false);
}

DesktopApp::~DesktopApp()
{
    delete m_window;
}

DatabaseAddress DesktopApp::chooseAddress(const QString &file, const QString &url, const QSettings &settings,
                                          const QString &defaultFile, QString *error)
{
    if (!file.isEmpty())
        return DatabaseAddress::sqlite(file);
    const QString server = url.isEmpty() ? settings.value(QStringLiteral("database/url")).toString() : url;
    if (!server.isEmpty()) {
        const Result<DatabaseAddress> address = DatabaseAddress::fromUrl(server);
        if (address)
            return *address;
        if (error)
            *error = address.failure().text();
    }
    return DatabaseAddress::sqlite(defaultFile);
}

bool DesktopApp::open(const DatabaseAddress &address)
{
    Result<std::unique_ptr<Store>> opened = Store::open(address, m_clock);
    // A server that wants a password PGPASSWORD and ~/.pgpass did not give: ask until it is
    // right or the user gives up.
    while (!opened && opened.failure().kind() == Failure::Kind::Authentication) {
        const std::optional<QString> password = m_prompter.askPassword(
            nullptr, tr("SMR Desk — server"),
            tr("%1\n\nPassword of the database for %2:").arg(opened.failure().text(), address.display()));
        if (!password)
            return false;
        opened = Store::open(address, m_clock, InstrumentCatalog::defaultSiteFolder(), *password);
    }
    if (!opened) {
        m_prompter.showError(nullptr, tr("SMR Desk cannot start"), opened.failure().text());
        return false;
    }
    m_store = std::move(opened).value();
    m_guard = std::make_unique<SessionGuard>(m_store->users(), m_store->session(), m_settings);
    connect(m_guard.get(), &SessionGuard::signOutRequested, this, &DesktopApp::signOut);
    return true;
}

MainWindow *DesktopApp::window() const
{
    return m_window.data();
}

bool DesktopApp::signIn()
{
    const Result<bool> accounts = m_store->users().hasAccounts();
    if (!accounts) {
        m_prompter.showError(nullptr, tr("SMR Desk cannot start"), accounts.failure().text());
        return false;
    }
    if (!*accounts) {
        AccountDialog first(m_store->users(), AccountDialog::Mode::FirstAdministrator);
        return first.exec() == QDialog::Accepted;
    }
    SignInDialog dialog(m_store->users(), m_settings, m_store->database().location());
    return dialog.exec() == QDialog::Accepted;
}

bool DesktopApp::start()
{
    if (!signIn())
        return false;
    showWindow({});
    return true;
}

void DesktopApp::showWindow(PatientId patient)
{
    m_window = new MainWindow(*m_store, m_prompter, m_settings, m_guard.get());
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::destroyed, this, [this](QObject *window) {
        if (!m_replaced.remove(window))
            QApplication::quit();
    });
    // Changing the language rebuilds the window in the new language, on the same patient.
    connect(m_window, &MainWindow::languageChosen, this, [this](const QString &code) {
        const PatientId shown = m_window->patientPanel()->patientId();
        if (!closeForReplacement())
            return;
        Translations::install(Translations::parse(code).value_or(Language::French));
        showWindow(shown);
    });
    connect(m_window, &MainWindow::signOutRequested, this, &DesktopApp::signOut);
    if (patient.isValid())
        m_window->openPatient(patient);
    m_window->show();
}

bool DesktopApp::closeForReplacement()
{
    QObject *window = m_window;
    m_replaced.insert(window);
    if (m_window->close())
        return true;
    m_replaced.remove(window);
    return false;
}

void DesktopApp::signOut()
{
    // Forms still open are closed first (their own loops end once this returns); test drafts
    // are already saved. Then the window, with its usual question about unsaved notes.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible())
            dialog->reject();
    }
    QTimer::singleShot(0, this, [this] {
        if (m_window && !closeForReplacement())
            return;
        m_store->session().signOut();
        if (!signIn()) {
            QApplication::quit();
            return;
        }
        showWindow({});
    });
}

} // namespace smr::ui
