#include "ui/meeting/DecisionsPanel.h"

#include "core/Store.h"
#include "core/common/Dates.h"
#include "core/meetings/MeetingText.h"
#include "ui/common/CodeCombo.h"
#include "ui/common/DateField.h"
#include "ui/common/Labels.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace smr::ui {

namespace {
constexpr int ActionIdRole = Qt::UserRole + 1;
constexpr int VersionRole = Qt::UserRole + 2;
} // namespace

DecisionsPanel::DecisionsPanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_previous(makeMutedLabel(QString(), this, QStringLiteral("previousDecisions")))
    , m_decisions(new QListWidget(this))
    , m_withdraw(new QPushButton(tr("&Withdraw the decision"), this))
    , m_decisionRow(new QWidget(this))
    , m_kind(new QComboBox(m_decisionRow))
    , m_date(new DateField(m_decisionRow))
    , m_programme(new QComboBox(m_decisionRow))
    , m_text(new QLineEdit(m_decisionRow))
    , m_decide(new QPushButton(tr("Record the &decision"), m_decisionRow))
    , m_actions(new QListWidget(this))
    , m_actionRow(new QWidget(this))
    , m_what(new QLineEdit(m_actionRow))
    , m_owner(new QComboBox(m_actionRow))
    , m_due(new DateField(m_actionRow))
    , m_addAction(new QPushButton(tr("Add the &action"), m_actionRow))
{
    m_decisions->setObjectName(QStringLiteral("decisionsList"));
    m_withdraw->setObjectName(QStringLiteral("withdrawDecisionButton"));
    m_kind->setObjectName(QStringLiteral("decisionKind"));
    m_date->setObjectName(QStringLiteral("decisionDate"));
    m_programme->setObjectName(QStringLiteral("decisionProgramme"));
    m_text->setObjectName(QStringLiteral("decisionText"));
    m_decide->setObjectName(QStringLiteral("addDecisionButton"));
    m_actions->setObjectName(QStringLiteral("actionsList"));
    m_what->setObjectName(QStringLiteral("actionWhat"));
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_addAction->setObjectName(QStringLiteral("addActionButton"));
    fill(m_kind, kDecisionKinds);
    fill(m_programme, kProgrammes);
    m_text->setPlaceholderText(tr("Details, or to whom the patient is referred"));
    m_what->setPlaceholderText(tr("What is to be done"));
    m_due->setToolTip(tr("Due date (optional)"));
    const int lines = m_decisions->fontMetrics().lineSpacing();
    m_decisions->setMaximumHeight(lines * 5);
    m_actions->setMaximumHeight(lines * 6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QGroupBox *decisions = makeSection(tr("Decisions"), QStringLiteral("decisionsSection"));
    auto *d = new QVBoxLayout(decisions);
    d->addWidget(m_previous);
    d->addWidget(m_decisions);
    auto *row = new QHBoxLayout(m_decisionRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_kind);
    row->addWidget(m_date);
    row->addWidget(m_programme);
    row->addWidget(m_text, 1);
    row->addWidget(m_decide);
    d->addWidget(m_decisionRow);
    d->addWidget(m_withdraw, 0, Qt::AlignLeft);
    layout->addWidget(decisions);

    QGroupBox *actions = makeSection(tr("Actions"), QStringLiteral("actionsSection"));
    auto *a = new QVBoxLayout(actions);
    a->addWidget(makeMutedLabel(tr("Open actions come back at every meeting until they are ticked done."), actions));
    a->addWidget(m_actions);
    auto *arow = new QHBoxLayout(m_actionRow);
    arow->setContentsMargins(0, 0, 0, 0);
    arow->addWidget(m_what, 1);
    arow->addWidget(m_owner);
    arow->addWidget(m_due);
    arow->addWidget(m_addAction);
    a->addWidget(m_actionRow);
    layout->addWidget(actions);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DecisionsPanel::kindChanged);
    connect(m_decide, &QPushButton::clicked, this, &DecisionsPanel::addDecision);
    connect(m_text, &QLineEdit::returnPressed, this, &DecisionsPanel::addDecision);
    connect(m_withdraw, &QPushButton::clicked, this, &DecisionsPanel::withdrawDecision);
    connect(m_addAction, &QPushButton::clicked, this, &DecisionsPanel::addAction);
    connect(m_what, &QLineEdit::returnPressed, this, &DecisionsPanel::addAction);
    connect(m_decisions, &QListWidget::currentRowChanged, this,
            [this](int current) { m_withdraw->setEnabled(current >= 0 && m_decisionRow->isEnabled()); });
    connect(m_actions, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading)
            return;
        const bool done = item->checkState() == Qt::Checked;
        const Status s = m_store.meetings().setActionDone(ActionId(item->data(ActionIdRole).toLongLong()), m_meeting.id,
                                                          done, item->data(VersionRole).toInt());
        if (!s) {
            emit failed(s.failure().text());
            return;
        }
        emit written();
    });
    kindChanged();
}

