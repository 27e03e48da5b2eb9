#include "ui/stay/StayDialog.h"
#include "ui/common/Labels.h"

#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/stays/StayCalendar.h"
#include "core/stays/StayRules.h"
#include "core/stays/StayService.h"
#include "ui/audit/ConflictDialog.h"
#include "ui/common/CodeCombo.h"
#include "ui/common/DateField.h"
#include "ui/common/FormErrors.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace smr::ui {

StayDialog::StayDialog(StayService &stays, const Clock &clock, const Patient &patient, const QList<Unit> &units,
                       const std::optional<Stay> &existing, QWidget *parent)
    : QDialog(parent)
    , m_stays(stays)
    , m_clock(clock)
    , m_patient(patient)
    , m_original(existing.value_or(Stay()))
    , m_isNew(!existing)
    , m_errors(std::make_unique<FormErrors>())
    , m_banner(makeErrorBanner(this))
    , m_hint(new QLabel(this))
    , m_unit(new QComboBox(this))
    , m_mode(new QButtonGroup(this))
    , m_admission(new DateField(this))
    , m_programme(new QComboBox(this))
    , m_programmeDetail(new QLineEdit(this))
    , m_planned(new DateField(this))
    , m_referrerType(new QComboBox(this))
    , m_referrerName(new QLineEdit(this))
    , m_physician(new QLineEdit(this))
{
    setObjectName(QStringLiteral("stayDialog"));
    setWindowTitle(m_isNew ? tr("Open a stay — %1").arg(patient.displayName())
                           : tr("Edit the stay — %1").arg(patient.displayName()));
    setMinimumWidth(560);

    m_unit->setObjectName(QStringLiteral("unitField"));
    ui::fill(m_unit, units, m_original.unitCode);
    auto *modeRow = new QWidget(this);
    auto *modeLayout = new QVBoxLayout(modeRow);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    for (const StayMode mode : kStayModes.values()) {
        auto *button = new QRadioButton(kStayModes.label(mode), modeRow);
        button->setObjectName(QStringLiteral("mode") + kStayModes.code(mode));
        m_mode->addButton(button, int(mode));
        modeLayout->addWidget(button);
    }
    m_admission->setObjectName(QStringLiteral("admissionField"));
    m_admission->setToday(clock.today());
    m_programme->setObjectName(QStringLiteral("programmeField"));
    m_programme->addItem(tr("To be decided"), QString());
    for (const Programme p : kProgrammes.values())
        m_programme->addItem(kProgrammes.label(p), kProgrammes.code(p));
    m_programmeDetail->setObjectName(QStringLiteral("programmeDetailField"));
    m_programmeDetail->setPlaceholderText(tr("Precision (required wording for \"other\")"));
    m_planned->setObjectName(QStringLiteral("plannedDischargeField"));
    m_planned->setToday(clock.today());
    m_referrerType->setObjectName(QStringLiteral("referrerTypeField"));
    m_referrerType->addItem(tr("Not specified"), QString());
    for (const ReferrerType t : kReferrerTypes.values())
        m_referrerType->addItem(kReferrerTypes.label(t), kReferrerTypes.code(t));
    m_referrerName->setObjectName(QStringLiteral("referrerNameField"));
    m_referrerName->setPlaceholderText(tr("Name, e.g. Dr Martin, CHU Lyon-Sud"));
    m_physician->setObjectName(QStringLiteral("physicianField"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Unit *"), m_errors->withMessage(StayRules::UnitField, m_unit, this));
    form->addRow(tr("Mode *"), m_errors->withMessage(StayRules::ModeField, modeRow, this));
    form->addRow(tr("Admission date *"),
                 m_errors->withMessage(StayRules::AdmissionDate, m_admission->lineEdit(), this, m_admission));
    form->addRow(tr("Programme"), m_errors->withMessage(StayRules::ProgrammeField, m_programme, this));
    form->addRow(QString(), m_programmeDetail);
    form->addRow(tr("Planned discharge"),
                 m_errors->withMessage(StayRules::PlannedDischargeDate, m_planned->lineEdit(), this, m_planned));
    form->addRow(tr("Referred by"), m_referrerType);
    form->addRow(QString(), m_errors->withMessage(StayRules::ReferrerName, m_referrerName, this));
    form->addRow(tr("Coordinating physician"), m_physician);

    m_hint->setObjectName(QStringLiteral("stayHint"));
    m_hint->setProperty("role", QStringLiteral("muted"));
    m_hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    if (m_isNew)
        buttons->button(QDialogButtonBox::Save)->setText(tr("&Open the stay"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StayDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    if (m_isNew) {
        m_admission->setDate(clock.today());
        m_mode->button(int(StayMode::FullHospitalisation))->setChecked(true);
    } else {
        fill(m_original);
    }

    connect(m_programme, &QComboBox::currentIndexChanged, this, [this] {
        proposePlannedDischarge();
        revalidate();
    });
    connect(m_admission, &DateField::edited, this, [this] {
        proposePlannedDischarge();
        revalidate();
    });
    connect(m_admission->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        m_errors->touch(StayRules::AdmissionDate);
        proposePlannedDischarge();
        revalidate();
    });
    connect(m_planned, &DateField::edited, this, [this] {
        m_plannedTyped = !m_planned->isEmpty();
        m_errors->touch(StayRules::PlannedDischargeDate);
        revalidate();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &StayDialog::revalidate);
    connect(m_referrerName, &QLineEdit::textEdited, this, &StayDialog::revalidate);
    revalidate();
}

StayDialog::~StayDialog() = default;

void StayDialog::fill(const Stay &s)
{
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(s.unitCode)));
    m_mode->button(int(s.mode))->setChecked(true);
    m_admission->setDate(s.admissionDate);
    m_programme->setCurrentIndex(s.programme ? m_programme->findData(kProgrammes.code(*s.programme)) : 0);
    m_programmeDetail->setText(s.programmeDetail);
    m_planned->setDate(s.plannedDischargeDate);
    m_plannedTyped = s.plannedDischargeDate.isValid();
    m_referrerType->setCurrentIndex(s.referrerType ? m_referrerType->findData(kReferrerTypes.code(*s.referrerType))
                                                   : 0);
    m_referrerName->setText(s.referrerName);
    m_physician->setText(s.coordinatingPhysician);
}

void StayDialog::proposePlannedDischarge()
{
    if (m_plannedTyped)
        return;
    const std::optional<Programme> programme = kProgrammes.parse(m_programme->currentData().toString());
    const QDate admission = m_admission->date();
    m_planned->setDate(programme && admission.isValid() ? StayCalendar::suggestedPlannedDischarge(*programme, admission)
                                                        : QDate());
}

Stay StayDialog::stay() const
{
    Stay s = m_original;
    s.patientId = m_patient.id;
    s.unitCode = m_unit->currentData().toString();
    if (m_mode->checkedId() >= 0)
        s.mode = StayMode(m_mode->checkedId());
    s.admissionDate = m_admission->date();
    s.programme = kProgrammes.parse(m_programme->currentData().toString());
    s.programmeDetail = m_programmeDetail->text();
    s.plannedDischargeDate = m_planned->date();
    s.referrerType = kReferrerTypes.parse(m_referrerType->currentData().toString());
    s.referrerName = m_referrerName->text();
    s.coordinatingPhysician = m_physician->text();
    if (m_isNew)
        s.status = s.admissionDate.isValid() && s.admissionDate > m_clock.today() ? StayStatus::PreAdmission
                                                                                  : StayStatus::Active;
    return s;
}

QList<FieldError> StayDialog::problems() const
{
    QList<FieldError> errors = StayRules::check(StayRules::normalized(stay()), m_patient, m_clock.today());
    if (const std::optional<QString> problem = m_admission->problem())
        FormErrors::replace(errors, StayRules::AdmissionDate, *problem);
    if (const std::optional<QString> problem = m_planned->problem())
        FormErrors::replace(errors, StayRules::PlannedDischargeDate, *problem);
    if (m_unit->count() == 0)
        FormErrors::replace(errors, StayRules::UnitField, tr("No unit is open: add one in Settings › Units."));
    return errors;
}

void StayDialog::revalidate()
{
    m_errors->show(problems());
    const Stay s = stay();
    if (m_isNew && s.status == StayStatus::PreAdmission)
        m_hint->setText(tr("The admission date is ahead: the stay is recorded as a pre-admission until the patient "
                           "arrives."));
    else if (const std::optional<int> length = StayCalendar::plannedLength(s))
        m_hint->setText(tr("Planned length: %n day(s).", nullptr, *length));
    else
        m_hint->clear();
}

void StayDialog::accept()
{
    if (!m_errors->submit(problems()))
        return;
    const Stay s = stay();
    if (m_isNew) {
        if (m_errors->accepted(storeInto(m_stays.open(s), m_savedId), m_banner))
            QDialog::accept();
        return;
    }
    m_savedId = s.id;
    const Status saved = m_stays.update(s);
    if (!saved && saved.failure().kind() == Failure::Kind::Conflict && resolveConflict(s))
        return;
    if (m_errors->accepted(saved, m_banner))
        QDialog::accept();
}

bool StayDialog::resolveConflict(const Stay &mine)
{
    const Result<Stay> theirs = m_stays.find(mine.id);
    if (!theirs)
        return false;
    const auto chosen =
        ConflictDialog::resolve(m_original, mine, *theirs, tr("the stay of %1").arg(m_patient.displayName()), this);
    if (chosen.outcome == ConflictDialog::Outcome::Cancelled)
        return false;
    // From now on the form edits the newer version, holding the values chosen.
    m_original = chosen.merged;
    fill(m_original);
    if (chosen.outcome == ConflictDialog::Outcome::Save)
        accept();
    return true;
}

} // namespace smr::ui
