#pragma once

#include "core/common/Result.h"
#include "core/patients/Patient.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace smr {
class Clock;
class PatientService;
} // namespace smr

namespace smr::ui {

class DateField;
class FormErrors;

// Creates or edits a patient's identity. Each field is checked as it is left, with the reason
// beside it; nothing is saved until every rule is met.
class PatientDialog : public QDialog
{
    Q_OBJECT

public:
    // A new patient when `existing` is empty.
    PatientDialog(PatientService &patients, const Clock &clock, const std::optional<Patient> &existing,
                  QWidget *parent = nullptr);
    ~PatientDialog() override;

    PatientId savedId() const { return m_savedId; }
    // What the form holds now, and what is wrong with it (the core's rules plus unreadable text).
    Patient patient() const;
    QList<FieldError> problems() const;

    void accept() override;

private:
    void fill(const Patient &patient);
    // After a save refused because another workstation saved first: both versions, the user's
    // choice, then the form again (or the save). False when the user cancelled.
    bool resolveConflict(const Patient &mine);
    void revalidate();
    QLineEdit *addLine(QFormLayout *form, const QString &field, const QString &label, const QString &objectName);

    PatientService &m_patients;
    const Clock &m_clock;
    Patient m_original;
    bool m_isNew;
    PatientId m_savedId;
    std::unique_ptr<FormErrors> m_errors;
    QLabel *m_banner;
    QLineEdit *m_ipp;
    QLineEdit *m_birthName;
    QLineEdit *m_usedName;
    QLineEdit *m_firstNames;
    DateField *m_birthDate;
    QButtonGroup *m_sex;
    QRadioButton *m_female;
    QRadioButton *m_male;
    QLineEdit *m_nir;
    QCheckBox *m_qualified;
    QLineEdit *m_height;
    QLineEdit *m_weight;
    QLineEdit *m_gp;
};

} // namespace smr::ui
