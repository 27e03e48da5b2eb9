#include "ui/oncall/OnCallSheetDialog.h"

#include "core/Store.h"
#include "core/common/Clock.h"
#include "core/documents/OnCallSheetComposer.h"
#include "ui/common/CodeCombo.h"
#include "ui/common/DateField.h"
#include "ui/common/FormErrors.h"
#include "ui/common/Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace smr::ui {

OnCallSheetDialog::OnCallSheetDialog(Store &store, const QString &unit, QWidget *parent)
    : QDialog(parent), m_errors(std::make_unique<FormErrors>()), m_unit(new QComboBox(this)), m_day(new DateField(this))
{
    setObjectName(QStringLiteral("onCallSheetDialog"));
    setWindowTitle(tr("On-call sheet"));
    setMinimumWidth(460);
    m_unit->setObjectName(QStringLiteral("unitField"));
    if (const Result<QList<Unit>> units = store.units().list())
        fill(m_unit, *units);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unit)));
    m_day->setObjectName(QStringLiteral("dayField"));
    m_day->setToday(store.clock().today());
    m_day->setDate(store.clock().today());

    auto *form = new QFormLayout;
    form->addRow(tr("&Unit"), m_errors->withMessage(OnCallSheetComposer::UnitField, m_unit, this));
    form->addRow(tr("&Day"), m_errors->withMessage(OnCallSheetComposer::DayField, m_day->lineEdit(), this, m_day));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write the sheet…"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("writeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OnCallSheetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(makeMutedLabel(tr("The patients in the unit on that day, full hospitalisation first, with "
                                        "their on-call notes (Stay › On-call notes…), red flags and precautions."),
                                     this));
    layout->addWidget(buttons);
}

OnCallSheetDialog::~OnCallSheetDialog() = default;

DocumentSubject OnCallSheetDialog::subject() const
{
    return DocumentSubject::onCall(m_unit->currentData().toString(), m_day->date());
}

void OnCallSheetDialog::accept()
{
    QList<FieldError> errors;
    if (m_unit->currentIndex() < 0)
        errors << FieldError{OnCallSheetComposer::UnitField, tr("No unit is configured: File › Settings › Units.")};
    if (const std::optional<QString> problem = m_day->problem())
        errors << FieldError{OnCallSheetComposer::DayField, *problem};
    else if (!m_day->date().isValid())
        errors << FieldError{OnCallSheetComposer::DayField, tr("The day is required (a date, as 22/11/2026).")};
    m_errors->touchAll();
    if (m_errors->submit(errors))
        QDialog::accept();
}

} // namespace smr::ui
