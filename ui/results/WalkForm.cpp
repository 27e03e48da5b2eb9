#include "ui/results/WalkForm.h"

#include "core/instruments/SixMinuteWalkInstrument.h"
#include "ui/common/Labels.h"
#include "ui/results/FieldsForm.h"
#include "ui/results/Ticker.h"
#include "ui/results/WalkAnswers.h"
#include "ui/results/WalkCountdown.h"

#include <QFont>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace smr::ui {

using namespace walk;

namespace {

QLabel *makeLabel(const QString &name, QWidget *parent, int pointSize = 0, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    if (pointSize > 0 || bold) {
        QFont f = label->font();
        if (pointSize > 0)
            f.setPointSize(pointSize);
        f.setBold(bold);
        label->setFont(f);
    }
    return label;
}

} // namespace

WalkForm::WalkForm(const Instrument &instrument, const EntryContext &context, QWidget *parent)
    : EntryForm(instrument, context, parent)
{
    setObjectName(QStringLiteral("walkForm"));
    m_ticker = context.ticker ? context.ticker : new SystemTicker(this);

    m_banner = makeErrorBanner(this);

    // The four values of the reference equation, as they will be used.
    auto *patientBox = new QGroupBox(tr("Patient (for the reference equation)"), this);
    auto *patientLayout = new QVBoxLayout(patientBox);
    m_patient = new FieldsForm(
        instrument, context,
        {QStringLiteral("sex"), QStringLiteral("age"), QStringLiteral("height_cm"), QStringLiteral("weight_kg")}, 4,
        patientBox);
    patientLayout->addWidget(m_patient);

    auto *timerBox = new QGroupBox(tr("Six minutes"), this);
    auto *timerLayout = new QVBoxLayout(timerBox);
    m_countdown = new WalkCountdown(m_ticker, context.clock, timerBox);
    timerLayout->addWidget(m_countdown);
    timerLayout->addWidget(buildResults());
    timerLayout->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(timerBox, 3);
    top->addWidget(buildLaps(), 2);

    auto *measuresBox = new QGroupBox(tr("Before and after"), this);
    auto *measuresLayout = new QVBoxLayout(measuresBox);
    const QString none;
    m_measures = new FieldsForm(instrument, context,
                                {QStringLiteral("hr_before"),
                                 QStringLiteral("hr_after"),
                                 QStringLiteral("walking_aid"),
                                 QStringLiteral("spo2_before"),
                                 QStringLiteral("spo2_after"),
                                 QStringLiteral("spo2_lowest"),
                                 QStringLiteral("sbp_before"),
                                 QStringLiteral("sbp_after"),
                                 QStringLiteral("oxygen_l_min"),
                                 QStringLiteral("dbp_before"),
                                 QStringLiteral("dbp_after"),
                                 none,
                                 QStringLiteral("borg_dyspnoea_before"),
                                 QStringLiteral("borg_dyspnoea_after"),
                                 none,
                                 QStringLiteral("borg_fatigue_before"),
                                 QStringLiteral("borg_fatigue_after"),
                                 none,
                                 QStringLiteral("symptoms"),
                                 QStringLiteral("stopped_early_reason")},
                                3, measuresBox);
    measuresLayout->addWidget(m_measures);

    auto *criteria = makeLabel(QStringLiteral("stopCriteria"), this);
    criteria->setProperty("role", QStringLiteral("muted"));
    criteria->setText(tr("Stop the test for: chest pain, intolerable dyspnoea, leg cramps, staggering, diaphoresis, "
                         "pale or ashen appearance.") +
                      QLatin1Char('\n') +
                      tr("Relative contraindications: resting heart rate above 120/min, SBP above 180 mmHg, DBP "
                         "above 100 mmHg; absolute: unstable angina or myocardial infarction in the last month."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(patientBox);
    layout->addLayout(top);
    layout->addWidget(measuresBox);
    layout->addWidget(criteria);
    layout->addStretch(1);

    for (FieldsForm *part : parts()) {
        connect(part, &FieldsForm::answersChanged, this, [this] {
            if (m_filling)
                return;
            recompute();
            emit answersChanged();
        });
    }
    connect(m_countdown, &WalkCountdown::started, this, [this] {
        if (!m_lapFields->isFilled(Laps))
            m_lapFields->setValue(Laps, 0);
        // The keyboard waits on the lap button: "+", Space or a click count a length.
        m_lapButton->setFocus(Qt::OtherFocusReason);
    });
    connect(m_countdown, &WalkCountdown::paused, this,
            [this] { m_stopFields->setValue(Stops, qint64(m_stopFields->number(Stops).value_or(0)) + 1); });
    connect(m_countdown, &WalkCountdown::resumed, this, [this](qint64 pauseMs) {
        const double total = m_stopFields->number(StopSeconds).value_or(0) + std::round(double(pauseMs) / 1000.0);
        m_stopFields->setValue(StopSeconds, total);
    });
    const auto noStops = [this] {
        // A test that ran without a stop says so.
        if (!m_stopFields->isFilled(Stops))
            m_stopFields->setValue(Stops, 0);
        if (!m_stopFields->isFilled(StopSeconds))
            m_stopFields->setValue(StopSeconds, 0);
    };
    connect(m_countdown, &WalkCountdown::finished, this, [this, noStops] {
        noStops();
        if (QLineEdit *partial = m_lapFields->lineEdit(Partial))
            partial->setFocus(Qt::OtherFocusReason);
    });
    connect(m_countdown, &WalkCountdown::aborted, this, [this, noStops](qint64 elapsedMs) {
        noStops();
        // The declaration has no field for the time walked: the reason starts with it.
        const QString reason = QStringLiteral("stopped_early_reason");
        if (!m_measures->isFilled(reason)) {
            const qint64 seconds = elapsedMs / 1000;
            m_measures->setValue(
                reason, tr("Stopped at %1:%2 — ").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
            m_measures->setAttention(reason, tr("Give the reason for stopping early."));
        }
        if (QLineEdit *editor = m_measures->lineEdit(reason)) {
            editor->setFocus(Qt::OtherFocusReason);
            editor->end(false);
        }
    });

    m_filling = true;
    m_lapFields->setValue(Track, DefaultTrackMetres);
    m_filling = false;
    prefillPatient();
    recompute();
}

QWidget *WalkForm::buildLaps()
{
    auto *box = new QGroupBox(tr("Lengths"), this);
    auto *layout = new QVBoxLayout(box);
    m_lapCount = makeLabel(QStringLiteral("lapCount"), box, 48, true);
    m_lapCount->setAlignment(Qt::AlignCenter);
    m_lapCount->setAccessibleName(tr("Lengths walked"));
    layout->addWidget(m_lapCount);

    m_lapButton = new QPushButton(tr("+1 length"), box);
    m_lapButton->setObjectName(QStringLiteral("lapButton"));
    m_lapButton->setProperty("role", QStringLiteral("primary"));
    m_lapButton->setMinimumHeight(84);
    QFont big = m_lapButton->font();
    big.setPointSize(22);
    big.setBold(true);
    m_lapButton->setFont(big);
    m_undoButton = new QPushButton(QStringLiteral("−1"), box);
    m_undoButton->setObjectName(QStringLiteral("lapUndoButton"));
    m_undoButton->setToolTip(tr("Takes back a length counted by mistake (key −)."));
    m_undoButton->setMinimumHeight(84);
    // Clicked with the mouse, −1 must not keep the keyboard (Space would take another length back).
    m_undoButton->setFocusPolicy(Qt::NoFocus);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_lapButton, 4);
    buttons->addWidget(m_undoButton, 1);
    layout->addLayout(buttons);
    auto *keys = makeLabel(QStringLiteral("lapKeysHint"), box);
    keys->setProperty("role", QStringLiteral("muted"));
    keys->setAlignment(Qt::AlignCenter);
    keys->setText(tr("Keys: + one more length, − one less."));
    layout->addWidget(keys);

    m_lapFields = new FieldsForm(instrument(), context(), {Track, Laps, Partial}, 1, box);
    layout->addWidget(m_lapFields);
    // Counted by the Pause button of the countdown, or typed.
    m_stopFields = new FieldsForm(instrument(), context(), {Stops, StopSeconds}, 1, box);
    layout->addWidget(m_stopFields);

    // A distance measured another way replaces the count: say so where it is typed.
    m_distanceField = new FieldsForm(instrument(), context(), {Distance}, 1, box);
    layout->addWidget(m_distanceField);
    auto *note = makeLabel(QStringLiteral("distanceNote"), box);
    note->setProperty("role", QStringLiteral("muted"));
    note->setText(tr("Leave the distance empty to use lengths × track length + partial length; a typed distance "
                     "replaces that computation."));
    layout->addWidget(note);
    layout->addStretch(1);
    const int labels = std::max(
        {m_lapFields->labelColumnWidth(), m_stopFields->labelColumnWidth(), m_distanceField->labelColumnWidth()});
    for (FieldsForm *part : {m_lapFields, m_stopFields, m_distanceField})
        part->setLabelColumnWidth(labels);

    connect(m_lapButton, &QPushButton::clicked, this, [this] { addLaps(1); });
    connect(m_undoButton, &QPushButton::clicked, this, [this] { addLaps(-1); });
    // "+" and "−" anywhere in the form except where they are typed (line edits take them first).
    auto *plus = new QShortcut(QKeySequence(Qt::Key_Plus), this);
    plus->setContext(Qt::WidgetWithChildrenShortcut);
    connect(plus, &QShortcut::activated, this, [this] { addLaps(1); });
    auto *minus = new QShortcut(QKeySequence(Qt::Key_Minus), this);
    minus->setContext(Qt::WidgetWithChildrenShortcut);
    connect(minus, &QShortcut::activated, this, [this] { addLaps(-1); });
    return box;
}

QWidget *WalkForm::buildResults()
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("walkResults"));
    auto *layout = new QVBoxLayout(frame);
    auto *line = new QHBoxLayout;
    m_distance = makeLabel(QStringLiteral("distanceLabel"), frame, 28, true);
    m_distance->setWordWrap(false);
    m_distanceSource = makeLabel(QStringLiteral("distanceSource"), frame);
    m_distanceSource->setProperty("role", QStringLiteral("muted"));
    line->addWidget(m_distance);
    line->addWidget(m_distanceSource, 1);
    layout->addLayout(line);
    m_predicted = makeLabel(QStringLiteral("predictedLabel"), frame);
    m_lln = makeLabel(QStringLiteral("llnLabel"), frame);
    m_percent = makeLabel(QStringLiteral("percentLabel"), frame, 14, true);
    m_ageCaution = makeLabel(QStringLiteral("ageCautionLabel"), frame);
    m_ageCaution->setProperty("role", QStringLiteral("warning"));
    layout->addWidget(m_predicted);
    layout->addWidget(m_lln);
    layout->addWidget(m_percent);
    layout->addWidget(m_ageCaution);
    return frame;
}

