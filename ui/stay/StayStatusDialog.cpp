#include "ui/stay/StayStatusDialog.h"
#include "ui/common/Labels.h"

#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/stays/StayRules.h"
#include "core/stays/StayService.h"
#include "ui/common/DateField.h"
#include "ui/common/FormErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace smr::ui {

StayStatusDialog::StayStatusDialog(Action action, StayService &stays, const Clock &clock, const Patient &patient,
                                   const Stay &stay, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_stays(stays)
    , m_stay(stay)
    , m_errors(std::make_unique<FormErrors>())
    , m_banner(makeErrorBanner(this))
{
    setObjectName(QStringLiteral("stayStatusDialog"));
    setMinimumWidth(480);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("confirmButton"));

    auto addDate = [&](const QString &field, const QString &label, const QDate &initial) {
        m_date = new DateField(this);
        m_date->setObjectName(QStringLiteral("dateField"));
        m_date->setToday(clock.today());
        m_date->setDate(initial);
        form->addRow(label, m_errors->withMessage(field, m_date->lineEdit(), this, m_date));
    };

    const QString who = patient.displayName();
    switch (action) {
    case Action::Admit:
        setWindowTitle(tr("Confirm the admission — %1").arg(who));
        intro->setText(
            tr("%1 was expected on %2. Record the day of arrival.").arg(who, dates::display(stay.admissionDate)));
        addDate(StayRules::AdmissionDate, tr("Admitted on *"), clock.today());
        ok->setText(tr("&Admit"));
        break;
    case Action::Discharge:
        setWindowTitle(tr("Discharge — %1").arg(who));
        intro->setText(tr("Closes the stay that began on %1. Past stays remain in the dossier.")
                           .arg(dates::display(stay.admissionDate)));
        addDate(StayRules::DischargeDate, tr("Discharged on *"),
                stay.plannedDischargeDate.isValid() && stay.plannedDischargeDate <= clock.today()
                    ? stay.plannedDischargeDate
                    : clock.today());
        ok->setText(tr("&Record the discharge"));
        break;
    case Action::Cancel:
        setWindowTitle(tr("Cancel the stay — %1").arg(who));
        intro->setText(tr("The stay stays in the dossier, marked as cancelled, with its reason."));
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonField"));
        m_reason->setTabChangesFocus(true);
        m_reason->setMaximumHeight(90);
        form->addRow(tr("Reason *"), m_errors->withMessage(StayRules::CancellationReason, m_reason, this));
        ok->setText(tr("Cancel the &stay"));
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Keep the stay"));
        break;
    }

    connect(buttons, &QDialogButtonBox::accepted, this, &StayStatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StayStatusDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

StayStatusDialog::~StayStatusDialog() = default;

void StayStatusDialog::accept()
{
    if (m_date) {
        if (const std::optional<QString> problem = m_date->problem()) {
            const QString field = m_action == Action::Admit ? StayRules::AdmissionDate : StayRules::DischargeDate;
            m_errors->submit({{field, *problem}});
            return;
        }
    }
    Status outcome = Done{};
    switch (m_action) {
    case Action::Admit:
        outcome = m_stays.admit(m_stay.id, m_date->date());
        break;
    case Action::Discharge:
        outcome = m_stays.close(m_stay.id, m_date->date());
        break;
    case Action::Cancel:
        outcome = m_stays.cancel(m_stay.id, m_reason->toPlainText());
        break;
    }
    if (m_errors->accepted(outcome, m_banner))
        QDialog::accept();
}

} // namespace smr::ui
