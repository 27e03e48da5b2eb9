#include "ui/main/MainWindow.h"

#include "core/audit/ChangeWatcher.h"

#include "core/Store.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/i18n/Language.h"
#include "ui/census/CensusModel.h"
#include "ui/census/CensusPanel.h"
#include "ui/common/Prompter.h"
#include "ui/export/ExportDialog.h"
#include "ui/grouping/GroupingDialog.h"
#include "ui/main/WelcomePage.h"
#include "ui/meeting/MeetingWindow.h"
#include "ui/patient/OverviewTab.h"
#include "ui/patient/PatientDialog.h"
#include "ui/patient/PatientHeader.h"
#include "ui/patient/PatientPanel.h"
#include "ui/progress/UnitProgressDialog.h"
#include "ui/results/ResultsTab.h"
#include "ui/results/Ticker.h"
#include "ui/session/AccountMenu.h"
#include "ui/stay/StayDialog.h"
#include "ui/stay/StayStatusDialog.h"
#include "ui/units/UnitsDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace smr::ui {

namespace {
// The unit chosen last time in the list (saved when it changes, below).
QString rememberedUnit(const QSettings &settings)
{
    return settings.value(QStringLiteral("census/unit")).toString();
}

// The list's filter on opening: the current stays of the unit chosen last time (CensusPanel).
CensusFilter firstFilter(const QSettings &settings)
{
    CensusFilter filter;
    filter.unitCode = rememberedUnit(settings);
    return filter;
}
} // namespace

