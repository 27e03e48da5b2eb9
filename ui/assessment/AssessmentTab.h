#pragma once

#include "core/assessment/AdmissionAssessment.h"
#include "core/common/Result.h"
#include "core/orientation/OrientationRules.h"
#include "core/stays/Stay.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace smr {
class Store;
}

namespace smr::ui {

class AssessmentForm;
class Prompter;

// The dossier's "Admission assessment" tab for the shown stay: the form, what it computes as it
// is filled (BMI and class, exclusions, HC/HTP suggestion, orientation with its reasons), the
// red-flag alerts and their actions, the baseline tests still missing, and the draft's save, the
// physician's signature (read-only afterwards) and a new version with its reason.
class AssessmentTab : public QWidget
{
    Q_OBJECT

public:
    AssessmentTab(Store &store, Prompter &prompter, QWidget *parent = nullptr);

    // Shows the stay's current assessment (or a new draft); keeps what is being typed when
    // `keepEdits` and the same stay is shown again.
    void show(const std::optional<Stay> &stay, bool keepEdits = false);
    bool isModified() const { return m_modified; }
    // Saves the draft; false (the reason shown in the banner) when it could not be.
    bool saveDraft();
    bool sign();
    // Asks for the reason and opens a new version of the signed assessment.
    bool amend();
    void discardChanges();

    AssessmentForm *form() const { return m_form; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *alertLabel() const { return m_alert; }
    QLabel *banner() const { return m_banner; }

signals:
    void modifiedChanged(bool modified);
    // The user asks to enter a baseline test (an instrument id).
    void enterTestRequested(const QString &instrument);
    // Saved or signed (the header and census show the alerts and the stay's mode).
    void saved();

private:
    // Reads what the form shows beside the assessment and does not change as it is typed: the
    // actions recorded on red flags and the orientation's inputs from the stay's results.
    void readStayData();
    void load(const AdmissionAssessment &a);
    void setModified(bool modified);
    void recompute();
    void showRedFlagActions();
    void showBaseline();
    bool accepted(const Result<AdmissionAssessment> &outcome);
    // True (the dates named in the banner) when a date typed is not one.
    bool refusedDates();

    Store &m_store;
    Prompter &m_prompter;
    std::optional<Stay> m_stay;
    AdmissionAssessment m_current;
    bool m_modified = false;
    QList<RedFlagAction> m_actions;
    std::optional<OrientationInput> m_orientationInput;
    QLabel *m_status;
    QLabel *m_alert;
    QLabel *m_banner;
    AssessmentForm *m_form;
    QWidget *m_baseline;
    QVBoxLayout *m_baselineButtons;
    QPushButton *m_save;
    QPushButton *m_sign;
    QPushButton *m_amend;
    QList<QWidget *> m_actionRows;
};

} // namespace smr::ui