QList<FieldsForm *> WalkForm::parts() const
{
    return {m_patient, m_stopFields, m_lapFields, m_distanceField, m_measures};
}

void WalkForm::addLaps(int delta)
{
    const qint64 laps = qint64(m_lapFields->number(Laps).value_or(0));
    m_lapFields->setValue(Laps, std::max<qint64>(laps + delta, 0));
}

void WalkForm::prefillPatient()
{
    // What the record lacks stays empty and asks to be measured: the equation needs all four.
    const QJsonObject facts = instrument().withPatientDefaults(m_patient->answers(), context().patient);
    m_filling = true;
    for (const QString &key : m_patient->keys()) {
        if (!m_patient->isFilled(key) && facts.contains(key))
            m_patient->setValue(key, facts.value(key));
        if (!m_patient->isFilled(key))
            m_patient->setAttention(key, tr("Not in the patient's record: measure it and type it."));
    }
    m_filling = false;
}

std::optional<double> WalkForm::computedDistance() const
{
    const std::optional<double> laps = m_lapFields->number(Laps);
    const std::optional<double> partial = m_lapFields->number(Partial);
    if (!laps && !partial)
        return std::nullopt;
    const std::optional<double> track = m_lapFields->number(Track);
    if (laps && *laps > 0 && !track)
        return std::nullopt;
    return std::round((laps.value_or(0) * track.value_or(0) + partial.value_or(0)) * 10) / 10;
}

