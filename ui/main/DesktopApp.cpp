#include "ui/main/DesktopApp.h"

#include "core/Store.h"
#include "core/backup/BackupFolder.h"
#include "core/backup/BackupService.h"
#include "core/common/Clock.h"
#include "core/i18n/Language.h"
#include "ui/common/Prompter.h"
#include "ui/main/MainWindow.h"
#include "ui/patient/PatientPanel.h"
#include "ui/session/LockScreen.h"
#include "ui/session/SessionGuard.h"
#include "ui/session/SignInDialog.h"
#include "ui/tablet/TabletWindow.h"
#include "ui/users/AccountDialog.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
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
    if (!opened && address.kind == DatabaseAddress::Kind::SqliteFile && offerRestore(address))
        opened = Store::open(address, m_clock);
    if (!opened) {
        m_prompter.showError(nullptr, tr("SMR Desk cannot start"), opened.failure().text());
        return false;
    }
    m_store = std::move(opened).value();
    // Others' saves appear within a second or two; a lost server connection is noticed.
    if (const Status watching = m_store->changes().start(); !watching)
        m_prompter.showError(nullptr, tr("SMR Desk"), watching.failure().text());
    m_guard = std::make_unique<SessionGuard>(m_store->users(), m_store->session(), m_settings, m_clock);
    connect(m_guard.get(), &SessionGuard::signOutRequested, this, &DesktopApp::signOut);
    return true;
}

QString DesktopApp::backupDir() const
{
    return m_settings.value(QStringLiteral("backup/folder"), BackupFolder::defaultDir()).toString();
}

bool DesktopApp::offerRestore(const DatabaseAddress &address)
{
    const Result<CheckReport> report = BackupService::inspect(address);
    using Problem = CheckReport::Problem;
    if (!report || (report->problem != Problem::Damaged && report->problem != Problem::ForeignKeys &&
                    report->problem != Problem::NotSqlite))
        return false;
    const QString path = QDir::toNativeSeparators(address.path);
    const QString title = tr("SMR Desk — damaged database");
    if (!m_prompter.confirm(nullptr, title,
                            tr("The database file %1 is damaged: SMR Desk cannot use it as it is.\n\n%2\n\nNothing "
                               "has been changed in it. You can put a backup in its place; the damaged file is kept "
                               "beside it under another name.")
                                .arg(path, report->message),
                            tr("Restore a backup…")))
        return false;
    const QStringList backups = BackupFolder(backupDir()).files();
    const std::optional<QString> chosen =
        m_prompter.askOpenFile(nullptr, tr("Choose the backup to restore"),
                               backups.isEmpty() ? backupDir() : backups.first(), tr("SMR Desk backups (*.sqlite)"));
    if (!chosen)
        return false;

    // The damaged file (and its journal) moves aside: nothing is deleted, whatever happens next.
    const QString aside =
        address.path + QStringLiteral(".damaged-") + m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
    for (const QString &suffix : suffixes) {
        if (QFile::exists(address.path + suffix) && !QFile::rename(address.path + suffix, aside + suffix)) {
            m_prompter.showError(nullptr, title,
                                 tr("The damaged file could not be moved aside (%1): check the folder's permissions.")
                                     .arg(path + suffix));
            return false;
        }
    }
    const Result<RestoreReport> restored = BackupService::restore(
        *chosen, address, Actor::local(Actor::operatingSystemUser()), BackupService::Overwrite::KeepData, m_clock);
    if (!restored) {
        for (const QString &suffix : suffixes) {
            if (QFile::exists(aside + suffix))
                QFile::rename(aside + suffix, address.path + suffix);
        }
        m_prompter.showError(nullptr, title, restored.failure().text());
        return false;
    }
    m_prompter.showInformation(nullptr, title,
                               tr("The backup %1 is back in place. The damaged file is kept as %2.")
                                   .arg(QDir::toNativeSeparators(*chosen), QDir::toNativeSeparators(aside)));
    return true;
}

