#include "ui/main/MainWindow.h"

#include "ui/documents/DocumentsTab.h"
#include "ui/documents/LetterheadDialog.h"

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
#include "ui/oncall/OnCallNotesDialog.h"
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

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace smr::ui {

MainWindow::MainWindow(Store &store, Prompter &prompter, QSettings &settings, SessionGuard *guard, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_prompter(prompter)
    , m_settings(settings)
    , m_ticker(std::make_unique<SystemTicker>())
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage(store.database().location(), DemoPatients, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_census(new CensusPanel(store.census(), store.clock(), this))
    , m_right(new QStackedWidget(this))
    , m_nothingSelected(new QLabel(this))
    , m_patient(new PatientPanel(store, prompter, *m_ticker, this))
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
    m_central->addWidget(m_welcome);
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
    connect(m_welcome, &WelcomePage::createPatientRequested, this, &MainWindow::newPatient);
    connect(m_welcome, &WelcomePage::loadDemoRequested, this, &MainWindow::loadDemo);
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
    m_census->setUnitFilter(m_settings.value(QStringLiteral("census/unit")).toString());
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

QAction *MainWindow::makeAction(const QString &objectName, const QString &text, const QKeySequence &shortcut)
{
    auto *a = new QAction(text, this);
    a->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                    shortcut.toString(QKeySequence::NativeText)));
    }
    m_actions << a;
    return a;
}

QAction *MainWindow::action(const QString &objectName) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == objectName)
            return a;
    }
    return findChild<QAction *>(objectName); // in a submenu (account, backup)
}

bool MainWindow::can(Right right) const
{
    const std::optional<Actor> &actor = m_store.session().actor();
    return actor && actor->can(right);
}

void MainWindow::updateSignedIn()
{
    const std::optional<Actor> &actor = m_store.session().actor();
    m_signedIn->setText(actor ? tr("Signed in: %1").arg(actor->displayName) : QString());
}