void WalkForm::recompute()
{
    const qint64 laps = qint64(m_lapFields->number(Laps).value_or(0));
    m_lapCount->setText(QLocale().toString(laps));
    m_undoButton->setEnabled(laps > 0);

    const std::optional<double> computed = computedDistance();
    std::optional<double> distance = computed;
    if (m_distanceField->isFilled(Distance)) {
        distance = m_distanceField->number(Distance);
        m_distanceSource->setText(
            !distance  ? tr("The typed distance is not a number.")
            : computed ? tr("typed: replaces the %1 m counted (lengths × track + partial)").arg(metres(*computed))
                       : tr("typed"));
        setStyleProperty(m_distanceSource, "severity", QStringLiteral("caution"));
    } else if (computed) {
        const QString count =
            tr("%1 × %2 m").arg(QLocale().toString(laps), metres(m_lapFields->number(Track).value_or(0)));
        const std::optional<double> partial = m_lapFields->number(Partial);
        m_distanceSource->setText(partial ? tr("%1 + %2 m").arg(count, metres(*partial)) : count);
        setStyleProperty(m_distanceSource, "severity", QString());
    } else {
        m_distanceSource->setText(m_lapFields->number(Laps).value_or(0) > 0
                                      ? tr("Give the track length.")
                                      : tr("Count the lengths with +1, or type the distance."));
        setStyleProperty(m_distanceSource, "severity", QString());
    }
    m_distance->setText(distance ? tr("%1 m").arg(metres(*distance)) : tr("— m"));

    // Enright & Sherrill 1998, on the four values as shown.
    const QString sex = m_patient->value(QStringLiteral("sex")).toString();
    const std::optional<double> age = m_patient->number(QStringLiteral("age"));
    const std::optional<double> height = m_patient->number(QStringLiteral("height_cm"));
    const std::optional<double> weight = m_patient->number(QStringLiteral("weight_kg"));
    if (sex.isEmpty() || !age || !height || !weight || *age <= 0 || *height <= 0 || *weight <= 0) {
        m_predicted->setText(tr("Predicted distance: needs the sex, age, height and weight."));
        m_lln->clear();
        m_percent->clear();
        m_ageCaution->clear();
        m_lln->setVisible(false);
        m_percent->setVisible(false);
        m_ageCaution->setVisible(false);
        setStyleProperty(m_percent, "severity", QString());
        return;
    }
    const auto p = SixMinuteWalkInstrument::predict(sex == QLatin1String("M"), *height, *weight, int(*age));
    m_predicted->setText(
        tr("Predicted distance: %1 m (Enright & Sherrill 1998).").arg(metres(std::round(p.predicted))));
    QString lln = tr("Lower limit of normal: %1 m.").arg(metres(std::round(p.lowerLimit)));
    if (distance)
        lln += QLatin1Char(' ') +
               (*distance < p.lowerLimit ? tr("The distance is below it.") : tr("The distance is above it."));
    m_lln->setText(lln);
    m_lln->setVisible(true);
    const bool percent = distance && p.predicted > 0;
    m_percent->setText(percent ? tr("%1 % of predicted").arg(QLocale().toString(*distance / p.predicted * 100, 'f', 0))
                               : QString());
    m_percent->setVisible(percent);
    setStyleProperty(m_percent, "severity",
                     !percent                   ? QString()
                     : *distance < p.lowerLimit ? QStringLiteral("bad")
                                                : QStringLiteral("good"));
    const bool outside = *age < 40 || *age > 80;
    m_ageCaution->setText(outside ? tr("Age outside 40–80 years, the ages the equation was derived on: interpret "
                                       "the prediction with caution.")
                                  : QString());
    m_ageCaution->setVisible(outside);
}

