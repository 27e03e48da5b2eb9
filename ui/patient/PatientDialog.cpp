#include "ui/patient/PatientDialog.h"
#include "ui/common/Labels.h"

#include "core/common/Clock.h"
#include "core/common/Text.h"
#include "core/patients/Nir.h"
#include "core/patients/PatientRules.h"
#include "core/patients/PatientService.h"
#include "ui/audit/ConflictDialog.h"
#include "ui/common/DateField.h"
#include "ui/common/FormErrors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace smr::ui {

namespace {
// A label's text plus the mark of a required field.
QString required(const QString &label)
{
    return label + QStringLiteral(" *");
}
} // namespace

PatientDialog::PatientDialog(PatientService &patients, const Clock &clock, const std::optional<Patient> &existing,
                             QWidget *parent)
    : QDialog(parent)
    , m_patients(patients)
    , m_clock(clock)
    , m_original(existing.value_or(Patient()))
    , m_isNew(!existing)
    , m_errors(std::make_unique<FormErrors>())
    , m_banner(makeErrorBanner(this))
{
    setObjectName(QStringLiteral("patientDialog"));
    setWindowTitle(m_isNew ? tr("New patient") : tr("Edit patient — %1").arg(m_original.displayName()));
    setMinimumWidth(560);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_ipp = addLine(form, PatientRules::Ipp, required(tr("IPP")), QStringLiteral("ippField"));
    m_ipp->setToolTip(tr("Local patient identifier given by the establishment"));
    m_birthName = addLine(form, PatientRules::BirthName, required(tr("Birth name")), QStringLiteral("birthNameField"));
    m_usedName = addLine(form, PatientRules::UsedName, tr("Used name"), QStringLiteral("usedNameField"));
    m_firstNames =
        addLine(form, PatientRules::FirstNames, required(tr("First names")), QStringLiteral("firstNamesField"));

    m_birthDate = new DateField(this);
    m_birthDate->setObjectName(QStringLiteral("birthDateField"));
    m_birthDate->setToday(clock.today());
    form->addRow(required(tr("Birth date")),
                 m_errors->withMessage(PatientRules::BirthDate, m_birthDate->lineEdit(), this, m_birthDate));

    m_sex = new QButtonGroup(this);
    m_female = new QRadioButton(tr("&Female"), this);
    m_male = new QRadioButton(tr("&Male"), this);
    m_female->setObjectName(QStringLiteral("sexFemale"));
    m_male->setObjectName(QStringLiteral("sexMale"));
    m_sex->addButton(m_female, int(Sex::Female));
    m_sex->addButton(m_male, int(Sex::Male));
    auto *sexRow = new QWidget(this);
    auto *sexLayout = new QHBoxLayout(sexRow);
    sexLayout->setContentsMargins(0, 0, 0, 0);
    sexLayout->addWidget(m_female);
    sexLayout->addWidget(m_male);
    sexLayout->addStretch(1);
    form->addRow(required(tr("Sex")), m_errors->withMessage(PatientRules::Sex, m_female, this, sexRow));

    m_nir = addLine(form, PatientRules::NirField, tr("NIR (social security number)"), QStringLiteral("nirField"));
    m_nir->setPlaceholderText(tr("15 characters, key included"));
    m_qualified = new QCheckBox(tr("Qualified identity"), this);
    m_qualified->setObjectName(QStringLiteral("qualifiedField"));
    m_qualified->setToolTip(tr("Tick only after checking an identity document and the INSi teleservice."));
    form->addRow(QString(), m_errors->withMessage(PatientRules::InsQualified, m_qualified, this));

    m_height = addLine(form, PatientRules::HeightCm, tr("Height (cm)"), QStringLiteral("heightField"));
    m_weight = addLine(form, PatientRules::WeightKg, tr("Weight (kg)"), QStringLiteral("weightField"));
    m_gp = addLine(form, QStringLiteral("general_practitioner"), tr("General practitioner"), QStringLiteral("gpField"));
    m_gp->setPlaceholderText(tr("Name and town, e.g. Dr Martin (Villeurbanne)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PatientDialog::reject);

    auto *note = new QLabel(tr("* required"), this);
    note->setProperty("role", QStringLiteral("muted"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    if (!m_isNew)
        fill(m_original);

    connect(m_birthDate, &DateField::edited, this, &PatientDialog::revalidate);
    connect(m_birthDate->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        m_errors->touch(PatientRules::BirthDate);
        revalidate();
    });
    connect(m_sex, &QButtonGroup::idClicked, this, [this] {
        m_errors->touch(PatientRules::Sex);
        revalidate();
    });
    // An identity is qualified on its NIR: the box waits for one.
    const auto followNir = [this] {
        const bool hasNir = !m_nir->text().trimmed().isEmpty();
        m_qualified->setEnabled(hasNir);
        if (!hasNir)
            m_qualified->setChecked(false);
    };
    followNir();
    connect(m_nir, &QLineEdit::textChanged, this, followNir);
    connect(m_qualified, &QCheckBox::toggled, this, [this] {
        m_errors->touch(PatientRules::InsQualified);
        revalidate();
    });
}

PatientDialog::~PatientDialog() = default;

QLineEdit *PatientDialog::addLine(QFormLayout *form, const QString &field, const QString &label,
                                  const QString &objectName)
{
    return m_errors->addLine(form, field, label, objectName, this, [this] { revalidate(); });
}

void PatientDialog::fill(const Patient &p)
{
    m_ipp->setText(p.ipp);
    m_birthName->setText(p.birthName);
    m_usedName->setText(p.usedName);
    m_firstNames->setText(p.firstNames);
    m_birthDate->setDate(p.birthDate);
    (p.sex == Sex::Female ? m_female : m_male)->setChecked(true);
    m_nir->setText(Nir::formatted(p.nir));
    m_qualified->setChecked(p.insQualified);
    const QLocale locale;
    m_height->setText(p.heightCm ? locale.toString(*p.heightCm, 'g', 4) : QString());
    m_weight->setText(p.weightKg ? locale.toString(*p.weightKg, 'g', 4) : QString());
    m_gp->setText(p.generalPractitioner);
}

Patient PatientDialog::patient() const
{
    Patient p = m_original;
    p.ipp = m_ipp->text();
    p.birthName = m_birthName->text();
    p.usedName = m_usedName->text();
    p.firstNames = m_firstNames->text();
    p.birthDate = m_birthDate->date();
    if (m_sex->checkedId() >= 0)
        p.sex = Sex(m_sex->checkedId());
    p.nir = m_nir->text();
    p.insQualified = m_qualified->isChecked();
    p.heightCm = text::parseDecimal(m_height->text());
    p.weightKg = text::parseDecimal(m_weight->text());
    p.generalPractitioner = m_gp->text();
    return p;
}

QList<FieldError> PatientDialog::problems() const
{
    QList<FieldError> errors = PatientRules::check(PatientRules::normalized(patient()), m_clock.today());
    // What the core cannot see: text that does not parse, and a sex not chosen yet.
    if (const std::optional<QString> problem = m_birthDate->problem())
        FormErrors::replace(errors, PatientRules::BirthDate, *problem);
    if (m_sex->checkedId() < 0)
        FormErrors::replace(errors, PatientRules::Sex, tr("Choose the sex: F or M."));
    if (!m_height->text().trimmed().isEmpty() && !text::parseDecimal(m_height->text()))
        FormErrors::replace(errors, PatientRules::HeightCm,
                            tr("\"%1\" is not a number of centimetres.").arg(m_height->text().trimmed()));
    if (!m_weight->text().trimmed().isEmpty() && !text::parseDecimal(m_weight->text()))
        FormErrors::replace(errors, PatientRules::WeightKg,
                            tr("\"%1\" is not a number of kilograms.").arg(m_weight->text().trimmed()));
    return errors;
}

void PatientDialog::revalidate()
{
    m_errors->show(problems());
}

void PatientDialog::accept()
{
    if (!m_errors->submit(problems()))
        return;
    const Patient p = patient();
    if (m_isNew) {
        if (m_errors->accepted(storeInto(m_patients.create(p), m_savedId), m_banner))
            QDialog::accept();
        return;
    }
    m_savedId = p.id;
    const Status saved = m_patients.update(p);
    if (!saved && saved.failure().kind() == Failure::Kind::Conflict && resolveConflict(p))
        return;
    if (m_errors->accepted(saved, m_banner))
        QDialog::accept();
}

bool PatientDialog::resolveConflict(const Patient &mine)
{
    const Result<Patient> theirs = m_patients.find(mine.id);
    if (!theirs)
        return false;
    const auto chosen =
        ConflictDialog::resolve(m_original, mine, *theirs, tr("the identity of %1").arg(theirs->displayName()), this);
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
