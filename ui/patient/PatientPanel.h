#pragma once

#include "core/patients/Patient.h"
#include "core/stays/Stay.h"

#include <QHash>
#include <QWidget>

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
    OverviewTab *overview() const { return m_overview; }
    ResultsTab *results() const { return m_results; }
    ProgressTab *charts() const { return m_charts; }
    AssessmentTab *assessment() const { return m_assessment; }
    CarePlanTab *carePlan() const { return m_carePlan; }
    DocumentsTab *documents() const { return m_documents; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void unsavedChangesChanged(bool unsaved);
    void contentChanged();

private:
    bool load(PatientId id, bool keepNotes);
    void showSummary();

    Store &m_store;
    Prompter &m_prompter;
    PatientHeader *m_header;
    QTabWidget *m_tabs;
    OverviewTab *m_overview;
    ResultsTab *m_results;
    ProgressTab *m_charts;
    AssessmentTab *m_assessment;
    CarePlanTab *m_carePlan;
    DocumentsTab *m_documents;
    std::optional<Patient> m_patient;
    // The version the notes being typed started from: a refresh shows newer versions without
    // letting the draft be saved over them unseen.
    Patient m_notesBase;
    std::optional<Stay> m_stay;
    QHash<QString, QString> m_unitLabels;
};

} // namespace smr::ui
