// The main window's actions, menus and their enabled state: what the user can do from the menu
// bar, kept apart from the window's layout and its slots (MainWindow.cpp).

#include "ui/main/MainWindow.h"

#include "core/Store.h"
#include "core/i18n/Language.h"
#include "ui/census/CensusPanel.h"
#include "ui/common/Prompter.h"
#include "ui/documents/DocumentEditorDialog.h"
#include "ui/documents/DocumentsTab.h"
#include "ui/documents/LetterheadDialog.h"
#include "ui/main/WelcomePage.h"
#include "ui/oncall/OnCallNotesDialog.h"
#include "ui/oncall/OnCallSheetDialog.h"
#include "ui/patient/PatientPanel.h"
#include "ui/session/AccountMenu.h"

#include <QActionGroup>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>

namespace smr::ui {

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
    return m_store.session().can(right);
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
    connect(makeAction(QStringLiteral("onCallSheetAction"), tr("On-call &sheet…"), QKeySequence(tr("Ctrl+Shift+A"))),
            &QAction::triggered, this, [this] {
                OnCallSheetDialog chooser(m_store, m_census->unitFilter(), this);
                if (chooser.exec() == QDialog::Accepted)
                    DocumentEditorDialog::open(m_store, m_prompter, chooser.subject(), this);
            });
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
    unit->addSeparator();
    unit->addAction(action(QStringLiteral("onCallSheetAction")));

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
    action(QStringLiteral("onCallSheetAction"))->setEnabled(!isShowingWelcome());
    action(QStringLiteral("exportAction"))->setEnabled(!isShowingWelcome() && can(Right::ExportResults));
    const Result<bool> isEmpty = m_store.patients().isEmpty();
    action(QStringLiteral("demoAction"))->setEnabled(isEmpty && *isEmpty && can(Right::LoadDemo));
    if (m_welcome) { // built when the database is empty
        m_welcome->demoButton()->setEnabled(action(QStringLiteral("demoAction"))->isEnabled());
        m_welcome->createButton()->setEnabled(identities);
    }
}

} // namespace smr::ui
