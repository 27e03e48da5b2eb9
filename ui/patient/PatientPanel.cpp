#include "ui/patient/PatientPanel.h"

#include "ui/documents/DocumentsTab.h"

#include "core/Store.h"
#include "core/common/Clock.h"
#include "ui/assessment/AssessmentTab.h"
#include "ui/audit/ConflictDialog.h"
#include "ui/careplan/CarePlanTab.h"
#include "ui/common/Prompter.h"
#include "ui/patient/OverviewTab.h"
#include "ui/patient/PatientHeader.h"
#include "ui/progress/ProgressTab.h"
#include "ui/results/ResultsTab.h"

#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace smr::ui {

namespace {

// The widget that holds a tab widget's pages. Pages made there are not moved when added: moving a
// built page makes the style sheet polish all of it again (issue #10, start-up time).
QWidget *pagesOf(QTabWidget *tabs)
{
    if (auto *pages = tabs->findChild<QStackedWidget *>(QStringLiteral("qt_tabwidget_stackedwidget")))
        return pages;
    return tabs;
}

} // namespace

PatientPanel::PatientPanel(Store &store, Prompter &prompter, Ticker &ticker, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_prompter(prompter)
    , m_header(new PatientHeader(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewTab(pagesOf(m_tabs)))
    , m_results(new ResultsTab(store, prompter, ticker, pagesOf(m_tabs)))
    , m_charts(new ProgressTab(store, prompter, pagesOf(m_tabs)))
    , m_assessment(new AssessmentTab(store, prompter, pagesOf(m_tabs)))
    , m_carePlan(new CarePlanTab(store, pagesOf(m_tabs)))
    , m_documents(new DocumentsTab(store, prompter, pagesOf(m_tabs)))
{
    m_tabs->setObjectName(QStringLiteral("dossierTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_assessment, tr("Admission assessment"));
    m_tabs->addTab(m_carePlan, tr("Care plan"));
    m_tabs->addTab(m_results, tr("Tests"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_documents, tr("Documents"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_overview, &OverviewTab::saveNotesRequested, this, &PatientPanel::saveNotes);
    connect(m_overview, &OverviewTab::notesModifiedChanged, this, &PatientPanel::unsavedChangesChanged);
    connect(m_assessment, &AssessmentTab::modifiedChanged, this,
            [this] { emit unsavedChangesChanged(hasUnsavedChanges()); });
    // Signing writes the mode and programme through to the stay: the header and the care plan's
    // decree check follow (what is typed elsewhere stays).
    connect(m_assessment, &AssessmentTab::saved, this, &PatientPanel::refresh);
    connect(m_carePlan, &CarePlanTab::modifiedChanged, this,
            [this] { emit unsavedChangesChanged(hasUnsavedChanges()); });
    const auto enterTest = [this](const QString &instrument) {
        m_tabs->setCurrentWidget(m_results);
        m_results->startEntry(instrument);
    };
    connect(m_assessment, &AssessmentTab::enterTestRequested, this, enterTest);
    connect(m_overview, &OverviewTab::enterTestRequested, this, enterTest);
    // A test entered meanwhile changes the baseline list and the orientation's suggestion.
    connect(&store.results(), &ResultService::resultSaved, this, [this](ResultId, StayId stay) {
        if (m_stay && m_stay->id == stay) {
            m_assessment->show(m_stay, true);
            m_carePlan->show(m_stay, true); // the goals' progress
            showSummary();
            m_charts->invalidate();
        }
    });
    // The overview's goals and alerts follow the plan and the assessment as they are saved.
    const auto summaryOf = [this](StayId stay) {
        if (m_stay && m_stay->id == stay)
            showSummary();
    };
    connect(&store.carePlans(), &CarePlanService::carePlanSaved, this, [this, summaryOf](StayId stay) {
        summaryOf(stay);
        if (m_stay && m_stay->id == stay)
            m_charts->invalidate(); // the goals' lines
    });
    connect(&store.assessments(), &AssessmentService::assessmentSaved, this, summaryOf);
}

void PatientPanel::showSummary()
{
    std::optional<StayOverview> overview;
    if (m_stay) {
        const Result<StayOverview> read = m_store.overview().overview(m_stay->id);
        if (read)
            overview = *read;
    }
    // The header's red flags and precautions come with it: one read of the assessment.
    m_header->showAlerts(overview ? overview->assessment : StayAlerts{});
    m_overview->showSummary(overview, bool(m_store.session().require(Right::RecordTests)));
}

bool PatientPanel::showPatient(PatientId patient)
{
    return load(patient, false);
}

void PatientPanel::refresh()
{
    if (m_patient)
        load(m_patient->id, true);
}

void PatientPanel::clear()
{
    m_patient.reset();
    m_stay.reset();
    m_documents->show(std::nullopt);
    m_overview->setNotes(QString());
    emit contentChanged();
}

bool PatientPanel::load(PatientId id, bool keepNotes)
{
    const Result<Patient> patient = m_store.patients().find(id);
    if (!patient) {
        m_prompter.showError(this, tr("Patient"), patient.failure().text());
        return false;
    }
    const Result<QList<Stay>> stays = m_store.stays().forPatient(id);
    if (!stays) {
        m_prompter.showError(this, tr("Patient"), stays.failure().text());
        return false;
    }
    // The stay shown: the open one, otherwise the most recent (the list is newest first).
    std::optional<Stay> shown;
    for (const Stay &s : *stays) {
        if (s.isOpen()) {
            shown = s;
            break;
        }
    }
    if (!shown && !stays->isEmpty())
        shown = stays->first();

    const bool sameNotesInProgress = keepNotes && m_overview->notesModified();
    const QString draft = m_overview->notes();
    m_patient = *patient;
    if (!sameNotesInProgress)
        m_notesBase = *patient;
    m_stay = shown;
    const QDate today = m_store.clock().today();
    m_header->show(*m_patient, m_stay, m_stay ? m_unitLabels.value(m_stay->unitCode, m_stay->unitCode) : QString(),
                   today);
    m_overview->show(*m_patient, m_stay, *stays, m_unitLabels, today);
    showSummary();
    m_results->show(*m_patient, m_stay);
    m_charts->show(m_patient, m_stay);
    m_assessment->show(m_stay, keepNotes);
    m_carePlan->show(m_stay, keepNotes);
    m_documents->show(m_stay);
    if (sameNotesInProgress)
        m_overview->notesEditor()->setPlainText(draft); // unsaved typing survives a refresh
    emit contentChanged();
    return true;
}

bool PatientPanel::hasUnsavedChanges() const
{
    return m_patient && (m_overview->notesModified() || m_assessment->isModified() || m_carePlan->isModified());
}

bool PatientPanel::saveChanges()
{
    if (m_patient && m_assessment->isModified() && !m_assessment->saveDraft()) {
        m_tabs->setCurrentWidget(m_assessment); // the reason is shown there
        return false;
    }
    if (m_patient && m_carePlan->isModified() && !m_carePlan->save()) {
        m_tabs->setCurrentWidget(m_carePlan);
        return false;
    }
    return saveNotes();
}

bool PatientPanel::saveNotes()
{
    if (!m_patient || !m_overview->notesModified())
        return true;
    Patient edited = m_notesBase;
    edited.notes = m_overview->notes();
    Status saved = m_store.patients().update(edited);
    if (!saved && saved.failure().kind() == Failure::Kind::Conflict) {
        // Saved meanwhile on another workstation: both versions shown, the user's choice saved.
        if (const Result<Patient> theirs = m_store.patients().find(edited.id)) {
            const auto chosen = ConflictDialog::resolve(m_notesBase, edited, *theirs,
                                                        tr("the dossier of %1").arg(theirs->displayName()), this);
            if (chosen.outcome == ConflictDialog::Outcome::Review) {
                // The notes chosen go back in the editor, a draft over the newer version.
                m_notesBase = *theirs;
                m_overview->notesEditor()->setPlainText(chosen.merged.notes);
                return false;
            }
            if (chosen.outcome == ConflictDialog::Outcome::Save)
                saved = m_store.patients().update(chosen.merged);
        }
    }
    if (!saved) {
        m_prompter.showError(this, tr("Notes not saved"), saved.failure().text());
        return false;
    }
    // The service announces the save; reloading takes the new version number with it.
    load(m_patient->id, false);
    return true;
}

void PatientPanel::discardChanges()
{
    if (m_patient)
        m_overview->setNotes(m_patient->notes);
    m_assessment->discardChanges();
    m_carePlan->discardChanges();
}

} // namespace smr::ui
