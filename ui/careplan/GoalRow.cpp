#include "ui/careplan/GoalRow.h"

#include "core/careplan/CarePlanRules.h"
#include "core/instruments/InstrumentCatalog.h"
#include "ui/common/CodeCombo.h"
#include "ui/common/DateField.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace smr::ui {

QString goalStatusText(GoalProgress::Status status)
{
    switch (status) {
    case GoalProgress::Status::Met:
        return QStringLiteral("✔ ") + kGoalStatuses.label(status);
    case GoalProgress::Status::OnTrack:
        return QStringLiteral("→ ") + kGoalStatuses.label(status);
    case GoalProgress::Status::OffTrack:
        return QStringLiteral("⚠ ") + kGoalStatuses.label(status);
    case GoalProgress::Status::NotMeasured:
        break;
    }
    return QStringLiteral("○ ") + kGoalStatuses.label(status);
}

GoalRow::GoalRow(const InstrumentCatalog &instruments, const QDate &today, QWidget *parent)
    : QFrame(parent)
    , m_instruments(instruments)
    , m_objective(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_instrument(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_value(new QDoubleSpinBox(this))
    , m_targetDate(new DateField(this))
    , m_text(new QLineEdit(this))
    , m_review(new DateField(this))
    , m_achieved(new DateField(this))
    , m_achievedLabel(new QLabel(tr("Achieved on"), this))
    , m_targetDateLabel(new QLabel(tr("by"), this))
    , m_progress(new QLabel(this))
    , m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("goalRow"));
    setProperty("role", QStringLiteral("questionItem"));
    m_objective->setObjectName(QStringLiteral("goalObjective"));
    m_kind->setObjectName(QStringLiteral("goalKind"));
    m_instrument->setObjectName(QStringLiteral("goalInstrument"));
    m_measure->setObjectName(QStringLiteral("goalMeasure"));
    m_value->setObjectName(QStringLiteral("goalValue"));
    m_targetDate->setObjectName(QStringLiteral("goalTargetDate"));
    m_text->setObjectName(QStringLiteral("goalText"));
    m_review->setObjectName(QStringLiteral("goalReview"));
    m_achieved->setObjectName(QStringLiteral("goalAchieved"));
    m_progress->setObjectName(QStringLiteral("goalProgress"));
    m_progress->setWordWrap(true);
    m_remove->setObjectName(QStringLiteral("removeGoal"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove this goal from the plan"));
    for (DateField *d : {m_targetDate, m_review, m_achieved})
        d->setToday(today);
    m_text->setPlaceholderText(tr("What is aimed at, in words (required when not measured)"));

    fill(m_objective, kObjectives);
    fill(m_kind, kTargetKinds);
    for (const Instrument *i : instruments.all())
        if (!i->measures().isEmpty())
            m_instrument->addItem(i->shortTitle(), i->id());
    m_value->setRange(-1000, 1000);

    // Long labels may shrink: the dossier's panel is half a screen wide.
    for (QComboBox *c : {m_objective, m_kind, m_instrument, m_measure}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
    }
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(10, 8, 10, 8);
    auto *target = new QHBoxLayout;
    target->addWidget(m_kind, 2);
    target->addWidget(m_instrument, 1);
    target->addWidget(m_measure, 1);
    target->addWidget(m_value);
    target->addWidget(m_targetDateLabel);
    target->addWidget(m_targetDate);
    auto *dates = new QHBoxLayout;
    dates->addWidget(new QLabel(tr("Review on"), this));
    dates->addWidget(m_review);
    dates->addSpacing(12);
    dates->addWidget(m_achievedLabel);
    dates->addWidget(m_achieved);
    dates->addStretch();
    dates->addWidget(m_remove);
    grid->addWidget(new QLabel(tr("Objective"), this), 0, 0);
    grid->addWidget(m_objective, 0, 1);
    grid->addWidget(new QLabel(tr("Target"), this), 1, 0);
    grid->addLayout(target, 1, 1);
    grid->addWidget(new QLabel(tr("Text"), this), 2, 0);
    grid->addWidget(m_text, 2, 1);
    grid->addWidget(new QLabel(tr("Dates"), this), 3, 0);
    grid->addLayout(dates, 3, 1);
    grid->addWidget(m_progress, 4, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    const auto changed = [this] {
        if (!m_loading)
            emit edited();
    };
    connect(m_objective, &QComboBox::currentIndexChanged, this, changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, changed] {
        showKind();
        adaptValue();
        changed();
    });
    connect(m_instrument, &QComboBox::currentIndexChanged, this, [this, changed] {
        fillMeasures();
        adaptValue();
        changed();
    });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this, changed] {
        adaptValue();
        changed();
    });
    connect(m_value, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_text, &QLineEdit::textChanged, this, changed);
    for (DateField *d : {m_targetDate, m_review, m_achieved})
        connect(d, &DateField::edited, this, changed);
    connect(m_remove, &QToolButton::clicked, this, &GoalRow::removeRequested);

    fillMeasures();
    adaptValue();
    showKind();
}

