#pragma once

#include "core/patients/Patient.h"
#include "core/stays/Stay.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPlainTextEdit;

namespace smr {
class Clock;
class StayService;
} // namespace smr

namespace smr::ui {

class DateField;
class FormErrors;

// Moves a stay along: confirms the admission of a pre-admitted patient, records the discharge,
// or cancels the stay with its reason.
class StayStatusDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { Admit, Discharge, Cancel };

    StayStatusDialog(Action action, StayService &stays, const Clock &clock, const Patient &patient, const Stay &stay,
                     QWidget *parent = nullptr);
    ~StayStatusDialog() override;

    void accept() override;

private:
    Action m_action;
    StayService &m_stays;
    Stay m_stay;
    std::unique_ptr<FormErrors> m_errors;
    QLabel *m_banner;
    DateField *m_date = nullptr;
    QPlainTextEdit *m_reason = nullptr;
};

} // namespace smr::ui
