#include "ui/assessment/AssessmentForm.h"
#include "ui/common/CodeCombo.h"

#include "core/assessment/AssessmentRules.h"
#include "core/common/Dates.h"
#include "core/common/Text.h"
#include "ui/common/DateField.h"
#include "ui/common/Labels.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace smr::ui {

namespace {

std::optional<int> spinValue(const QSpinBox *s)
{
    return s->value() == s->minimum() ? std::nullopt : std::optional<int>(s->value());
}

void setSpin(QSpinBox *s, const std::optional<int> &v)
{
    s->setValue(v ? *v : s->minimum());
}

QString decimalText(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'g', 4) : QString(); // 72 or 72,5, as the patient form writes them
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

AssessmentForm::AssessmentForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_sections = {historySection(),   painSection(), workSection(),       redFlagSection(),    psychosocialSection(),
                  exclusionSection(), modeSection(), precautionSection(), orientationSection()};
    for (QWidget *s : m_sections)
        layout->addWidget(s);
    layout->addStretch();
}

QPlainTextEdit *AssessmentForm::text(const QString &objectName, int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    connect(edit, &QPlainTextEdit::textChanged, this, &AssessmentForm::edited);
    return edit;
}

QSpinBox *AssessmentForm::optionalSpin(const QString &objectName, int min, int max, const QString &suffix)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(min - 1, max);
    spin->setSpecialValueText(QStringLiteral("—"));
    spin->setSuffix(suffix);
    spin->setValue(min - 1);
    connect(spin, &QSpinBox::valueChanged, this, &AssessmentForm::edited);
    return spin;
}

QLineEdit *AssessmentForm::decimal(const QString &objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setMaximumWidth(120);
    connect(edit, &QLineEdit::textChanged, this, &AssessmentForm::edited);
    return edit;
}

QComboBox *AssessmentForm::answerCombo(const QString &objectName)
{
    auto *box = new QComboBox;
    box->setObjectName(objectName);
    fill(box, kFlagAnswers);
    connect(box, &QComboBox::currentIndexChanged, this, &AssessmentForm::edited);
    return box;
}

QCheckBox *AssessmentForm::check(const QString &label, const QString &objectName)
{
    auto *box = new QCheckBox(label);
    box->setObjectName(objectName);
    connect(box, &QCheckBox::toggled, this, &AssessmentForm::edited);
    return box;
}