void GoalRow::fillMeasures()
{
    const QSignalBlocker block(m_measure);
    m_measure->clear();
    if (const Instrument *i = m_instruments.find(m_instrument->currentData().toString()))
        for (const Measure &m : i->measures())
            m_measure->addItem(m.label, m.key);
}

// The value's range, decimals and unit follow the kind and the measure; a new relative goal
// starts at the usual aim (−30 % for a measure where lower is better, +20 % otherwise).
void GoalRow::adaptValue()
{
    const TargetKind kind = current<TargetKind>(m_kind);
    Goal g;
    g.kind = kind;
    g.instrument = m_instrument->currentData().toString();
    g.measure = m_measure->currentData().toString();
    const std::optional<Measure> m = CarePlanRules::measureOf(g, m_instruments);
    if (!m)
        return;
    const QSignalBlocker block(m_value);
    const double previous = m_value->value();
    const bool lower = m->direction == Measure::Direction::LowerIsBetter;
    if (kind == TargetKind::RelativeChange) {
        m_value->setDecimals(0);
        m_value->setRange(-100, CarePlanRules::MaxRelativeIncrease);
        m_value->setSuffix(QStringLiteral(" %"));
        if (!m_loading && (previous == 0 || (lower ? previous > 0 : previous < 0)))
            m_value->setValue(lower ? -30 : 20);
    } else if (kind == TargetKind::AbsoluteChange) {
        m_value->setDecimals(m->decimals);
        m_value->setRange(-(m->max - m->min), m->max - m->min);
        m_value->setSuffix(QLatin1Char(' ') + m->unit);
    } else {
        m_value->setDecimals(m->decimals);
        m_value->setRange(m->min, m->max);
        m_value->setSuffix(QLatin1Char(' ') + m->unit);
    }
    m_value->setToolTip(lower ? tr("Lower is better for this measure.") : tr("Higher is better for this measure."));
}

void GoalRow::showKind()
{
    const TargetKind kind = current<TargetKind>(m_kind);
    Goal g;
    g.kind = kind;
    const bool measured = g.isMeasured();
    m_instrument->setVisible(measured);
    m_measure->setVisible(measured);
    m_value->setVisible(measured);
    m_targetDateLabel->setVisible(kind == TargetKind::Date);
    m_targetDate->setVisible(kind == TargetKind::Date);
    m_achievedLabel->setVisible(!measured);
    m_achieved->setVisible(!measured);
}

void GoalRow::setGoal(const Goal &goal)
{
    m_loading = true;
    select(m_objective, goal.objective);
    select(m_kind, goal.kind);
    if (goal.isMeasured()) {
        m_instrument->setCurrentIndex(std::max(0, m_instrument->findData(goal.instrument)));
        fillMeasures();
        m_measure->setCurrentIndex(std::max(0, m_measure->findData(goal.measure)));
    }
    adaptValue();
    m_value->setValue(goal.value);
    m_targetDate->setDate(goal.targetDate);
    m_text->setText(goal.text);
    m_review->setDate(goal.reviewDate);
    m_achieved->setDate(goal.achievedOn);
    showKind();
    m_loading = false;
}

Goal GoalRow::goal() const
{
    Goal g;
    g.objective = current<Objective>(m_objective);
    g.kind = current<TargetKind>(m_kind);
    if (g.isMeasured()) {
        g.instrument = m_instrument->currentData().toString();
        g.measure = m_measure->currentData().toString();
        g.value = m_value->value();
    }
    if (g.kind == TargetKind::Date)
        g.targetDate = m_targetDate->date();
    g.text = m_text->text();
    g.reviewDate = m_review->date();
    if (!g.isMeasured())
        g.achievedOn = m_achieved->date();
    return g;
}

void GoalRow::setProgress(const std::optional<GoalProgress> &progress)
{
    m_progress->setVisible(progress.has_value());
    if (!progress)
        return;
    m_progress->setText(
        QStringLiteral("<b>%1</b> — %2")
            .arg(goalStatusText(progress->status).toHtmlEscaped(), progress->explanation.toHtmlEscaped()));
    m_progress->setProperty("status", kGoalStatuses.code(progress->status));
    m_progress->style()->unpolish(m_progress);
    m_progress->style()->polish(m_progress);
}

void GoalRow::setReadOnly(bool readOnly)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_objective, m_kind, m_instrument, m_measure, m_value,
                                                       m_targetDate, m_text, m_review, m_achieved, m_remove})
        w->setEnabled(!readOnly);
}

QList<FieldError> GoalRow::dateProblems(qsizetype index) const
{
    const Goal g = goal();
    QList<FieldError> out;
    const auto add = [&](const DateField *field, const char *key) {
        if (const std::optional<QString> p = field->problem())
            out << FieldError{CarePlanRules::goalField(index, QLatin1String(key)),
                              tr("Goal %1: %2").arg(index + 1).arg(*p)};
    };
    if (g.kind == TargetKind::Date)
        add(m_targetDate, "target_date");
    add(m_review, "review_date");
    if (!g.isMeasured())
        add(m_achieved, "achieved_on");
    return out;
}

} // namespace smr::ui
