#include "ui/overview/StaySummary.h"

#include "ui/careplan/GoalRow.h"
#include "ui/common/Labels.h"
#include "ui/common/Layouts.h"
#include "ui/overview/InstrumentCardView.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace smr::ui {

namespace {

void clearLabels(QVBoxLayout *layout, QList<QLabel *> &labels)
{
    for (QLabel *label : labels) {
        layout->removeWidget(label);
        delete label;
    }
    labels.clear();
}

// A card is readable from about 300 pixels wide (a value of the 6-minute walk or of the Dallas on
// two lines at most): two cards a row in a dossier beside the list, three on a wide screen.
constexpr int CardWidth = 300;

} // namespace

StaySummary::StaySummary(QWidget *parent)
    : QWidget(parent)
    , m_alertsBox(makeSection(tr("Needs attention"), QStringLiteral("alertsSection")))
    , m_alerts(new QVBoxLayout(m_alertsBox))
    , m_cardGrid(new QGridLayout)
    , m_goalsBox(makeSection(tr("Care plan goals"), QStringLiteral("goalsSection")))
    , m_goals(new QVBoxLayout(m_goalsBox))
{
    auto *cardsBox = makeSection(tr("Tests of the stay"), QStringLiteral("cardsSection"));
    cardsBox->setLayout(m_cardGrid);
    m_cardGrid->setSpacing(8);
    m_alerts->setSpacing(4);
    m_goals->setSpacing(4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_alertsBox);
    layout->addWidget(cardsBox);
    layout->addWidget(m_goalsBox);
}

InstrumentCardView *StaySummary::card(const QString &instrument) const
{
    for (InstrumentCardView *c : m_cards)
        if (c->instrument() == instrument)
            return c;
    return nullptr;
}

void StaySummary::clear()
{
    show(StayOverview{}, false);
}

void StaySummary::show(const StayOverview &overview, bool canRecord)
{
    clearLabels(m_alerts, m_alertLabels);
    for (const OverviewAlert &a : overview.alerts) {
        auto *label =
            new QLabel((a.severity == Assessment::Severity::Bad ? QStringLiteral("✖ ") : QStringLiteral("⚠ ")) + a.text,
                       m_alertsBox);
        label->setObjectName(QStringLiteral("overviewAlert"));
        label->setWordWrap(true);
        label->setProperty("role", QStringLiteral("overviewAlert"));
        setStyleProperty(label, "severity", severityName(a.severity));
        m_alerts->addWidget(label);
        m_alertLabels << label;
    }
    m_alertsBox->setVisible(!m_alertLabels.isEmpty());

    while (m_cards.size() > overview.cards.size())
        delete m_cards.takeLast();
    while (m_cards.size() < overview.cards.size()) {
        auto *view = new InstrumentCardView(this);
        connect(view, &InstrumentCardView::enterTestRequested, this, &StaySummary::enterTestRequested);
        m_cards << view;
    }
    for (qsizetype i = 0; i < overview.cards.size(); ++i)
        m_cards.at(i)->show(overview.cards.at(i), canRecord);
    m_columns = 0;
    layoutCards();

    clearLabels(m_goals, m_goalLabels);
    if (!overview.hasCarePlan) {
        auto *none = makeMutedLabel(tr("No care plan yet for this stay."), m_goalsBox);
        m_goals->addWidget(none);
        m_goalLabels << none;
    }
    for (const GoalStatus &g : overview.goals) {
        const QString text =
            QStringLiteral("<b>%1</b> — %2 : %3")
                .arg(goalStatusText(g.progress.status).toHtmlEscaped(),
                     kObjectives.label(g.goal.objective).toHtmlEscaped(), g.progress.explanation.toHtmlEscaped());
        auto *label = new QLabel(text, m_goalsBox);
        label->setObjectName(QStringLiteral("overviewGoal"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        m_goals->addWidget(label);
        m_goalLabels << label;
    }
    m_goalsBox->setVisible(overview.hasCarePlan || !overview.cards.isEmpty());
}

void StaySummary::layoutCards()
{
    const int columns = std::clamp(width() / CardWidth, 1, 3);
    if (columns == m_columns)
        return;
    m_columns = columns;
    placeInColumns(m_cardGrid, m_cards, columns, 3);
}

void StaySummary::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutCards();
}

} // namespace smr::ui