MainWindow::MainWindow(Store &store, Prompter &prompter, QSettings &settings, SessionGuard *guard, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_prompter(prompter)
    , m_settings(settings)
    , m_ticker(std::make_unique<SystemTicker>())
    , m_firstPage(std::make_unique<CensusPrefetch>(store.database(), firstFilter(settings), CensusModel::PageSize))
    // Each widget is made in its final parent: moving a built subtree to another parent makes the
    // style sheet polish all of it again (a third of the start-up time, issue #10).
    , m_central(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, m_central))
    , m_census(new CensusPanel(store.census(), store.clock(), m_splitter))
    , m_right(new QStackedWidget(m_splitter))
    , m_nothingSelected(new QLabel(m_right))
    , m_patient(new PatientPanel(store, prompter, *m_ticker, m_right))
    , m_databaseLabel(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_retry(new QPushButton(tr("&Reconnect"), this))
    , m_signedIn(new QLabel(this))
    , m_account(new AccountMenu(
          store, guard, [this] { return m_patient->patientId(); }, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SMR Desk"));

    m_nothingSelected->setObjectName(QStringLiteral("nothingSelected"));
    m_nothingSelected->setText(tr("Choose a patient in the list, or search by name, IPP or birth date (Ctrl+F)."));
    m_nothingSelected->setAlignment(Qt::AlignCenter);
    m_nothingSelected->setWordWrap(true);
    m_nothingSelected->setProperty("role", QStringLiteral("muted"));
    m_right->addWidget(m_nothingSelected);
    m_right->addWidget(m_patient);

    m_splitter->setObjectName(QStringLiteral("workspace"));
    m_splitter->addWidget(m_census);
    m_splitter->addWidget(m_right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_central->addWidget(m_splitter);
    setCentralWidget(m_central);

    m_databaseLabel->setText(store.database().dialect().engine() == SqlDialect::Engine::Sqlite
                                 ? tr("Local database: %1").arg(QDir::toNativeSeparators(store.database().location()))
                                 : tr("Server: %1").arg(store.database().location()));
    statusBar()->addWidget(m_databaseLabel, 1);
    m_connection->setObjectName(QStringLiteral("connectionLost"));
    m_connection->setProperty("role", QStringLiteral("warning"));
    m_connection->setVisible(false);
    m_retry->setObjectName(QStringLiteral("reconnectButton"));
    m_retry->setVisible(false);
    statusBar()->addWidget(m_connection, 1);
    statusBar()->addWidget(m_retry);
    m_signedIn->setObjectName(QStringLiteral("signedInLabel"));
    statusBar()->addPermanentWidget(m_signedIn);
    statusBar()->addPermanentWidget(new QLabel(tr("Today: %1").arg(dates::display(store.clock().today())), this));

    createActions();
    createMenus();

    // The dossier's own buttons: the actions a physician uses most on the patient shown.
    for (const QString &name : {QStringLiteral("editPatientAction"), QStringLiteral("openStayAction"),
                                QStringLiteral("editStayAction"), QStringLiteral("dischargeAction")}) {
        auto *button = new QToolButton(m_patient->header());
        button->setDefaultAction(action(name));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setObjectName(name + QStringLiteral("Button"));
        m_patient->header()->actions()->addWidget(button);
        // A button shows only what can be done now (open a stay, or edit the open one).
        connect(action(name), &QAction::changed, button,
                [button, a = action(name)] { button->setVisible(a->isVisible()); });
    }

    connect(m_census, &CensusPanel::patientChosen, this, [this](PatientId id) {
        if (!openPatient(id))
            m_census->selectQuietly(m_patient->patientId());
    });
    connect(m_census, &CensusPanel::unitFilterChanged, this,
            [this](const QString &unit) { m_settings.setValue(QStringLiteral("census/unit"), unit); });
    connect(m_patient, &PatientPanel::contentChanged, this, &MainWindow::updateActions);
    connect(m_patient, &PatientPanel::unsavedChangesChanged, this, &MainWindow::updateActions);

    // Every save announced by a service refreshes the list model, the dossier and the actions.
    connect(&store.patients(), &PatientService::patientSaved, m_census->model(), &CensusModel::reload);
    connect(&store.stays(), &StayService::staySaved, m_census->model(), &CensusModel::reload);
    connect(&store.demo(), &DemoService::loaded, m_census->model(), &CensusModel::reload);
    // Signing an assessment writes the mode and programme through to the stay.
    connect(&store.assessments(), &AssessmentService::assessmentSaved, m_census->model(), &CensusModel::reload);
    connect(&store.patients(), &PatientService::patientSaved, this, &MainWindow::onDataChanged);
    connect(&store.stays(), &StayService::staySaved, this, &MainWindow::onDataChanged);
    connect(&store.demo(), &DemoService::loaded, this, &MainWindow::onDataChanged);
    connect(&store.units(), &UnitService::unitsChanged, this, &MainWindow::refreshUnits);
    // What other workstations save appears here within a second or two (the watcher is started
    // by the application); a lost server connection says so, with a retry.
    connect(&store.changes(), &ChangeWatcher::changed, this, &MainWindow::onOthersChanged);
    // The status bar is narrow: a short sentence, the server's own words in the tooltip.
    connect(&store.changes(), &ChangeWatcher::connectionLost, this, [this](const QString &message) {
        m_connection->setText(tr("Connection to the server lost: nothing can be saved until it is back."));
        m_connection->setToolTip(message);
        m_databaseLabel->setVisible(false); // the server is named in the tooltip
        m_connection->setVisible(true);
        m_retry->setVisible(true);
    });
    connect(&store.changes(), &ChangeWatcher::reconnected, this, [this] {
        m_connection->setVisible(false);
        m_databaseLabel->setVisible(true);
        m_retry->setVisible(false);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const Status s = m_store.reconnect(); !s) {
            m_connection->setText(tr("The server is still unreachable: try again in a moment."));
            m_connection->setToolTip(s.failure().text());
        }
    });

    connect(m_account, &AccountMenu::signOutRequested, this, &MainWindow::signOutRequested);
    // A change of roles (by an administrator, on this workstation) changes what can be done.
    connect(&store.session(), &Session::actorChanged, this, [this] {
        updateSignedIn();
        updateActions();
        m_patient->refresh();
    });
    updateSignedIn();

    refreshUnits();
    m_census->setUnitFilter(rememberedUnit(m_settings));
    m_census->start(std::move(m_firstPage));
    updateCentral();
    updateActions();
    // Where the physician left off: the patient shown when the window last closed.
    if (const qint64 last = m_settings.value(QStringLiteral("census/lastPatient")).toLongLong(); last > 0) {
        const Result<Patient> patient = m_store.patients().find(PatientId(last));
        if (patient)
            openPatient(PatientId(last));
    }

    if (!restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 860);
    if (!m_splitter->restoreState(m_settings.value(QStringLiteral("window/splitter")).toByteArray())) {
        // First start: the list gets the width its six columns need, the dossier the rest.
        const int list = m_census->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 62;
        m_splitter->setSizes({list, std::max(600, width() - list)});
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::updateSignedIn()
{
    const std::optional<Actor> &actor = m_store.session().actor();
    m_signedIn->setText(actor ? tr("Signed in: %1").arg(actor->displayName) : QString());
}

void MainWindow::refreshUnits()
{
    const Result<QList<Unit>> units = m_store.units().list();
    if (!units) {
        m_prompter.showError(this, tr("Units"), units.failure().text());
        return;
    }
    QHash<QString, QString> labels;
    for (const Unit &u : *units)
        labels.insert(u.code, u.label);
    m_census->setUnits(*units);
    m_patient->setUnitLabels(labels);
    m_patient->refresh();
}

bool MainWindow::isShowingWelcome() const
{
    return m_welcome && m_central->currentWidget() == m_welcome;
}

WelcomePage *MainWindow::welcomePage()
{
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_store.database().location(), DemoPatients, m_central);
        m_central->insertWidget(0, m_welcome);
        connect(m_welcome, &WelcomePage::createPatientRequested, this, &MainWindow::newPatient);
        connect(m_welcome, &WelcomePage::loadDemoRequested, this, &MainWindow::loadDemo);
    }
    return m_welcome;
}

void MainWindow::updateCentral()
{
    const Result<bool> isEmpty = m_store.patients().isEmpty();
    const bool empty = isEmpty && *isEmpty;
    m_central->setCurrentWidget(empty ? static_cast<QWidget *>(welcomePage()) : m_splitter);
    m_right->setCurrentWidget(m_patient->patient() ? static_cast<QWidget *>(m_patient) : m_nothingSelected);
}

bool MainWindow::confirmLeavingPatient()
{
    if (!m_patient->hasUnsavedChanges())
        return true;
    switch (m_prompter.askUnsavedChanges(this, tr("The notes of %1").arg(m_patient->patient()->displayName()))) {
    case Prompter::UnsavedChoice::Save:
        return m_patient->saveChanges();
    case Prompter::UnsavedChoice::Discard:
        m_patient->discardChanges();
        return true;
    case Prompter::UnsavedChoice::Cancel:
        return false;
    }
    return false;
}

bool MainWindow::openPatient(PatientId patient)
{
    if (patient == m_patient->patientId())
        return true;
    if (!confirmLeavingPatient())
        return false;
    if (!m_patient->showPatient(patient))
        return false;
    m_census->selectQuietly(patient);
    updateCentral();
    updateActions();
    return true;
}

void MainWindow::onOthersChanged(const ChangeSet &changes)
{
    if (changes.touches(audit::Unit))
        refreshUnits();
    m_census->model()->reload();
    // The dossier shown is read again; notes being typed stay (PatientPanel::refresh).
    if (m_patient->patient() && changes.touchesPatient(m_patient->patientId()))
        m_patient->refresh();
    updateCentral();
    updateActions();
}

void MainWindow::onDataChanged()
{
    m_patient->refresh();
    updateCentral();
    updateActions();
}

void MainWindow::newPatient()
{
    if (!confirmLeavingPatient())
        return;
    PatientDialog dialog(m_store.patients(), m_store.clock(), std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        openPatient(dialog.savedId());
}

void MainWindow::editPatient()
{
    if (!m_patient->patient() || !confirmLeavingPatient())
        return;
    PatientDialog dialog(m_store.patients(), m_store.clock(), m_patient->patient(), this);
    dialog.exec();
}

void MainWindow::openStay()
{
    if (!m_patient->patient())
        return;
    const Result<QList<Unit>> units = m_store.units().list();
    StayDialog dialog(m_store.stays(), m_store.clock(), *m_patient->patient(), units ? *units : QList<Unit>(),
                      std::nullopt, this);
    dialog.exec();
}

void MainWindow::editStay()
{
    if (!m_patient->patient() || !m_patient->stay())
        return;
    const Result<QList<Unit>> units = m_store.units().list();
    StayDialog dialog(m_store.stays(), m_store.clock(), *m_patient->patient(), units ? *units : QList<Unit>(),
                      m_patient->stay(), this);
    dialog.exec();
}

void MainWindow::admitStay()
{
    if (m_patient->patient() && m_patient->stay())
        StayStatusDialog(StayStatusDialog::Action::Admit, m_store.stays(), m_store.clock(), *m_patient->patient(),
                         *m_patient->stay(), this)
            .exec();
}

void MainWindow::dischargeStay()
{
    if (m_patient->patient() && m_patient->stay())
        StayStatusDialog(StayStatusDialog::Action::Discharge, m_store.stays(), m_store.clock(), *m_patient->patient(),
                         *m_patient->stay(), this)
            .exec();
}

void MainWindow::cancelStay()
{
    if (m_patient->patient() && m_patient->stay())
        StayStatusDialog(StayStatusDialog::Action::Cancel, m_store.stays(), m_store.clock(), *m_patient->patient(),
                         *m_patient->stay(), this)
            .exec();
}

void MainWindow::loadDemo()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<DemoSummary> loaded = m_store.demo().load(DemoPatients, 1);
    QApplication::restoreOverrideCursor();
    if (!loaded) {
        m_prompter.showError(this, tr("Demonstration data"), loaded.failure().text());
        return;
    }
    statusBar()->showMessage(tr("%n fictitious patient(s) loaded.", nullptr, loaded->patients), 8000);
    m_census->focusSearch();
}

void MainWindow::exportResults()
{
    ExportDialog(m_store, m_prompter, {m_patient->patient(), m_patient->stay(), m_census->unitFilter()}, this).exec();
}

void MainWindow::manageUnits()
{
    UnitsDialog dialog(m_store.units(), this);
    dialog.exec();
}

void MainWindow::showUnitProgress()
{
    UnitProgressDialog dialog(m_store, m_prompter, m_census->unitFilter(), this);
    dialog.exec();
}

MeetingWindow *MainWindow::meetingWindow() const
{
    return m_meeting;
}

void MainWindow::showMeeting()
{
    if (!m_meeting)
        m_meeting = new MeetingWindow(m_store, m_prompter, m_census->unitFilter(), this);
    m_meeting->show();
    m_meeting->raise();
    m_meeting->activateWindow();
}

void MainWindow::showGroups()
{
    if (!can(Right::ManageMeetings))
        return;
    GroupingDialog dialog(m_store, m_census->unitFilter(), this);
    dialog.exec();
}

void MainWindow::chooseLanguage(const QString &code)
{
    m_settings.setValue(QStringLiteral("language"), code);
    if (code != Translations::code(Translations::current()))
        emit languageChosen(code);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeavingPatient() || (m_meeting && m_meeting->isVisible() && !m_meeting->close())) {
        event->ignore();
        return;
    }
    m_settings.setValue(QStringLiteral("census/lastPatient"), m_patient->patientId().value);
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    event->accept();
}

} // namespace smr::ui
