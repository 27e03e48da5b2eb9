#pragma once

#include "core/common/Result.h"
#include "core/patients/Patient.h"
#include "core/stays/Stay.h"
#include "core/units/Unit.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;

namespace smr {
class Clock;
class StayService;
} // namespace smr

namespace smr::ui {

class DateField;
class FormErrors;

// Opens a stay for a patient, or edits an open or past one: unit, HC or HTP, dates, programme,
// referrer and coordinating physician. Choosing a programme proposes its usual planned
// discharge date (4 weeks, 1 week for education) until the user types one.
class StayDialog : public QDialog
{
    Q_OBJECT

public:
    // A new stay for `patient` when `existing` is empty.
    StayDialog(StayService &stays, const Clock &clock, const Patient &patient, const QList<Unit> &units,
               const std::optional<Stay> &existing, QWidget *parent = nullptr);
    ~StayDialog() override;

    StayId savedId() const { return m_savedId; }
    Stay stay() const;
    QList<FieldError> problems() const;
    void accept() override;

private:
    void fill(const Stay &stay);
    // After a save refused because another workstation saved first: both versions, the user's
    // choice, then the form again (or the save). False when the user cancelled.
    bool resolveConflict(const Stay &mine);
    void revalidate();
    void proposePlannedDischarge();

    StayService &m_stays;
    const Clock &m_clock;
    Patient m_patient;
    Stay m_original;
    bool m_isNew;
    bool m_plannedTyped = false;
    StayId m_savedId;
    std::unique_ptr<FormErrors> m_errors;
    QLabel *m_banner;
    QLabel *m_hint;
    QComboBox *m_unit;
    QButtonGroup *m_mode;
    DateField *m_admission;
    QComboBox *m_programme;
    QLineEdit *m_programmeDetail;
    DateField *m_planned;
    QComboBox *m_referrerType;
    QLineEdit *m_referrerName;
    QLineEdit *m_physician;
};

} // namespace smr::ui