void MainWindow::createActions()
{
    connect(makeAction(QStringLiteral("newPatientAction"), tr("&New patient…"), QKeySequence::New), &QAction::triggered,
            this, &MainWindow::newPatient);
    connect(makeAction(QStringLiteral("findAction"), tr("&Find a patient"), QKeySequence::Find), &QAction::triggered,
            this, [this] {
                if (!isShowingWelcome())
                    m_census->focusSearch();
            });
    connect(makeAction(QStringLiteral("editPatientAction"), tr("&Edit patient…"), QKeySequence(tr("Ctrl+E"))),
            &QAction::triggered, this, &MainWindow::editPatient);
    connect(makeAction(QStringLiteral("saveNotesAction"), tr("&Save notes"), QKeySequence::Save), &QAction::triggered,
            this, [this] { m_patient->saveChanges(); });
    connect(makeAction(QStringLiteral("openStayAction"), tr("&Open a stay…"), QKeySequence(tr("Ctrl+Shift+N"))),
            &QAction::triggered, this, &MainWindow::openStay);
    connect(makeAction(QStringLiteral("editStayAction"), tr("Edit the &stay…"), QKeySequence(tr("Ctrl+Shift+E"))),
            &QAction::triggered, this, &MainWindow::editStay);
    connect(makeAction(QStringLiteral("onCallNotesAction"), tr("On-call &notes…")), &QAction::triggered, this, [this] {
        if (m_patient->patient() && m_patient->stay())
            OnCallNotesDialog(m_store, m_prompter, *m_patient->patient(), *m_patient->stay(), this).exec();
    });
    connect(makeAction(QStringLiteral("admitAction"), tr("Confirm the &admission…")), &QAction::triggered, this,
            &MainWindow::admitStay);
    connect(makeAction(QStringLiteral("admissionReportAction"), tr("Admission &report…")), &QAction::triggered, this,
            [this] { m_patient->documents()->write(DocumentKind::AdmissionReport); });
    connect(
        makeAction(QStringLiteral("dischargeLetterAction"), tr("Discharge &letter…"), QKeySequence(tr("Ctrl+Shift+L"))),
        &QAction::triggered, this, [this] { m_patient->documents()->write(DocumentKind::DischargeLetter); });
    connect(makeAction(QStringLiteral("letterheadAction"), tr("&Letterhead and signature…")), &QAction::triggered, this,
            [this] {
                LetterheadDialog dialog(m_store, m_prompter, this);
                dialog.exec();
            });
    connect(
        makeAction(QStringLiteral("dischargeAction"), tr("Record the &discharge…"), QKeySequence(tr("Ctrl+Shift+D"))),
        &QAction::triggered, this, &MainWindow::dischargeStay);
    connect(makeAction(QStringLiteral("cancelStayAction"), tr("&Cancel the stay…")), &QAction::triggered, this,
            &MainWindow::cancelStay);
    connect(
        makeAction(QStringLiteral("groupsAction"), tr("&Groups for collective sessions…"), QKeySequence(tr("Ctrl+G"))),
        &QAction::triggered, this, &MainWindow::showGroups);
    connect(makeAction(QStringLiteral("unitProgressAction"), tr("&Progress of the unit…"),
                       QKeySequence(tr("Ctrl+Shift+G"))),
            &QAction::triggered, this, &MainWindow::showUnitProgress);
    connect(makeAction(QStringLiteral("meetingAction"), tr("&Weekly meeting…"), QKeySequence(tr("Ctrl+R"))),
            &QAction::triggered, this, &MainWindow::showMeeting);
    connect(makeAction(QStringLiteral("tabletModeAction"), tr("&Tablet mode (gym)"), QKeySequence(tr("Ctrl+Shift+T"))),
            &QAction::triggered, this, &MainWindow::tabletModeRequested);
    connect(makeAction(QStringLiteral("demoAction"), tr("Load &demonstration data…")), &QAction::triggered, this,
            &MainWindow::loadDemo);
    connect(makeAction(QStringLiteral("exportAction"), tr("E&xport results…"), QKeySequence(tr("Ctrl+Shift+X"))),
            &QAction::triggered, this, &MainWindow::exportResults);
    connect(makeAction(QStringLiteral("unitsAction"), tr("&Units…")), &QAction::triggered, this,
            &MainWindow::manageUnits);
    connect(makeAction(QStringLiteral("quitAction"), tr("&Quit"), QKeySequence::Quit), &QAction::triggered, this,
            &QWidget::close);
    connect(makeAction(QStringLiteral("aboutAction"), tr("&About SMR Desk")), &QAction::triggered, this, [this] {
        m_prompter.showInformation(this, tr("About SMR Desk"),
                                   tr("SMR Desk %1\nThe physician's desk of SMR rehabilitation units.\n"
                                      "Free software under the GNU GPL, version 3 or later.")
                                       .arg(QStringLiteral(SMRDESK_VERSION)));
    });

    auto *languages = new QActionGroup(this);
    const QString current = Translations::code(Translations::current());
    for (const auto &[code, label] : {std::pair{QStringLiteral("fr"), QStringLiteral("Français")},
                                      std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *a = makeAction(QStringLiteral("language_") + code, label);
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("newPatientAction")));
    file->addAction(action(QStringLiteral("demoAction")));
    file->addAction(action(QStringLiteral("exportAction")));
    file->addSeparator();
    QMenu *settings = file->addMenu(tr("Se&ttings"));
    settings->addAction(action(QStringLiteral("unitsAction")));
    settings->addAction(action(QStringLiteral("letterheadAction")));
    QMenu *language = settings->addMenu(tr("&Language"));
    language->addAction(action(QStringLiteral("language_fr")));
    language->addAction(action(QStringLiteral("language_en")));
    if (m_store.database().address().kind == DatabaseAddress::Kind::SqliteFile)
        addBackupChoices(settings->addMenu(tr("&Backup on exit")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quitAction")));

    QMenu *patient = menuBar()->addMenu(tr("&Patient"));
    patient->addAction(action(QStringLiteral("findAction")));
    patient->addAction(action(QStringLiteral("editPatientAction")));
    patient->addAction(action(QStringLiteral("saveNotesAction")));

    QMenu *stay = menuBar()->addMenu(tr("&Stay"));
    stay->addAction(action(QStringLiteral("openStayAction")));
    stay->addAction(action(QStringLiteral("editStayAction")));
    stay->addAction(action(QStringLiteral("onCallNotesAction")));
    stay->addSeparator();
    stay->addAction(action(QStringLiteral("admitAction")));
    stay->addAction(action(QStringLiteral("dischargeAction")));
    stay->addAction(action(QStringLiteral("cancelStayAction")));
    stay->addSeparator();
    stay->addAction(action(QStringLiteral("admissionReportAction")));
    stay->addAction(action(QStringLiteral("dischargeLetterAction")));

    // What concerns the unit as a whole rather than one patient (the weekly meeting's tools).
    QMenu *unit = menuBar()->addMenu(tr("&Unit"));
    unit->addAction(action(QStringLiteral("meetingAction")));
    unit->addAction(action(QStringLiteral("groupsAction")));
    unit->addAction(action(QStringLiteral("unitProgressAction")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("tabletModeAction")));

    menuBar()->addMenu(m_account);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("aboutAction")));
}

