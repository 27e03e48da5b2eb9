#pragma once

#include "core/patients/Patient.h"
#include "core/stays/Stay.h"

#include <QHash>
#include <QWidget>

#include <array>
#include <optional>

class QTabWidget;

namespace smr {
class Store;
}

namespace smr::ui {

class AssessmentTab;
class CarePlanTab;
class OverviewTab;
class PatientHeader;
class Prompter;
class ProgressTab;
class ResultsTab;
class DocumentsTab;
class Ticker;

// The right side of the main window: one patient's dossier (header and tabs). It shows the
// patient's open stay, or the latest one.
//
// Each tab is built the first time it is shown or asked for (the accessors below build it): the
// first screen of the application shows the list alone, and building every form of the dossier
// there was most of the start-up time (issue #10). A tab, once built, follows the patient shown.
class PatientPanel : public QWidget
{
    Q_OBJECT

public:
    PatientPanel(Store &store, Prompter &prompter, Ticker &ticker, QWidget *parent = nullptr);

    // Loads `patient` (false, with a message, if it cannot be read).
    bool showPatient(PatientId patient);
    // Reads the shown patient again (after a save elsewhere), keeping unsaved notes.
    void refresh();
    void clear();

    PatientId patientId() const { return m_patient ? m_patient->id : PatientId(); }
    const std::optional<Patient> &patient() const { return m_patient; }
    const std::optional<Stay> &stay() const { return m_stay; }
    void setUnitLabels(const QHash<QString, QString> &labels) { m_unitLabels = labels; }

    bool hasUnsavedChanges() const;
    // Saves the assessment's draft and the notes; false (with the reason shown) when they could
    // not be saved.
    bool saveChanges();
    bool saveNotes();
    void discardChanges();

    PatientHeader *header() const { return m_header; }
    OverviewTab *overview();
    ResultsTab *results();
    ProgressTab *charts();
    AssessmentTab *assessment();
    CarePlanTab *carePlan();
    DocumentsTab *documents();
    QTabWidget *tabs() const { return m_tabs; }
    // Brings `tab` (one of the tabs above) to the front.
    void showTab(QWidget *tab);
    // The tab in front, and the index of a tab in the tab bar.
    QWidget *currentTab();
    int indexOf(const QWidget *tab) const;

signals:
    void unsavedChangesChanged(bool unsaved);
    void contentChanged();

private:
    // The tabs, in the order of the tab bar.
    enum Page { OverviewPage, AssessmentPage, CarePlanPage, TestsPage, ChartsPage, DocumentsPage, PageCount };

    bool load(PatientId id, bool keepNotes);
    void showSummary();
    // Builds the tab at `page` if it is not yet (the tab bar's index).
    QWidget *tabAt(int page);
    // Puts a tab just built in its page.
    template <typename T> T *place(Page page, T *tab);
    void showOverview();
    void enterTest(const QString &instrument);

    Store &m_store;
    Prompter &m_prompter;
    Ticker &m_ticker;
    PatientHeader *m_header;
    QTabWidget *m_tabs;
    // The page of each tab in the tab widget; the tab is made inside it when first needed.
    std::array<QWidget *, PageCount> m_pages{};
    OverviewTab *m_overview = nullptr;
    ResultsTab *m_results = nullptr;
    ProgressTab *m_charts = nullptr;
    AssessmentTab *m_assessment = nullptr;
    CarePlanTab *m_carePlan = nullptr;
    DocumentsTab *m_documents = nullptr;
    std::optional<Patient> m_patient;
    QList<Stay> m_stays;
    // The version the notes being typed started from: a refresh shows newer versions without
    // letting the draft be saved over them unseen.
    Patient m_notesBase;
    std::optional<Stay> m_stay;
    QHash<QString, QString> m_unitLabels;
};

} // namespace smr::ui
