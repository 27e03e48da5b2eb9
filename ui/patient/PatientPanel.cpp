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
    , m_ticker(ticker)
    , m_header(new PatientHeader(this))
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("dossierTabs"));
    m_tabs->setDocumentMode(true);
    const QString titles[PageCount] = {
        tr("Overview"), tr("Admission assessment"), tr("Care plan"), tr("Tests"), tr("Charts"), tr("Documents")};
    for (int page = 0; page < PageCount; ++page) {
        m_pages[page] = new QWidget(pagesOf(m_tabs));
        auto *layout = new QVBoxLayout(m_pages[page]);
        layout->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(m_pages[page], titles[page]);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int page) { tabAt(page); });

    // A test entered meanwhile changes the baseline list and the orientation's suggestion.
    connect(&store.results(), &ResultService::resultSaved, this, [this](ResultId, StayId stay) {
        if (!m_stay || m_stay->id != stay)
            return;
        if (m_assessment)
            m_assessment->show(m_stay, true);
        if (m_carePlan)
            m_carePlan->show(m_stay, true); // the goals' progress
        showSummary();
        if (m_charts)
            m_charts->invalidate();
    });
    // The overview's goals and alerts follow the plan and the assessment as they are saved.
    connect(&store.carePlans(), &CarePlanService::carePlanSaved, this, [this](StayId stay) {
        if (!m_stay || m_stay->id != stay)
            return;
        showSummary();
        if (m_charts)
            m_charts->invalidate(); // the goals' lines
    });
    connect(&store.assessments(), &AssessmentService::assessmentSaved, this, [this](StayId stay) {
        if (m_stay && m_stay->id == stay)
            showSummary();
    });
}

template <typename T> T *PatientPanel::place(Page page, T *tab)
{
    m_pages[page]->layout()->addWidget(tab);
    if (m_pages[page]->isVisible())
        tab->setVisible(true); // the layout would show it only after the next event loop pass
    return tab;
}

QWidget *PatientPanel::tabAt(int page)
{
    switch (page) {
    case OverviewPage:
        return overview();
    case AssessmentPage:
        return assessment();
    case CarePlanPage:
        return carePlan();
    case TestsPage:
        return results();
    case ChartsPage:
        return charts();
    case DocumentsPage:
        return documents();
    default:
        return nullptr;
    }
}

OverviewTab *PatientPanel::overview()
{
    if (m_overview)
        return m_overview;
    m_overview = place(OverviewPage, new OverviewTab(m_pages[OverviewPage]));
    connect(m_overview, &OverviewTab::saveNotesRequested, this, &PatientPanel::saveNotes);
    connect(m_overview, &OverviewTab::notesModifiedChanged, this, &PatientPanel::unsavedChangesChanged);
    connect(m_overview, &OverviewTab::enterTestRequested, this, &PatientPanel::enterTest);
    if (m_patient) {
        showOverview();
        showSummary();
    }
    return m_overview;
}

AssessmentTab *PatientPanel::assessment()
{
    if (m_assessment)
        return m_assessment;
    m_assessment = place(AssessmentPage, new AssessmentTab(m_store, m_prompter, m_pages[AssessmentPage]));
    connect(m_assessment, &AssessmentTab::modifiedChanged, this,
            [this] { emit unsavedChangesChanged(hasUnsavedChanges()); });
    // Signing writes the mode and programme through to the stay: the header and the care plan's
    // decree check follow (what is typed elsewhere stays).
    connect(m_assessment, &AssessmentTab::saved, this, &PatientPanel::refresh);
    connect(m_assessment, &AssessmentTab::enterTestRequested, this, &PatientPanel::enterTest);
    if (m_patient)
        m_assessment->show(m_stay);
    return m_assessment;
}

CarePlanTab *PatientPanel::carePlan()
{
    if (m_carePlan)
        return m_carePlan;
    m_carePlan = place(CarePlanPage, new CarePlanTab(m_store, m_pages[CarePlanPage]));
    connect(m_carePlan, &CarePlanTab::modifiedChanged, this,
            [this] { emit unsavedChangesChanged(hasUnsavedChanges()); });
    if (m_patient)
        m_carePlan->show(m_stay);
    return m_carePlan;
}