QJsonObject WalkForm::answers() const
{
    QJsonObject out;
    for (const FieldsForm *part : parts()) {
        const QJsonObject a = part->answers();
        for (auto it = a.begin(); it != a.end(); ++it)
            out.insert(it.key(), it.value());
    }
    if (!m_distanceField->isFilled(Distance)) {
        if (const std::optional<double> d = computedDistance())
            out.insert(Distance, *d);
    }
    return out;
}

void WalkForm::setAnswers(const QJsonObject &answers)
{
    m_filling = true;
    for (FieldsForm *part : parts())
        part->setAnswers(answers);
    // The stored distance is typed only when it is not what the lengths give.
    const std::optional<double> computed = computedDistance();
    if (computed && answers.value(Distance).isDouble() &&
        std::abs(answers.value(Distance).toDouble() - *computed) < 0.05)
        m_distanceField->setValue(Distance, QJsonValue());
    if (!answers.contains(Track))
        m_lapFields->setValue(Track, DefaultTrackMetres);
    m_filling = false;
    prefillPatient();
    recompute();
}

void WalkForm::showProblems(const QList<FieldError> &problems)
{
    for (FieldsForm *part : parts())
        part->markProblems(problems);
    // In the banner only what no part shows (each part shows a few of the fields).
    QStringList banner;
    for (const FieldError &e : problems) {
        const QList<FieldsForm *> all = parts();
        if (std::none_of(all.begin(), all.end(), [&e](const FieldsForm *part) { return part->shows(e.field); }))
            banner << e.message;
    }
    m_banner->setText(banner.join(QLatin1Char('\n')));
    m_banner->setVisible(!banner.isEmpty());
}

void WalkForm::focusFirst()
{
    if (QWidget *start = m_countdown->findChild<QWidget *>(QStringLiteral("startButton")))
        start->setFocus(Qt::OtherFocusReason);
}

bool WalkForm::isTiming() const
{
    return m_countdown->state() == WalkCountdown::State::Running;
}

} // namespace smr::ui