QWidget *AssessmentForm::historySection()
{
    auto *box = makeSection(tr("Reason for admission and history"), QStringLiteral("historySection"));
    auto *form = new QFormLayout(box);
    m_reason = text(QStringLiteral("reasonField"));
    m_referrerQuestion = text(QStringLiteral("referrerQuestionField"));
    m_history = text(QStringLiteral("historyField"), 3);
    m_comorbidities = text(QStringLiteral("comorbiditiesField"));
    m_treatments = text(QStringLiteral("treatmentsField"), 3);
    form->addRow(tr("&Reason for admission *"), m_reason);
    form->addRow(tr("Referrer's &question"), m_referrerQuestion);
    form->addRow(tr("Medical and surgical &history"), m_history);

    m_surgeries = new QTableWidget(0, 2);
    m_surgeries->setObjectName(QStringLiteral("surgeriesTable"));
    m_surgeries->setHorizontalHeaderLabels({tr("Spine surgery"), tr("Date (dd/mm/yyyy)")});
    m_surgeries->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_surgeries->verticalHeader()->hide();
    m_surgeries->setFixedHeight(110);
    connect(m_surgeries, &QTableWidget::itemChanged, this, &AssessmentForm::edited);
    auto *add = new QPushButton(tr("Add a spine surgery"));
    add->setObjectName(QStringLiteral("addSurgeryButton"));
    connect(add, &QPushButton::clicked, this, [this] { addSurgeryRow(); });
    auto *surgeries = new QWidget;
    auto *surgeryLayout = new QVBoxLayout(surgeries);
    surgeryLayout->setContentsMargins(0, 0, 0, 0);
    surgeryLayout->addWidget(m_surgeries);
    surgeryLayout->addWidget(add, 0, Qt::AlignLeft);
    form->addRow(tr("Spine surgery"), surgeries);
    form->addRow(tr("&Comorbidities"), m_comorbidities);
    form->addRow(tr("Current &treatments"), m_treatments);

    m_analgesic = new QComboBox;
    m_analgesic->setObjectName(QStringLiteral("analgesicField"));
    fill(m_analgesic, kAnalgesicLevels);
    connect(m_analgesic, &QComboBox::currentIndexChanged, this, &AssessmentForm::edited);
    m_corticosteroids = check(tr("Corticosteroids"), QStringLiteral("corticosteroidsField"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_analgesic);
    row->addWidget(m_corticosteroids);
    row->addStretch();
    // A row of two fields: the label is the combo box's buddy, so that its mnemonic works (a label
    // made by addRow for a layout has none, and would show the "&").
    auto *analgesicLabel = new QLabel(tr("&Analgesics (WHO step)"));
    analgesicLabel->setBuddy(m_analgesic);
    form->addRow(analgesicLabel, row);
    return box;
}

void AssessmentForm::addSurgeryRow(const SpineSurgery &s)
{
    const int row = m_surgeries->rowCount();
    m_surgeries->insertRow(row);
    m_surgeries->setItem(row, 0, new QTableWidgetItem(s.description));
    m_surgeries->setItem(row, 1, new QTableWidgetItem(s.date.isValid() ? dates::display(s.date) : QString()));
}

QWidget *AssessmentForm::painSection()
{
    auto *box = makeSection(tr("Pain"), QStringLiteral("painSection"));
    auto *form = new QFormLayout(box);
    m_painRest = optionalSpin(QStringLiteral("painRestField"), 0, 10, QStringLiteral(" / 10"));
    m_painActivity = optionalSpin(QStringLiteral("painActivityField"), 0, 10, QStringLiteral(" / 10"));
    m_painLocation = new QLineEdit;
    m_painLocation->setObjectName(QStringLiteral("painLocationField"));
    connect(m_painLocation, &QLineEdit::textChanged, this, &AssessmentForm::edited);
    m_radiation = new QComboBox;
    m_radiation->setObjectName(QStringLiteral("radiationField"));
    fill(m_radiation, kLegRadiations);
    connect(m_radiation, &QComboBox::currentIndexChanged, this, &AssessmentForm::edited);
    form->addRow(tr("Pain at &rest"), m_painRest);
    form->addRow(tr("Pain on &activity"), m_painActivity);
    form->addRow(tr("&Location"), m_painLocation);
    form->addRow(tr("Radiation to the &leg"), m_radiation);
    return box;
}

QWidget *AssessmentForm::workSection()
{
    auto *box = makeSection(tr("Work and social situation, height and weight"), QStringLiteral("workSection"));
    auto *form = new QFormLayout(box);
    m_occupation = new QLineEdit;
    m_occupation->setObjectName(QStringLiteral("occupationField"));
    connect(m_occupation, &QLineEdit::textChanged, this, &AssessmentForm::edited);
    m_sickLeave = new DateField;
    m_sickLeave->setObjectName(QStringLiteral("sickLeaveField"));
    connect(m_sickLeave, &DateField::edited, this, &AssessmentForm::edited);
    m_occupationalCase = new QComboBox;
    m_occupationalCase->setObjectName(QStringLiteral("occupationalCaseField"));
    fill(m_occupationalCase, kOccupationalCases);
    connect(m_occupationalCase, &QComboBox::currentIndexChanged, this, &AssessmentForm::edited);
    m_occupationalPhysician = answerCombo(QStringLiteral("occupationalPhysicianField"));
    m_livesAlone = answerCombo(QStringLiteral("livesAloneField"));
    m_distance = optionalSpin(QStringLiteral("distanceField"), 0, 600, tr(" min"));
    m_drives = answerCombo(QStringLiteral("drivesField"));
    m_height = decimal(QStringLiteral("heightField"));
    m_weight = decimal(QStringLiteral("weightField"));
    m_bmi = new QLabel;
    m_bmi->setObjectName(QStringLiteral("bmiLabel"));
    m_bmi->setWordWrap(true);
    form->addRow(tr("&Occupation"), m_occupation);
    form->addRow(tr("Sick leave since"), m_sickLeave);
    form->addRow(tr("Work accident or occupational disease"), m_occupationalCase);
    form->addRow(tr("Employer in contact with the occupational physician"), m_occupationalPhysician);
    form->addRow(tr("Lives alone"), m_livesAlone);
    form->addRow(tr("&Distance home–centre"), m_distance);
    form->addRow(tr("Able to drive"), m_drives);
    auto *body = new QHBoxLayout;
    body->addWidget(m_height);
    body->addWidget(new QLabel(tr("cm")));
    body->addSpacing(12);
    body->addWidget(m_weight);
    body->addWidget(new QLabel(tr("kg")));
    body->addStretch();
    form->addRow(tr("Height, weight"), body);
    form->addRow(QString(), m_bmi);
    return box;
}

QWidget *AssessmentForm::redFlagSection()
{
    auto *box = makeSection(tr("Red flags (HAS 2019)"), QStringLiteral("redFlagSection"));
    auto *outer = new QVBoxLayout(box);
    auto *grid = new QGridLayout;
    for (RedFlag f : kRedFlags.values()) {
        const int row = int(f);
        auto *label = new QLabel(kRedFlags.label(f));
        label->setWordWrap(true);
        grid->addWidget(label, row, 0);
        auto *group = new QButtonGroup(this);
        for (FlagAnswer a : {FlagAnswer::Yes, FlagAnswer::No, FlagAnswer::NotAssessed}) {
            auto *radio = new QRadioButton(kFlagAnswers.label(a));
            radio->setObjectName(QStringLiteral("red_%1_%2").arg(kRedFlags.code(f), kFlagAnswers.code(a)));
            group->addButton(radio, int(a));
            grid->addWidget(radio, row, 1 + (a == FlagAnswer::Yes ? 0 : a == FlagAnswer::No ? 1 : 2));
        }
        group->button(int(FlagAnswer::NotAssessed))->setChecked(true);
        connect(group, &QButtonGroup::idToggled, this, [this](int, bool on) {
            if (on)
                emit edited();
        });
        m_redFlags[std::size_t(f)] = group;
    }
    grid->setColumnStretch(0, 1);
    outer->addLayout(grid);
    m_redFlagActions = new QVBoxLayout;
    outer->addLayout(m_redFlagActions);
    return box;
}

QWidget *AssessmentForm::psychosocialSection()
{
    auto *box = makeSection(tr("Yellow, blue and black flags"), QStringLiteral("psychosocialSection"));
    auto *form = new QFormLayout(box);
    for (PsychosocialFlag f : kPsychosocialFlags.values()) {
        // The category's examples are the placeholder of its text: short rows that wrap nowhere.
        auto *tick = check(capitalized(kPsychosocialFlags.shortLabel(f)),
                           QStringLiteral("flag_%1").arg(kPsychosocialFlags.code(f)));
        tick->setToolTip(kPsychosocialFlags.label(f));
        auto *detail = new QLineEdit;
        detail->setObjectName(QStringLiteral("flag_%1_text").arg(kPsychosocialFlags.code(f)));
        detail->setPlaceholderText(kPsychosocialFlags.label(f).section(QLatin1Char(':'), 1).trimmed());
        detail->setToolTip(kPsychosocialFlags.label(f));
        connect(detail, &QLineEdit::textChanged, this, &AssessmentForm::edited);
        form->addRow(tick, detail);
        m_flagTicks[std::size_t(f)] = tick;
        m_flagTexts[std::size_t(f)] = detail;
    }
    return box;
}

QWidget *AssessmentForm::exclusionSection()
{
    auto *box = makeSection(tr("Exclusion criteria"), QStringLiteral("exclusionSection"));
    auto *layout = new QVBoxLayout(box);
    for (Exclusion e : kExclusions.values()) {
        auto *tick =
            check(capitalized(kExclusions.shortLabel(e)), QStringLiteral("exclusion_%1").arg(kExclusions.code(e)));
        tick->setToolTip(kExclusions.label(e));
        if (e == Exclusion::SevereObesity) {
            tick->setEnabled(false); // from the BMI
            tick->setToolTip(tr("Ticked by itself when the BMI is 40 or more."));
        }
        layout->addWidget(tick);
        m_exclusions[std::size_t(e)] = tick;
    }
    m_exclusionWarning = new QLabel;
    m_exclusionWarning->setObjectName(QStringLiteral("exclusionWarning"));
    m_exclusionWarning->setProperty("role", QStringLiteral("warning"));
    m_exclusionWarning->setWordWrap(true);
    m_exclusionWarning->setVisible(false);
    layout->addWidget(m_exclusionWarning);
    m_justification = text(QStringLiteral("justificationField"));
    m_justification->setPlaceholderText(tr("Why the stay continues despite the criterion"));
    layout->addWidget(m_justification);
    return box;
}

QWidget *AssessmentForm::modeSection()
{
    auto *box = makeSection(tr("Full or day hospitalisation"), QStringLiteral("modeSection"));
    auto *form = new QFormLayout(box);
    m_comorbidity = check(tr("Comorbidities needing supervision"), QStringLiteral("comorbidityField"));
    m_resistantPain = check(tr("Severe pain resistant to treatment"), QStringLiteral("resistantPainField"));
    m_modeSuggestion = new QLabel;
    m_modeSuggestion->setObjectName(QStringLiteral("modeSuggestion"));
    m_modeSuggestion->setWordWrap(true);
    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("modeField"));
    m_mode->addItem(tr("To choose"), -1);
    fill(m_mode, kStayModes);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &AssessmentForm::edited);
    form->addRow(m_comorbidity);
    form->addRow(m_resistantPain);
    form->addRow(tr("Suggestion"), m_modeSuggestion);
    form->addRow(tr("&Mode chosen *"), m_mode);
    return box;
}