ResultsTab *PatientPanel::results()
{
    if (m_results)
        return m_results;
    m_results = place(TestsPage, new ResultsTab(m_store, m_prompter, m_ticker, m_pages[TestsPage]));
    if (m_patient)
        m_results->show(*m_patient, m_stay);
    return m_results;
}

ProgressTab *PatientPanel::charts()
{
    if (m_charts)
        return m_charts;
    m_charts = place(ChartsPage, new ProgressTab(m_store, m_prompter, m_pages[ChartsPage]));
    if (m_patient)
        m_charts->show(m_patient, m_stay);
    return m_charts;
}

DocumentsTab *PatientPanel::documents()
{
    if (m_documents)
        return m_documents;
    m_documents = place(DocumentsPage, new DocumentsTab(m_store, m_prompter, m_pages[DocumentsPage]));
    if (m_patient)
        m_documents->show(m_stay);
    return m_documents;
}

void PatientPanel::showTab(QWidget *tab)
{
    if (const int index = indexOf(tab); index >= 0)
        m_tabs->setCurrentIndex(index);
}

QWidget *PatientPanel::currentTab()
{
    return tabAt(m_tabs->currentIndex());
}

int PatientPanel::indexOf(const QWidget *tab) const
{
    return tab ? m_tabs->indexOf(tab->parentWidget()) : -1;
}

void PatientPanel::enterTest(const QString &instrument)
{
    showTab(results());
    m_results->startEntry(instrument);
}

void PatientPanel::showOverview()
{
    if (m_overview && m_patient)
        m_overview->show(*m_patient, m_stay, m_stays, m_unitLabels, m_store.clock().today());
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
    if (m_overview)
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
    m_stays.clear();
    if (m_documents)
        m_documents->show(std::nullopt);
    if (m_overview)
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

    // The tab in front is built first, if it is not yet, so that it is filled once below with the
    // others (built with a patient already shown, it would read the record a second time).
    tabAt(m_tabs->currentIndex());
    const bool sameNotesInProgress = keepNotes && m_overview && m_overview->notesModified();
    const QString draft = sameNotesInProgress ? m_overview->notes() : QString();
    m_patient = *patient;
    if (!sameNotesInProgress)
        m_notesBase = *patient;
    m_stay = shown;
    m_stays = *stays;
    m_header->show(*m_patient, m_stay, m_stay ? m_unitLabels.value(m_stay->unitCode, m_stay->unitCode) : QString(),
                   m_store.clock().today());
    // The tabs built follow.
    showOverview();
    showSummary();
    if (m_results)
        m_results->show(*m_patient, m_stay);
    if (m_charts)
        m_charts->show(m_patient, m_stay);
    if (m_assessment)
        m_assessment->show(m_stay, keepNotes);
    if (m_carePlan)
        m_carePlan->show(m_stay, keepNotes);
    if (m_documents)
        m_documents->show(m_stay);
    if (sameNotesInProgress)
        m_overview->notesEditor()->setPlainText(draft); // unsaved typing survives a refresh
    emit contentChanged();
    return true;
}

bool PatientPanel::hasUnsavedChanges() const
{
    return m_patient && ((m_overview && m_overview->notesModified()) || (m_assessment && m_assessment->isModified()) ||
                         (m_carePlan && m_carePlan->isModified()));
}

bool PatientPanel::saveChanges()
{
    if (m_patient && m_assessment && m_assessment->isModified() && !m_assessment->saveDraft()) {
        showTab(m_assessment); // the reason is shown there
        return false;
    }
    if (m_patient && m_carePlan && m_carePlan->isModified() && !m_carePlan->save()) {
        showTab(m_carePlan);
        return false;
    }
    return saveNotes();
}

bool PatientPanel::saveNotes()
{
    if (!m_patient || !m_overview || !m_overview->notesModified())
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
    if (m_patient && m_overview)
        m_overview->setNotes(m_patient->notes);
    if (m_assessment)
        m_assessment->discardChanges();
    if (m_carePlan)
        m_carePlan->discardChanges();
}

} // namespace smr::ui