void MainWindow::addBackupChoices(QMenu *menu)
{
    // A local database is backed up when the application closes (DesktopApp::leave).
    const QString current = m_settings.value(QStringLiteral("backup/onExit"), QStringLiteral("ask")).toString();
    auto *group = new QActionGroup(menu);
    const QList<QPair<QString, QString>> choices{{QStringLiteral("ask"), tr("&Ask")},
                                                 {QStringLiteral("always"), tr("A&lways")},
                                                 {QStringLiteral("never"), tr("&Never")}};
    for (const auto &[code, text] : choices) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QStringLiteral("backupOnExit_") + code);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this,
                [this, code = code] { m_settings.setValue(QStringLiteral("backup/onExit"), code); });
    }
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
    return m_central->currentWidget() == m_welcome;
}

void MainWindow::updateCentral()
{
    const Result<qint64> count = m_store.patients().count();
    const bool empty = count && *count == 0;
    m_central->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_splitter);
    m_right->setCurrentWidget(m_patient->patient() ? static_cast<QWidget *>(m_patient) : m_nothingSelected);
}

void MainWindow::updateActions()
{
    const bool hasPatient = m_patient->patient().has_value() && !isShowingWelcome();
    const std::optional<Stay> &stay = m_patient->stay();
    const bool open = hasPatient && stay && stay->isOpen();
    // Actions the signed-in person's roles do not allow are greyed (the core refuses them anyway).
    const bool identities = can(Right::ManageIdentities);
    const bool stays = can(Right::ManageStays);
    action(QStringLiteral("newPatientAction"))->setEnabled(identities);
    action(QStringLiteral("editPatientAction"))->setEnabled(hasPatient && identities);
    action(QStringLiteral("saveNotesAction"))->setEnabled(m_patient->hasUnsavedChanges());
    action(QStringLiteral("openStayAction"))->setEnabled(hasPatient && !open && stays);
    action(QStringLiteral("openStayAction"))->setVisible(!open);
    for (const char *name : {"admissionReportAction", "dischargeLetterAction"})
        action(QLatin1String(name))
            ->setEnabled(hasPatient && stay && stay->status != StayStatus::Cancelled && can(Right::WriteDocuments));
    action(QStringLiteral("editStayAction"))
        ->setEnabled(hasPatient && stay && stay->status != StayStatus::Cancelled && stays);
    action(QStringLiteral("editStayAction"))->setVisible(open);
    // Read by everyone, written by physicians (the dialog says so): for an open stay only.
    action(QStringLiteral("onCallNotesAction"))->setEnabled(open);
    action(QStringLiteral("admitAction"))->setEnabled(open && stay->status == StayStatus::PreAdmission && stays);
    action(QStringLiteral("dischargeAction"))->setEnabled(open && stay->status == StayStatus::Active && stays);
    action(QStringLiteral("cancelStayAction"))->setEnabled(open && stays);
    action(QStringLiteral("unitsAction"))->setEnabled(can(Right::ManageUnits));
    action(QStringLiteral("groupsAction"))->setEnabled(!isShowingWelcome() && can(Right::ManageMeetings));
    action(QStringLiteral("meetingAction"))
        ->setEnabled(!isShowingWelcome() && (can(Right::ManageMeetings) || can(Right::WriteNotes)));
    action(QStringLiteral("findAction"))->setEnabled(!isShowingWelcome());
    action(QStringLiteral("exportAction"))->setEnabled(!isShowingWelcome() && can(Right::ExportResults));
    const Result<qint64> count = m_store.patients().count();
    action(QStringLiteral("demoAction"))->setEnabled(count && *count == 0 && can(Right::LoadDemo));
    m_welcome->demoButton()->setEnabled(action(QStringLiteral("demoAction"))->isEnabled());
    m_welcome->createButton()->setEnabled(identities);
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
