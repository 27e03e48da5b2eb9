#include "ui/careplan/CarePlanForm.h"

#include "core/careplan/CarePlanRules.h"
#include "ui/careplan/GoalRow.h"
#include "ui/common/DateField.h"
#include "ui/common/Labels.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace smr::ui {

CarePlanForm::CarePlanForm(const InstrumentCatalog &instruments, const QDate &today, QWidget *parent)
    : QWidget(parent), m_instruments(instruments), m_today(today)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(goalsSection());
    layout->addWidget(disciplinesSection());
    layout->addWidget(planSection());
    layout->addStretch();
}

QWidget *CarePlanForm::goalsSection()
{
    auto *box = makeSection(tr("Goals"), QStringLiteral("goalsSection"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(makeMutedLabel(tr("Each goal measurable where possible: ODI −30 % of the baseline, 6-minute walk "
                                        "+50 m, Berg 45 or more, a return-to-work date."),
                                     box));
    m_goalsLayout = new QVBoxLayout;
    layout->addLayout(m_goalsLayout);
    m_addGoal = new QPushButton(tr("&Add a goal"), box);
    m_addGoal->setObjectName(QStringLiteral("addGoalButton"));
    connect(m_addGoal, &QPushButton::clicked, this, [this] {
        // The next objective not yet in the plan, judged in words until the physician says how.
        Goal g;
        QList<Objective> used;
        for (const GoalRow *r : std::as_const(m_rows))
            used << r->goal().objective;
        for (Objective o : kObjectives.values())
            if (!used.contains(o)) {
                g.objective = o;
                break;
            }
        addGoal(g);
        emit edited();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addGoal);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_inputs << m_addGoal;
    return box;
}

QWidget *CarePlanForm::disciplinesSection()
{
    auto *box = makeSection(tr("Disciplines and sessions a week"), QStringLiteral("disciplinesSection"));
    auto *layout = new QVBoxLayout(box);
    auto *grid = new QGridLayout;
    grid->addWidget(makeMutedLabel(tr("Discipline"), box), 0, 0);
    grid->addWidget(makeMutedLabel(tr("Individual"), box), 0, 1);
    grid->addWidget(makeMutedLabel(tr("Collective"), box), 0, 2);
    const QList<Discipline> therapies = CarePlanRules::decreeTherapies();
    int row = 1;
    for (Discipline d : kDisciplines.values()) {
        const QString code = kDisciplines.code(d);
        QString name = kDisciplines.label(d);
        if (therapies.contains(d))
            name += QStringLiteral(" *");
        auto *label = new QLabel(name, box);
        auto *individual = new QSpinBox(box);
        auto *collective = new QSpinBox(box);
        individual->setObjectName(QStringLiteral("individual_%1").arg(code));
        collective->setObjectName(QStringLiteral("collective_%1").arg(code));
        for (QSpinBox *s : {individual, collective}) {
            s->setRange(0, CarePlanRules::MaxSessionsPerWeek);
            s->setSuffix(tr(" / week"));
            connect(s, &QSpinBox::valueChanged, this, [this] {
                recomputeDecree();
                if (!m_loading)
                    emit edited();
            });
            m_inputs << s;
        }
        label->setBuddy(individual);
        grid->addWidget(label, row, 0);
        grid->addWidget(individual, row, 1);
        grid->addWidget(collective, row, 2);
        m_individual << individual;
        m_collective << collective;
        ++row;
    }
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    layout->addWidget(makeMutedLabel(tr("* the therapies of décret n° 2022-25."), box));
    m_totals = new QLabel(box);
    m_totals->setObjectName(QStringLiteral("sessionTotals"));
    layout->addWidget(m_totals);
    m_decree = new QLabel(box);
    m_decree->setObjectName(QStringLiteral("decreeCheck"));
    m_decree->setWordWrap(true);
    layout->addWidget(m_decree);
    m_shortfallReason = new QLineEdit(box);
    m_shortfallReason->setObjectName(QStringLiteral("shortfallReasonField"));
    m_shortfallReason->setPlaceholderText(tr("Reason for the shortfall (required to save a plan short of the decree)"));
    connect(m_shortfallReason, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    layout->addWidget(m_shortfallReason);
    m_inputs << m_shortfallReason;
    return box;
}

QWidget *CarePlanForm::planSection()
{
    auto *box = makeSection(tr("Plan"), QStringLiteral("planSection"));
    auto *form = new QFormLayout(box);
    m_weeks = new QSpinBox(box);
    m_weeks->setObjectName(QStringLiteral("plannedWeeksField"));
    m_weeks->setRange(CarePlanRules::MinWeeks, CarePlanRules::MaxWeeks);
    m_weeks->setSuffix(tr(" weeks"));
    connect(m_weeks, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    m_nextReview = new DateField(box);
    m_nextReview->setObjectName(QStringLiteral("nextReviewField"));
    m_nextReview->setToday(m_today);
    auto *inAWeek = new QPushButton(tr("In a &week"), box);
    inAWeek->setObjectName(QStringLiteral("reviewInAWeekButton"));
    inAWeek->setToolTip(tr("The weekly review: a week from today"));
    connect(inAWeek, &QPushButton::clicked, this, [this] {
        m_nextReview->setDate(m_today.addDays(7));
        emit edited();
    });
    auto *review = new QHBoxLayout;
    review->addWidget(m_nextReview);
    review->addWidget(inAWeek);
    review->addStretch();
    m_agreedOn = new DateField(box);
    m_agreedOn->setObjectName(QStringLiteral("agreedOnField"));
    m_agreedOn->setToday(m_today);
    auto *agreedToday = new QPushButton(tr("Agreed &today"), box);
    agreedToday->setObjectName(QStringLiteral("agreedTodayButton"));
    connect(agreedToday, &QPushButton::clicked, this, [this] {
        m_agreedOn->setDate(m_today);
        emit edited();
    });
    m_agreement = makeMutedLabel(QString(), box, QStringLiteral("agreementLabel"));
    auto *agreement = new QHBoxLayout;
    agreement->addWidget(m_agreedOn);
    agreement->addWidget(agreedToday);
    agreement->addWidget(m_agreement, 1);
    for (DateField *d : {m_nextReview, m_agreedOn})
        connect(d, &DateField::edited, this, [this] {
            if (!m_loading)
                emit edited();
        });
    form->addRow(tr("Planned &duration"), m_weeks);
    // Rows holding a layout get their label's buddy by hand, for the Alt shortcut.
    auto *reviewLabel = new QLabel(tr("Next &review"), box);
    reviewLabel->setBuddy(m_nextReview->lineEdit());
    auto *agreementLabel = new QLabel(tr("Patient's a&greement on"), box);
    agreementLabel->setBuddy(m_agreedOn->lineEdit());
    form->addRow(reviewLabel, review);
    form->addRow(agreementLabel, agreement);
    m_inputs << m_weeks << m_nextReview << inAWeek << m_agreedOn << agreedToday;
    return box;
}

void CarePlanForm::addGoal(const Goal &goal)
{
    auto *row = new GoalRow(m_instruments, m_today, this);
    row->setGoal(goal);
    row->setProgress(std::nullopt);
    connect(row, &GoalRow::edited, this, [this, row] {
        row->setProgress(std::nullopt); // changed: where it stands is known once saved
        emit edited();
    });
    connect(row, &GoalRow::removeRequested, this, [this, row] { removeGoal(row); });
    m_goalsLayout->addWidget(row);
    m_rows << row;
}

void CarePlanForm::removeGoal(GoalRow *row)
{
    m_rows.removeOne(row);
    row->deleteLater();
    emit edited();
}

void CarePlanForm::setPlan(const CarePlan &plan)
{
    m_loading = true;
    m_base = plan;
    for (GoalRow *r : std::as_const(m_rows))
        delete r;
    m_rows.clear();
    for (const Goal &g : plan.goals)
        addGoal(g);
    for (QSpinBox *s : m_individual + m_collective)
        s->setValue(0);
    for (const DisciplinePlan &d : plan.disciplines) {
        m_individual.at(int(d.discipline))->setValue(d.individualPerWeek);
        m_collective.at(int(d.discipline))->setValue(d.collectivePerWeek);
    }
    m_shortfallReason->setText(plan.shortfallReason);
    m_weeks->setValue(plan.plannedWeeks);
    m_nextReview->setDate(plan.nextReview);
    m_agreedOn->setDate(plan.agreedOn);
    m_agreement->setText(plan.agreementRecordedBy.isEmpty() ? QString()
                                                            : tr("recorded by %1").arg(plan.agreementRecordedBy));
    m_loading = false;
    recomputeDecree();
}

QList<DisciplinePlan> CarePlanForm::disciplines() const
{
    QList<DisciplinePlan> out;
    for (Discipline d : kDisciplines.values()) {
        DisciplinePlan p;
        p.discipline = d;
        p.individualPerWeek = m_individual.at(int(d))->value();
        p.collectivePerWeek = m_collective.at(int(d))->value();
        if (p.sessionsPerWeek() > 0)
            out << p;
    }
    return out;
}

CarePlan CarePlanForm::plan() const
{
    CarePlan p = m_base;
    p.goals.clear();
    for (const GoalRow *r : m_rows)
        p.goals << r->goal();
    p.disciplines = disciplines();
    p.shortfallReason = m_shortfallReason->text();
    p.plannedWeeks = m_weeks->value();
    p.nextReview = m_nextReview->date();
    p.agreedOn = m_agreedOn->date();
    return p;
}

void CarePlanForm::setProgress(const QList<GoalStatus> &progress)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows.at(i)->setProgress(i < progress.size() ? std::optional<GoalProgress>(progress.at(i).progress)
                                                      : std::nullopt);
}

void CarePlanForm::setMode(StayMode mode)
{
    m_mode = mode;
    recomputeDecree();
}

void CarePlanForm::recomputeDecree()
{
    const QList<DisciplinePlan> planned = disciplines();
    const CarePlanRules::Totals totals = CarePlanRules::totals(planned);
    m_totals->setText(tr("Total: %1 sessions a week (%2 individual, %3 collective); %4 therapies of the decree.")
                          .arg(totals.sessions)
                          .arg(totals.individual)
                          .arg(totals.collective())
                          .arg(totals.therapies.size()));
    const QList<CarePlanRules::Shortfall> shortfalls = CarePlanRules::decreeShortfalls(planned, m_mode);
    QStringList lines;
    for (const CarePlanRules::Shortfall &s : shortfalls)
        lines << QStringLiteral("• ") + s.text;
    if (shortfalls.isEmpty()) {
        m_decree->setText(tr("✔ Meets the minimum of décret n° 2022-25 in %1.").arg(kStayModes.shortLabel(m_mode)));
        m_decree->setProperty("role", QStringLiteral("muted"));
    } else {
        m_decree->setText(tr("⚠ Short of the minimum of décret n° 2022-25 in %1:").arg(kStayModes.shortLabel(m_mode)) +
                          QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        m_decree->setProperty("role", QStringLiteral("warning"));
    }
    m_decree->style()->unpolish(m_decree);
    m_decree->style()->polish(m_decree);
    m_shortfallReason->setVisible(!shortfalls.isEmpty());
}

void CarePlanForm::setReadOnly(bool readOnly)
{
    for (QWidget *w : std::as_const(m_inputs))
        w->setEnabled(!readOnly);
    for (GoalRow *r : std::as_const(m_rows))
        r->setReadOnly(readOnly);
}

QList<FieldError> CarePlanForm::dateProblems() const
{
    QList<FieldError> out;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        out << m_rows.at(i)->dateProblems(i);
    if (const std::optional<QString> p = m_nextReview->problem())
        out << FieldError{CarePlanRules::NextReviewField, tr("Next review: %1").arg(*p)};
    if (const std::optional<QString> p = m_agreedOn->problem())
        out << FieldError{CarePlanRules::AgreedOnField, tr("Agreement: %1").arg(*p)};
    return out;
}

} // namespace smr::ui
