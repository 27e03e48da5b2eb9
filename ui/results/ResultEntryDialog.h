#pragma once

#include "core/patients/Patient.h"
#include "core/results/TestResult.h"
#include "core/stays/Stay.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;
class QTimer;

namespace smr {
class Clock;
class Instrument;
class ResultService;
} // namespace smr

namespace smr::ui {

class DateField;
class EntryForm;
class Prompter;
class Ticker;

// Entering one test result: when it was performed, the instrument's form, remarks, the score
// and its interpretation live at the bottom. What is typed is saved as a draft as it is typed
// (closing keeps it; reopening resumes it); Validate scores and saves the final result. A
// correction of a final result is the same dialog, prefilled, with its reason required.
class ResultEntryDialog : public QDialog
{
    Q_OBJECT

public:
    struct Setup {
        const Instrument *instrument = nullptr;
        Patient patient;
        Stay stay;
        QString enteredBy;
        std::optional<TestResult> draft;      // a draft to resume
        std::optional<TestResult> correcting; // the final result this corrects
    };

    ResultEntryDialog(ResultService &results, const Clock &clock, Ticker &ticker, Prompter &prompter, Setup setup,
                      QWidget *parent = nullptr);
    ~ResultEntryDialog() override;

    EntryForm *form() const { return m_form; }
    // The final result once validated.
    const std::optional<TestResult> &saved() const { return m_saved; }
    // The draft as last saved (nothing until the first change).
    const std::optional<TestResult> &draft() const { return m_draft; }
    QString liveSummary() const;

    // Saves the draft now (it is otherwise saved shortly after each change).
    bool saveDraftNow();

public slots:
    void accept() override;
    void reject() override;
    void discardDraft();

private:
    TestResult current() const;
    void changed();
    void updateLiveScore();

    ResultService &m_results;
    const Clock &m_clock;
    Prompter &m_prompter;
    Setup m_setup;
    EntryForm *m_form = nullptr;
    DateField *m_date;
    QTimeEdit *m_time;
    QLineEdit *m_enteredBy;
    QPlainTextEdit *m_remarks;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_summary;
    QLabel *m_interpretation;
    QLabel *m_notes;
    QLabel *m_banner;
    QLabel *m_draftState;
    QPushButton *m_validate;
    QPushButton *m_discard;
    QTimer *m_draftTimer;
    std::optional<TestResult> m_draft;
    std::optional<TestResult> m_saved;
    bool m_dirty = false;
};

} // namespace smr::ui
