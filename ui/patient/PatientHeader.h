#pragma once

#include "core/assessment/AssessmentService.h"
#include "core/patients/Patient.h"
#include "core/stays/Stay.h"

#include <QWidget>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace smr::ui {

// The band at the top of a dossier: who the patient is and where the stay stands, readable at
// a glance (name, age, sex, IPP, stay dates, day N of M, programme, referrer).
class PatientHeader : public QWidget
{
    Q_OBJECT

public:
    explicit PatientHeader(QWidget *parent = nullptr);

    void show(const Patient &patient, const std::optional<Stay> &stay, const QString &unitLabel, const QDate &today);
    // The admission assessment's alerts (unresolved red flags, unjustified exclusions) and the
    // precautions the gym team must respect; hidden when there are none.
    void showAlerts(const StayAlerts &alerts);
    QString alertText() const;
    QString precautionText() const;
    // Room on the right for the dossier's action buttons.
    QVBoxLayout *actions() const { return m_actions; }

    QString nameText() const;
    QString identityText() const;
    QString stayText() const;

private:
    QLabel *m_name;
    QLabel *m_identity;
    QLabel *m_stay;
    QLabel *m_alerts;
    QLabel *m_precautions;
    QVBoxLayout *m_actions;
};

} // namespace smr::ui