void DesktopApp::leave()
{
    if (!m_store || m_store->database().address().kind != DatabaseAddress::Kind::SqliteFile)
        return; // a unit's server is backed up on the server
    const QString mode = m_settings.value(QStringLiteral("backup/onExit"), QStringLiteral("ask")).toString();
    if (mode == QLatin1String("never"))
        return;
    BackupFolder folder(backupDir());
    if (mode != QLatin1String("always") &&
        !m_prompter.confirm(nullptr, tr("SMR Desk"),
                            tr("Save a backup of the database before leaving?\n\nBackups go to %1; the last %2 are "
                               "kept. File › Settings › Backup on exit chooses whether to ask.")
                                .arg(QDir::toNativeSeparators(folder.dir()))
                                .arg(BackupFolder::DefaultKeep),
                            tr("Save the backup")))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<BackupReport> saved = folder.save(m_store->database().address(), m_clock.now());
    QApplication::restoreOverrideCursor();
    if (!saved)
        m_prompter.showError(nullptr, tr("Backup not saved"), saved.failure().text());
}

MainWindow *DesktopApp::window() const
{
    return qobject_cast<MainWindow *>(m_window.data());
}

TabletWindow *DesktopApp::tabletWindow() const
{
    return qobject_cast<TabletWindow *>(m_window.data());
}

DesktopApp::Mode DesktopApp::chooseMode(bool tablet, bool desktop, const QSettings &settings)
{
    if (tablet)
        return Mode::Tablet;
    if (desktop)
        return Mode::Desktop;
    return settings.value(QStringLiteral("ui/mode")).toString() == QLatin1String("tablet") ? Mode::Tablet
                                                                                           : Mode::Desktop;
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

void DesktopApp::watchEnd(QWidget *window)
{
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &QObject::destroyed, this, [this](QObject *gone) {
        if (!m_replaced.remove(gone))
            QApplication::quit();
    });
}

void DesktopApp::showWindow(PatientId patient)
{
    m_settings.setValue(QStringLiteral("ui/mode"),
                        m_mode == Mode::Tablet ? QStringLiteral("tablet") : QStringLiteral("desktop"));
    m_guard->setMode(m_mode == Mode::Tablet ? SessionGuard::Mode::Tablet : SessionGuard::Mode::Desktop);
    if (m_mode == Mode::Tablet) {
        showTablet();
        return;
    }
    auto *window = new MainWindow(*m_store, m_prompter, m_settings, m_guard.get());
    m_window = window;
    watchEnd(window);
    // Changing the language rebuilds the window in the new language, on the same patient.
    connect(window, &MainWindow::languageChosen, this, [this, window](const QString &code) {
        const PatientId shown = window->patientPanel()->patientId();
        if (!closeForReplacement())
            return;
        Translations::install(Translations::parse(code).value_or(Language::French));
        showWindow(shown);
    });
    connect(window, &MainWindow::signOutRequested, this, &DesktopApp::signOut);
    connect(window, &MainWindow::tabletModeRequested, this, [this] { switchMode(Mode::Tablet); });
    if (patient.isValid())
        window->openPatient(patient);
    window->show();
}

void DesktopApp::showTablet()
{
    auto *tablet = new TabletWindow(*m_store, m_settings, m_guard.get());
    m_window = tablet;
    watchEnd(tablet);
    connect(tablet, &TabletWindow::desktopModeRequested, this, [this] { switchMode(Mode::Desktop); });
    connect(tablet, &TabletWindow::signOutRequested, this, &DesktopApp::signOut);
    tablet->showFullScreen();
}

void DesktopApp::switchMode(Mode mode)
{
    if (mode == m_mode || (m_window && !closeForReplacement()))
        return;
    m_mode = mode;
    showWindow({});
}

bool DesktopApp::closeForReplacement()
{
    QObject *window = m_window.data();
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