QWidget *AssessmentForm::precautionSection()
{
    auto *box = makeSection(tr("Precautions for rehabilitation"), QStringLiteral("precautionSection"));
    auto *form = new QFormLayout(box);
    m_maxHeartRate = optionalSpin(QStringLiteral("maxHeartRateField"), 60, 220, tr(" /min"));
    m_maxSystolic = optionalSpin(QStringLiteral("maxSystolicField"), 90, 250, QStringLiteral(" mmHg"));
    m_maxDiastolic = optionalSpin(QStringLiteral("maxDiastolicField"), 50, 150, QStringLiteral(" mmHg"));
    auto *pressure = new QHBoxLayout;
    pressure->addWidget(m_maxSystolic);
    pressure->addWidget(new QLabel(QStringLiteral("/")));
    pressure->addWidget(m_maxDiastolic);
    pressure->addStretch();
    m_weightBearing = new QComboBox;
    m_weightBearing->setObjectName(QStringLiteral("weightBearingField"));
    fill(m_weightBearing, kWeightBearings);
    connect(m_weightBearing, &QComboBox::currentIndexChanged, this, &AssessmentForm::edited);
    m_weightBearingDetail = new QLineEdit;
    m_weightBearingDetail->setObjectName(QStringLiteral("weightBearingDetailField"));
    m_weightBearingDetail->setPlaceholderText(tr("Limb, side, until when"));
    connect(m_weightBearingDetail, &QLineEdit::textChanged, this, &AssessmentForm::edited);
    auto *bearing = new QHBoxLayout;
    bearing->addWidget(m_weightBearing);
    bearing->addWidget(m_weightBearingDetail, 1);
    m_brace = check(tr("Brace"), QStringLiteral("braceField"));
    m_braceDetail = new QLineEdit;
    m_braceDetail->setObjectName(QStringLiteral("braceDetailField"));
    m_braceDetail->setPlaceholderText(tr("Which brace, when"));
    connect(m_braceDetail, &QLineEdit::textChanged, this, &AssessmentForm::edited);
    auto *brace = new QHBoxLayout;
    brace->addWidget(m_brace);
    brace->addWidget(m_braceDetail, 1);
    m_lifting = optionalSpin(QStringLiteral("liftingField"), 0, 50, QStringLiteral(" kg"));
    m_fallRisk = check(tr("Fall risk"), QStringLiteral("fallRiskField"));
    m_osteoporosis = check(tr("Osteoporosis"), QStringLiteral("osteoporosisField"));
    auto *risks = new QHBoxLayout;
    risks->addWidget(m_fallRisk);
    risks->addWidget(m_osteoporosis);
    risks->addStretch();
    m_otherPrecaution = new QLineEdit;
    m_otherPrecaution->setObjectName(QStringLiteral("otherPrecautionField"));
    connect(m_otherPrecaution, &QLineEdit::textChanged, this, &AssessmentForm::edited);
    form->addRow(tr("Maximum heart rate"), m_maxHeartRate);
    form->addRow(tr("Maximum blood pressure"), pressure);
    form->addRow(tr("Weight-bearing"), bearing);
    form->addRow(tr("Brace"), brace);
    form->addRow(tr("Lifting limit"), m_lifting);
    form->addRow(tr("Risks"), risks);
    form->addRow(tr("Other"), m_otherPrecaution);
    return box;
}

