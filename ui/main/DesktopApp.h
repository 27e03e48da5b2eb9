#pragma once

#include "core/common/Ids.h"
#include "core/storage/DatabaseAddress.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QSettings;

namespace smr {
class Clock;
class Store;
} // namespace smr

namespace smr::ui {

class MainWindow;
class Prompter;
class SessionGuard;
class TabletWindow;

// The desktop application's life: open the database (asking a server's password when it wants
// one), create the administrator on the first start or sign in, show the main window, lock it
// when idle, and start over when someone signs out. main() only parses the command line.
// It shows the workstation's main window or the gym-side tablet window (issue #8), switched from
// either; the mode last used on this machine comes back at the next start (setting ui/mode).
class DesktopApp : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Desktop, Tablet };

    DesktopApp(QSettings &settings, Prompter &prompter, const Clock &clock, QObject *parent = nullptr);
    ~DesktopApp() override;

    // The database named on the command line, else the server of the settings (database/url),
    // else the local file `defaultFile`.
    static DatabaseAddress chooseAddress(const QString &file, const QString &url, const QSettings &settings,
                                         const QString &defaultFile, QString *error);

    // Opens and migrates the database; says why not (to the user) and returns false otherwise.
    // A damaged local file is said to be damaged, and a backup is offered in its place.
    bool open(const DatabaseAddress &address);
    // Once the last window has closed: the backup on exit of a local database, as the setting
    // backup/onExit says (ask, always or never; ask by default).
    void leave();
    // Where the backups on exit go (setting backup/folder, else BackupFolder::defaultDir()).
    QString backupDir() const;
    // First start or sign-in, then the main window; false when the user quits instead.
    bool start();

    // The mode to start in: the command line's choice, else the last one used (ui/mode).
    static Mode chooseMode(bool tablet, bool desktop, const QSettings &settings);
    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }

    Store *store() const { return m_store.get(); }
    MainWindow *window() const;
    TabletWindow *tabletWindow() const;
    SessionGuard *guard() const { return m_guard.get(); }

public slots:
    // Closes every window (after the usual questions), ends the session and asks who comes next.
    void signOut();
    // Replaces the window by the other mode's (the workstation's questions about unsaved notes
    // first; a test being taken on the tablet keeps its draft).
    void switchMode(Mode mode);

private:
    bool signIn();
    bool offerRestore(const DatabaseAddress &address);
    void showWindow(PatientId patient);
    void showTablet();
    void watchEnd(QWidget *window);
    bool closeForReplacement();

    QSettings &m_settings;
    Prompter &m_prompter;
    const Clock &m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SessionGuard> m_guard;
    Mode m_mode = Mode::Desktop;
    QPointer<QWidget> m_window; // the main window or the tablet window
    // Windows closed to be replaced (sign-out, language): their end does not quit.
    QSet<QObject *> m_replaced;
};

} // namespace smr::ui
