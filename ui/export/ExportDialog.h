#pragma once

#include "core/export/ExportScope.h"
#include "core/patients/Patient.h"
#include "core/stays/Stay.h"

#include <QDialog>

#include <memory>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace smr {
class Store;
}

namespace smr::ui {

class DateField;
class FormErrors;
class Prompter;

// File › Export results… and the dossier's "Export…" (issue #9): what to export (this stay, this
// patient, or a unit over a period of days), as CSV for a spreadsheet or as a FHIR R4 bundle, into
// a file chosen through the Prompter. The core checks the scope and writes the document; the file
// is written under a temporary name and renamed once complete (QSaveFile), so a failed export
// leaves nothing behind. The dialog stays open and says how many results went into which file.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // What the window showed when the dialog was asked for: a patient and the stay shown, and the
    // unit chosen in the list. Without a patient only the unit's period can be exported.
    struct Context {
        std::optional<Patient> patient;
        std::optional<Stay> stay;
        QString unit;
    };

    ExportDialog(Store &store, Prompter &prompter, const Context &context, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // resultats-locomoteur-2026-11-01-2026-11-22.csv, resultats-IPP001.json, …
    static QString defaultFileName(const ExportScope &scope, ExportFormat format, const QString &ipp);

    // Checks what is typed, asks for the file, writes it; false (with the reason shown) when
    // nothing was written.
    bool exportResults();

    QLabel *message() const { return m_message; }
    QLabel *banner() const { return m_banner; }

private:
    std::optional<ExportScope> scope();
    ExportFormat format() const;
    void updateFields();

    Store &m_store;
    Prompter &m_prompter;
    Context m_context;
    std::unique_ptr<FormErrors> m_errors;
    QLabel *m_banner;
    QRadioButton *m_stayScope;
    QRadioButton *m_patientScope;
    QRadioButton *m_unitScope;
    QComboBox *m_unit;
    DateField *m_from;
    DateField *m_to;
    QRadioButton *m_csv;
    QRadioButton *m_fhir;
    QCheckBox *m_bom;
    QLabel *m_message;
    QPushButton *m_export;
};

} // namespace smr::ui