QWidget *AssessmentForm::orientationSection()
{
    auto *box = makeSection(tr("Orientation"), QStringLiteral("orientationSection"));
    auto *form = new QFormLayout(box);
    m_complex = check(tr("Complex medical profile"), QStringLiteral("complexField"));
    m_cognitive = check(tr("Cognitive or psychiatric disorder"), QStringLiteral("cognitiveField"));
    m_disability = check(tr("Disability"), QStringLiteral("disabilityField"));
    m_fatigable = check(tr("&Fatigability"), QStringLiteral("fatigableField"));
    m_fatigable->setToolTip(tr("Tires quickly on effort: weighs on the orientation and on the groups."));
    // One under the other: side by side, the three made the form wider than a dossier beside the
    // list (the form was cut on the right).
    auto *profiles = new QVBoxLayout;
    profiles->addWidget(m_complex);
    profiles->addWidget(m_cognitive);
    profiles->addWidget(m_disability);
    m_orientationSuggestion = new QLabel;
    m_orientationSuggestion->setObjectName(QStringLiteral("orientationSuggestion"));
    m_orientationSuggestion->setWordWrap(true);
    m_orientation = new QComboBox;
    m_orientation->setObjectName(QStringLiteral("orientationField"));
    // The longest orientation would set the form's width; the list shows each in full.
    m_orientation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_orientation->setMinimumContentsLength(24);
    m_orientation->addItem(tr("To choose"), -1);
    fill(m_orientation, kOrientations);
    connect(m_orientation, &QComboBox::currentIndexChanged, this, &AssessmentForm::edited);
    m_orientationNote = new QLineEdit;
    m_orientationNote->setObjectName(QStringLiteral("orientationNoteField"));
    connect(m_orientationNote, &QLineEdit::textChanged, this, &AssessmentForm::edited);
    form->addRow(tr("Level-2 profiles"), profiles);
    form->addRow(tr("Effort"), m_fatigable);
    form->addRow(tr("Suggestion"), m_orientationSuggestion);
    form->addRow(tr("&Orientation chosen *"), m_orientation);
    m_orientationNote->setPlaceholderText(tr("Required when the orientation chosen is not the one suggested"));
    form->addRow(tr("Reason, &note"), m_orientationNote);
    return box;
}

