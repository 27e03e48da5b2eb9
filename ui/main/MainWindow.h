#pragma once

#include "core/access/Rights.h"
#include "core/common/Ids.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
class QLabel;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace smr {
class CensusPrefetch;
class Store;
struct ChangeSet;
} // namespace smr

namespace smr::ui {

class MeetingWindow;

class AccountMenu;
class CensusPanel;
class PatientPanel;
class Prompter;
class SessionGuard;
class Ticker;
class WelcomePage;

// The physician's workstation: the unit's current stays on the left, the selected patient's
// dossier on the right, a welcome page while the database is empty.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int DemoPatients = 150;

    // `guard` locks the session (null: no locking, as in tests of other features).
    MainWindow(Store &store, Prompter &prompter, QSettings &settings, SessionGuard *guard = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    CensusPanel *census() const { return m_census; }
    PatientPanel *patientPanel() const { return m_patient; }
    // The page of an empty database, built the first time it is needed.
    WelcomePage *welcomePage();
    QAction *action(const QString &objectName) const;

    // Shows `patient`, asking first what to do with unsaved changes; false if the user stays.
    bool openPatient(PatientId patient);
    bool isShowingWelcome() const;

signals:
    // The user chose another language: the application rebuilds its window in that language.
    void languageChosen(const QString &code);
    // The signed-in person chose to sign out (the application closes this window first).
    void signOutRequested();
    // View › Tablet mode: the application replaces this window by the gym-side tablet's.
    void tabletModeRequested();

public slots:
    void newPatient();
    void editPatient();
    void openStay();
    void editStay();
    void admitStay();
    void dischargeStay();
    void cancelStay();
    void loadDemo();
    // File › Export results…: this stay, this patient or a unit's period, as CSV or FHIR.
    void exportResults();
    void manageUnits();
    // The groups for collective sessions of the unit chosen in the list (the weekly meeting's).
    void showGroups();
    void showUnitProgress();
    // The weekly meeting of the unit chosen in the list (a window of its own, kept open).
    void showMeeting();
    MeetingWindow *meetingWindow() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void addBackupChoices(QMenu *menu);
    QAction *makeAction(const QString &objectName, const QString &text, const QKeySequence &shortcut = {});
    void refreshUnits();
    void updateActions();
    void updateCentral();
    bool confirmLeavingPatient();
    bool can(Right right) const;
    void updateSignedIn();
    void onDataChanged();
    void onOthersChanged(const ChangeSet &changes);
    void chooseLanguage(const QString &code);

    Store &m_store;
    Prompter &m_prompter;
    QSettings &m_settings;
    std::unique_ptr<Ticker> m_ticker; // the stopwatches' time source
    // The list's first page, read on another thread while the widgets are made (until start()).
    std::unique_ptr<CensusPrefetch> m_firstPage;
    QStackedWidget *m_central;
    WelcomePage *m_welcome = nullptr;
    QSplitter *m_splitter;
    CensusPanel *m_census;
    QStackedWidget *m_right;
    QLabel *m_nothingSelected;
    PatientPanel *m_patient;
    QLabel *m_databaseLabel;
    QLabel *m_connection;
    QPushButton *m_retry;
    QLabel *m_signedIn;
    AccountMenu *m_account;
    QList<QAction *> m_actions;
    QPointer<MeetingWindow> m_meeting;
};

} // namespace smr::ui
