#pragma once

#include "core/oncall/OnCallNotes.h"
#include "core/patients/Patient.h"
#include "core/stays/Stay.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace smr {
class Store;
} // namespace smr

namespace smr::ui {

class FormErrors;
class Prompter;

// The on-call notes of the stay shown (Stay › On-call notes…): what the physician covering nights
// and weekends must know, printed on the unit's on-call sheet. Three plain texts, prefilled with
// OnCallService::suggested when the stay has none yet (said above them, not saved until Save);
// Save (Ctrl+S) keeps the dialog's text when the core refuses it and says why under the field
// (or in the banner: someone else saved first); closing with unsaved changes asks. Read-only for
// those who may not write them (a physician's notes: the right to write assessments).
class OnCallNotesDialog : public QDialog
{
    Q_OBJECT

public:
    OnCallNotesDialog(Store &store, Prompter &prompter, const Patient &patient, const Stay &stay,
                      QWidget *parent = nullptr);
    ~OnCallNotesDialog() override;

    bool hasUnsavedChanges() const;
    // Saves what is typed; true when it was saved (or there was nothing to save).
    bool save();

    void accept() override;
    // Esc, Cancel and the window's close button: asks about unsaved changes first.
    void reject() override;

private:
    QPlainTextEdit *addField(const QString &field, const QString &label, const QString &objectName,
                             const QString &placeholder);
    void load();
    OnCallNotes typed() const;
    void fill(const OnCallNotes &notes);
    void showSaved(const OnCallNotes &notes);

    Store &m_store;
    Prompter &m_prompter;
    Patient m_patient;
    Stay m_stay;
    std::unique_ptr<FormErrors> m_errors;
    QLabel *m_banner;
    QLabel *m_intro;
    QLabel *m_status;
    QPlainTextEdit *m_medicalIssues = nullptr;
    QPlainTextEdit *m_treatments = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QPushButton *m_save = nullptr;
    OnCallNotes m_shown; // what the fields held when loaded or saved
    int m_version = 0;   // of the stored notes (0: none)
    bool m_writable = false;
};

} // namespace smr::ui
