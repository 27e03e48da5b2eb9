#pragma once

#include "core/common/Ids.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSettings;
class QStackedWidget;

namespace smr {
class Store;
struct ChangeSet;
} // namespace smr

namespace smr::ui {

class PatientPage;
class PatientsPage;
class SessionGuard;
class TabletSettingsPage;
class TestPage;
class Ticker;
class TouchConfirm;

// The gym-side tablet mode of SMR Desk (issue #8): the same program and database, by touch, on a
// 10–13" screen in either orientation. A bar (back, where one is, lock, settings, the workstation
// mode), then one page at a time: the unit's patients as tiles, a patient's review with the
// test tiles, a test being taken. The session locks after tablet/lockMinutes (2 by default).
class TabletWindow : public QWidget
{
    Q_OBJECT

public:
    // `guard`: the session's lock (null in tests of other features); `ticker`: the stopwatches'
    // time source (null: the system's).
    TabletWindow(Store &store, QSettings &settings, SessionGuard *guard, Ticker *ticker = nullptr,
                 QWidget *parent = nullptr);
    ~TabletWindow() override;

    PatientsPage *patientsPage() const { return m_patients; }
    PatientPage *patientPage() const { return m_patient; }
    TestPage *testPage() const { return m_test; }
    TabletSettingsPage *settingsPage() const { return m_settingsPage; }
    TouchConfirm *confirm() const { return m_confirm; }
    QWidget *currentPage() const;

    void openPatient(PatientId patient, StayId stay);
    void openTest(const QString &instrument);
    // One step back: test → patient → patients (a test keeps its draft).
    void back();
    void showSettings();

signals:
    void desktopModeRequested();
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showPage(QWidget *page);
    void updateBar();
    void refreshUnits();
    void onOthersChanged(const ChangeSet &changes);

    Store &m_store;
    QSettings &m_settings;
    SessionGuard *m_guard;
    std::unique_ptr<Ticker> m_ownTicker;
    QWidget *m_bar;
    QPushButton *m_back;
    QLabel *m_title;
    QLabel *m_user;
    QLabel *m_draftState;
    QPushButton *m_lock;
    QPushButton *m_settingsButton;
    QPushButton *m_desktop;
    QStackedWidget *m_pages;
    PatientsPage *m_patients;
    PatientPage *m_patient;
    TestPage *m_test;
    TabletSettingsPage *m_settingsPage;
    TouchConfirm *m_confirm;
    QWidget *m_beforeSettings = nullptr;
};

} // namespace smr::ui