void DecisionsPanel::setDisciplines(const QList<MeetingDiscipline> &disciplines)
{
    m_disciplines = disciplines;
    m_owner->clear();
    for (const MeetingDiscipline &d : disciplines)
        m_owner->addItem(MeetingService::nameOf(d), d.code);
}

void DecisionsPanel::kindChanged()
{
    const auto kind = current<DecisionKind>(m_kind);
    m_date->setVisible(kind == DecisionKind::ExtendStay || kind == DecisionKind::SetDischarge);
    m_programme->setVisible(kind == DecisionKind::AdjustProgramme);
    m_text->setPlaceholderText(kind == DecisionKind::Refer   ? tr("To whom the patient is referred")
                               : kind == DecisionKind::Other ? tr("The decision")
                                                             : tr("Details (optional)"));
}

void DecisionsPanel::load(const Meeting &meeting, const MeetingEntryView &view, bool editable)
{
    m_loading = true;
    m_meeting = meeting;
    m_view = view;
    m_date->setToday(meeting.date);
    m_due->setToday(meeting.date);
    QStringList previous;
    for (const MeetingDecision &d : view.previousDecisions)
        previous << QStringLiteral("• ") + MeetingText::decision(d);
    m_previous->setText(previous.isEmpty()
                            ? tr("No decision at the previous meeting.")
                            : tr("At the previous meeting:") + QLatin1Char('\n') + previous.join(QLatin1Char('\n')));
    m_decisions->clear();
    for (const MeetingDecision &d : view.decisions) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(MeetingText::decision(d), d.author), m_decisions);
        item->setData(Qt::UserRole, d.id.value);
    }
    m_actions->clear();
    const std::optional<Actor> &actor = m_store.session().actor();
    const bool mayTick = !meeting.isClosed() && actor && MeetingService::ticksActions(*actor);
    for (const MeetingAction &a : view.actions) {
        auto *item = new QListWidgetItem(MeetingText::action(a, m_disciplines, meeting.date), m_actions);
        item->setData(ActionIdRole, a.id.value);
        item->setData(VersionRole, a.version);
        item->setFlags(mayTick ? (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable) : Qt::ItemIsEnabled);
        item->setCheckState(a.isOpen() ? Qt::Unchecked : Qt::Checked);
        if (MeetingText::overdue(a, meeting.date))
            item->setForeground(QColor(0xa3, 0x1d, 0x1d));
    }
    m_decisionRow->setEnabled(editable);
    m_actionRow->setEnabled(editable);
    m_withdraw->setEnabled(false);
    m_loading = false;
}

void DecisionsPanel::addDecision()
{
    MeetingDecision d;
    d.meeting = m_meeting.id;
    d.stay = m_view.item.stay.id;
    d.kind = current<DecisionKind>(m_kind);
    if (const std::optional<QString> problem = m_date->problem(); problem && m_date->isVisible()) {
        emit failed(*problem);
        return;
    }
    d.date = m_date->date();
    d.programme = current<Programme>(m_programme);
    d.text = m_text->text();
    const Result<DecisionId> recorded = m_store.meetings().decide(d);
    if (!recorded) {
        emit failed(recorded.failure().text());
        return;
    }
    m_text->clear();
    m_date->setDate({});
    emit written();
}

void DecisionsPanel::withdrawDecision()
{
    QListWidgetItem *item = m_decisions->currentItem();
    if (!item)
        return;
    const Status s = m_store.meetings().withdrawDecision(DecisionId(item->data(Qt::UserRole).toLongLong()));
    if (!s) {
        emit failed(s.failure().text());
        return;
    }
    emit written();
}

void DecisionsPanel::addAction()
{
    if (const std::optional<QString> problem = m_due->problem()) {
        emit failed(*problem);
        return;
    }
    const Result<ActionId> added = m_store.meetings().addAction(m_meeting.id, m_view.item.stay.id, m_what->text(),
                                                                m_owner->currentData().toString(), m_due->date());
    if (!added) {
        emit failed(added.failure().text());
        return;
    }
    m_what->clear();
    m_due->setDate({});
    emit written();
}

} // namespace smr::ui