void AssessmentForm::setToday(const QDate &today)
{
    m_today = today;
    m_sickLeave->setToday(today);
}

void AssessmentForm::setReadOnly(bool readOnly)
{
    for (QWidget *s : m_sections)
        s->setEnabled(!readOnly);
    // A signed assessment is read as a document: the style sheet keeps its text dark
    // ("readOnlyForm"); the descendants are polished again to follow the new property.
    setProperty("readOnlyForm", readOnly);
    for (QWidget *w : findChildren<QWidget *>()) {
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
}

QList<FieldError> AssessmentForm::dateProblems() const
{
    QList<FieldError> out;
    if (const std::optional<QString> p = m_sickLeave->problem())
        out << FieldError{AssessmentRules::SickLeaveField, tr("Sick leave since: %1").arg(*p)};
    for (int row = 0; row < m_surgeries->rowCount(); ++row) {
        const QString when = m_surgeries->item(row, 1) ? m_surgeries->item(row, 1)->text().trimmed() : QString();
        if (!when.isEmpty() && !dates::parseUserInput(when, m_today))
            out << FieldError{AssessmentRules::SurgeriesField + QStringLiteral("[%1]").arg(row),
                              tr("Spine surgery, line %1: \"%2\" is not a date: type it as DD/MM/YYYY, for "
                                 "example 12/03/2019.")
                                  .arg(row + 1)
                                  .arg(when)};
    }
    return out;
}

void AssessmentForm::setAssessment(const AdmissionAssessment &a)
{
    const QSignalBlocker block(this);
    m_base = a;
    m_reason->setPlainText(a.reason);
    m_referrerQuestion->setPlainText(a.referrerQuestion);
    m_history->setPlainText(a.history);
    m_surgeries->setRowCount(0);
    for (const SpineSurgery &s : a.spineSurgeries)
        addSurgeryRow(s);
    m_comorbidities->setPlainText(a.comorbidities);
    m_treatments->setPlainText(a.treatments);
    select(m_analgesic, a.analgesicLevel);
    m_corticosteroids->setChecked(a.corticosteroids);
    setSpin(m_painRest, a.painRest);
    setSpin(m_painActivity, a.painActivity);
    m_painLocation->setText(a.painLocation);
    select(m_radiation, a.legRadiation);
    m_occupation->setText(a.occupation);
    m_sickLeave->setDate(a.sickLeaveSince);
    select(m_occupationalCase, a.occupationalCase);
    select(m_occupationalPhysician, a.occupationalPhysicianContact);
    select(m_livesAlone, a.livesAlone);
    setSpin(m_distance, a.distanceMinutes);
    select(m_drives, a.ableToDrive);
    m_height->setText(decimalText(a.heightCm));
    m_weight->setText(decimalText(a.weightKg));
    for (RedFlag f : kRedFlags.values())
        m_redFlags[std::size_t(f)]->button(int(a.redFlag(f)))->setChecked(true);
    for (PsychosocialFlag f : kPsychosocialFlags.values()) {
        m_flagTicks[std::size_t(f)]->setChecked(a.flag(f).present);
        m_flagTexts[std::size_t(f)]->setText(a.flag(f).text);
    }
    for (Exclusion e : kExclusions.values())
        m_exclusions[std::size_t(e)]->setChecked(a.excluded(e));
    m_justification->setPlainText(a.exclusionJustification);
    m_comorbidity->setChecked(a.severeComorbidity);
    m_resistantPain->setChecked(a.resistantPain);
    m_mode->setCurrentIndex(a.chosenMode ? m_mode->findData(int(*a.chosenMode)) : 0);
    const Precautions &p = a.precautions;
    setSpin(m_maxHeartRate, p.maxHeartRate);
    setSpin(m_maxSystolic, p.maxSystolic);
    setSpin(m_maxDiastolic, p.maxDiastolic);
    select(m_weightBearing, p.weightBearing);
    m_weightBearingDetail->setText(p.weightBearingDetail);
    m_brace->setChecked(p.brace);
    m_braceDetail->setText(p.braceDetail);
    setSpin(m_lifting, p.liftingLimitKg);
    m_fallRisk->setChecked(p.fallRisk);
    m_osteoporosis->setChecked(p.osteoporosis);
    m_otherPrecaution->setText(p.other);
    m_complex->setChecked(a.complexProfile);
    m_cognitive->setChecked(a.cognitiveOrPsychiatric);
    m_disability->setChecked(a.disability);
    m_fatigable->setChecked(a.fatigable);
    m_orientation->setCurrentIndex(a.orientation ? m_orientation->findData(int(*a.orientation)) : 0);
    m_orientationNote->setText(a.orientationNote);
}

AdmissionAssessment AssessmentForm::assessment() const
{
    AdmissionAssessment a = m_base;
    a.reason = m_reason->toPlainText();
    a.referrerQuestion = m_referrerQuestion->toPlainText();
    a.history = m_history->toPlainText();
    a.spineSurgeries.clear();
    for (int row = 0; row < m_surgeries->rowCount(); ++row) {
        const QString what = m_surgeries->item(row, 0) ? m_surgeries->item(row, 0)->text().trimmed() : QString();
        const QString when = m_surgeries->item(row, 1) ? m_surgeries->item(row, 1)->text().trimmed() : QString();
        if (what.isEmpty() && when.isEmpty())
            continue;
        a.spineSurgeries << SpineSurgery{what, dates::parseUserInput(when, m_today).value_or(QDate())};
    }
    a.comorbidities = m_comorbidities->toPlainText();
    a.treatments = m_treatments->toPlainText();
    a.analgesicLevel = current<AnalgesicLevel>(m_analgesic);
    a.corticosteroids = m_corticosteroids->isChecked();
    a.painRest = spinValue(m_painRest);
    a.painActivity = spinValue(m_painActivity);
    a.painLocation = m_painLocation->text();
    a.legRadiation = current<LegRadiation>(m_radiation);
    a.occupation = m_occupation->text();
    a.sickLeaveSince = m_sickLeave->date();
    a.occupationalCase = current<OccupationalCase>(m_occupationalCase);
    a.occupationalPhysicianContact = current<FlagAnswer>(m_occupationalPhysician);
    a.livesAlone = current<FlagAnswer>(m_livesAlone);
    a.distanceMinutes = spinValue(m_distance);
    a.ableToDrive = current<FlagAnswer>(m_drives);
    a.heightCm = smr::text::parseDecimal(m_height->text());
    a.weightKg = smr::text::parseDecimal(m_weight->text());
    for (RedFlag f : kRedFlags.values())
        a.setRedFlag(f, FlagAnswer(m_redFlags[std::size_t(f)]->checkedId()));
    for (PsychosocialFlag f : kPsychosocialFlags.values())
        a.flag(f) = PsychosocialNote{m_flagTicks[std::size_t(f)]->isChecked(), m_flagTexts[std::size_t(f)]->text()};
    for (Exclusion e : kExclusions.values())
        a.setExcluded(e, e != Exclusion::SevereObesity && m_exclusions[std::size_t(e)]->isChecked());
    a.exclusionJustification = m_justification->toPlainText();
    a.severeComorbidity = m_comorbidity->isChecked();
    a.resistantPain = m_resistantPain->isChecked();
    const int mode = m_mode->currentData().toInt();
    a.chosenMode = mode < 0 ? std::nullopt : std::optional<StayMode>(StayMode(mode));
    Precautions &p = a.precautions;
    p.maxHeartRate = spinValue(m_maxHeartRate);
    p.maxSystolic = spinValue(m_maxSystolic);
    p.maxDiastolic = spinValue(m_maxDiastolic);
    p.weightBearing = current<WeightBearing>(m_weightBearing);
    p.weightBearingDetail = m_weightBearingDetail->text();
    p.brace = m_brace->isChecked();
    p.braceDetail = m_braceDetail->text();
    p.liftingLimitKg = spinValue(m_lifting);
    p.fallRisk = m_fallRisk->isChecked();
    p.osteoporosis = m_osteoporosis->isChecked();
    p.other = m_otherPrecaution->text();
    a.complexProfile = m_complex->isChecked();
    a.cognitiveOrPsychiatric = m_cognitive->isChecked();
    a.disability = m_disability->isChecked();
    a.fatigable = m_fatigable->isChecked();
    const int orientation = m_orientation->currentData().toInt();
    a.orientation = orientation < 0 ? std::nullopt : std::optional<Orientation>(Orientation(orientation));
    a.orientationNote = m_orientationNote->text();
    return a;
}

} // namespace smr::ui
