#include "ui/grouping/GroupingDialog.h"

#include "core/Store.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "ui/common/DateField.h"
#include "ui/common/Labels.h"
#include "ui/grouping/GroupMemberDelegate.h"
#include "ui/grouping/GroupingText.h"
#include "ui/grouping/MoveGroupDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace smr::ui {

namespace {
// Decision: the week shown first is the one the weekly meeting plans, the coming one: the next
// Monday, and from a Monday the Monday after (that week has already begun).
QDate nextMonday(const QDate &today)
{
    return today.addDays(8 - today.dayOfWeek());
}
} // namespace

GroupingDialog::GroupingDialog(Store &store, const QString &unitCode, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_unit(new QComboBox(this))
    , m_week(new DateField(this))
    , m_weekEnd(new QLabel(this))
    , m_banner(makeErrorBanner(this))
    , m_moveAction(new QAction(tr("&Move to…"), this))
    , m_backAction(new QAction(tr("&Back to the suggested group"), this))
    , m_moveButton(new QPushButton(this))
    , m_backButton(new QPushButton(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("groupingDialog"));
    setWindowTitle(tr("Groups for collective sessions"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(1400, 820);

    m_unit->setObjectName(QStringLiteral("unitField"));
    if (const Result<QList<Unit>> units = store.units().list()) {
        for (const Unit &u : *units)
            m_unit->addItem(u.active ? u.label : tr("%1 (closed)").arg(u.label), u.code);
    } else {
        showMessage(units.failure().text());
    }
    const int index = m_unit->findData(unitCode);
    m_unit->setCurrentIndex(index < 0 ? 0 : index);
    m_week->setObjectName(QStringLiteral("weekStartField"));
    m_week->setToday(store.clock().today());
    m_week->setDate(nextMonday(store.clock().today()));
    m_weekEnd->setObjectName(QStringLiteral("weekEndLabel"));

    auto *unitLabel = new QLabel(tr("&Unit"), this);
    unitLabel->setBuddy(m_unit);
    auto *weekLabel = new QLabel(tr("&Week from"), this);
    weekLabel->setBuddy(m_week->lineEdit());
    auto *choice = new QHBoxLayout;
    choice->addWidget(unitLabel);
    choice->addWidget(m_unit);
    choice->addSpacing(24);
    choice->addWidget(weekLabel);
    choice->addWidget(m_week);
    choice->addWidget(m_weekEnd);
    choice->addStretch(1);

    // One grid for all the columns, so that titles, counts, criteria and lists line up across
    // groups whatever their wording; each column's card is a frame behind its four rows.
    auto *columns = new QGridLayout;
    columns->setHorizontalSpacing(10);
    columns->setVerticalSpacing(0);
    for (Group g : kGroups.values())
        addColumn(columns, g);
    columns->setRowStretch(3, 1);

    m_moveAction->setObjectName(QStringLiteral("moveMemberAction"));
    m_backAction->setObjectName(QStringLiteral("backToSuggestedAction"));
    m_moveButton->setObjectName(QStringLiteral("moveMemberButton"));
    m_moveButton->setText(m_moveAction->text());
    m_backButton->setObjectName(QStringLiteral("backToSuggestedButton"));
    m_backButton->setText(m_backAction->text());
    connect(m_moveButton, &QPushButton::clicked, m_moveAction, &QAction::trigger);
    connect(m_backButton, &QPushButton::clicked, m_backAction, &QAction::trigger);
    connect(m_moveAction, &QAction::triggered, this, &GroupingDialog::moveSelected);
    connect(m_backAction, &QAction::triggered, this, &GroupingDialog::backToSuggested);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // No default button: Enter in the week field shows that week, Enter on a member moves it.
    for (QPushButton *b : {m_moveButton, m_backButton, buttons->button(QDialogButtonBox::Close)})
        b->setAutoDefault(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_moveButton);
    bottom->addWidget(m_backButton);
    bottom->addWidget(makeMutedLabel(tr("Select a patient, then move them (Enter, the button or the context menu). "
                                        "Groups follow the latest Dallas questionnaire until the team chooses."),
                                     this, QStringLiteral("groupingHelp")),
                      1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    m_typing->setSingleShot(true);
    m_typing->setInterval(500);
    connect(m_typing, &QTimer::timeout, this, &GroupingDialog::reload);
    connect(m_week, &DateField::edited, m_typing, qOverload<>(&QTimer::start));
    connect(m_week->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        m_typing->stop();
        reload();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &GroupingDialog::reload);
    // What another workstation saves (a result, an assessment, a move) shows here as well.
    connect(&store.changes(), &ChangeWatcher::changed, this, &GroupingDialog::refresh);
    reload();
}

void GroupingDialog::addColumn(QGridLayout *grid, Group group)
{
    const QString code = kGroups.code(group);
    const int column = int(m_columns.size());
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("groupColumn_") + code);
    frame->setProperty("role", QStringLiteral("groupColumn"));
    auto *title = new QLabel(kGroups.shortLabel(group), this);
    title->setObjectName(QStringLiteral("groupTitle_") + code);
    title->setProperty("role", QStringLiteral("groupTitle"));
    title->setWordWrap(true);
    title->setAlignment(Qt::AlignLeft | Qt::AlignBottom); // a one-line title sits on its count
    title->setToolTip(kGroups.label(group));
    auto *count = new QLabel(this);
    count->setObjectName(QStringLiteral("groupCount_") + code);
    count->setProperty("role", QStringLiteral("groupCount"));
    auto *criterion = makeMutedLabel(GroupingText::criterion(group), this);
    criterion->setProperty("role", QStringLiteral("groupCriterion"));
    criterion->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("groupList_") + code);
    list->setAccessibleName(kGroups.label(group));
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setResizeMode(QListView::Adjust);
    list->setUniformItemSizes(false);
    list->setWordWrap(true);
    list->setItemDelegate(new GroupMemberDelegate(list));
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
    list->addAction(m_moveAction);
    list->addAction(m_backAction);
    list->setMinimumWidth(160);
    connect(list, &QListWidget::itemSelectionChanged, this, [this, list] { onSelectionChanged(list); });
    connect(list, &QListWidget::itemDoubleClicked, this, [this] { moveSelected(); });
    list->installEventFilter(this); // Enter moves the member (see eventFilter)

    grid->addWidget(frame, 0, column, 4, 1);
    grid->addWidget(title, 0, column);
    grid->addWidget(count, 1, column, Qt::AlignLeft);
    grid->addWidget(criterion, 2, column);
    grid->addWidget(list, 3, column);
    grid->setColumnStretch(column, 1);
    m_columns << Column{group, title, count, list};
}

bool GroupingDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a member moves it. The list would also pass the key on to the dialog, whose
    // default button would act a second time: the key stops here.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && qobject_cast<QListWidget *>(watched)) {
            moveSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QListWidget *GroupingDialog::list(Group group) const
{
    for (const Column &c : m_columns) {
        if (c.group == group)
            return c.list;
    }
    return nullptr;
}

QLabel *GroupingDialog::countLabel(Group group) const
{
    for (const Column &c : m_columns) {
        if (c.group == group)
            return c.count;
    }
    return nullptr;
}

bool GroupingDialog::canMove() const
{
    const std::optional<Actor> &actor = m_store.session().actor();
    return actor && actor->can(Right::ManageMeetings);
}

void GroupingDialog::showMessage(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void GroupingDialog::reload()
{
    showMessage({});
    refresh();
}

void GroupingDialog::refresh()
{
    const QDate start = m_week->date();
    m_weekEnd->setText(
        start.isValid()
            ? tr("to %1 %2").arg(QLocale().dayName(start.addDays(6).dayOfWeek()), dates::display(start.addDays(6)))
            : QString());
    if (const std::optional<QString> problem = m_week->problem()) {
        clearGroups();
        showMessage(*problem);
        return;
    }
    const Result<QList<GroupList>> groups = m_store.grouping().propose(m_unit->currentData().toString(), start);
    if (!groups) {
        clearGroups();
        showMessage(groups.failure().text());
        return;
    }
    showGroups(*groups);
}

void GroupingDialog::clearGroups()
{
    showGroups({});
}

void GroupingDialog::showGroups(const QList<GroupList> &groups)
{
    const std::optional<GroupMember> selected = selectedMember();
    m_members.clear();
    for (const Column &column : std::as_const(m_columns)) {
        const QSignalBlocker blocker(column.list);
        column.list->clear();
        QList<GroupMember> members;
        for (const GroupList &g : groups) {
            if (g.group == column.group)
                members = g.members;
        }
        for (const GroupMember &m : members) {
            m_members.insert(m.stay.value, m);
            auto *item = new QListWidgetItem(m.name, column.list);
            item->setData(Qt::UserRole, m.stay.value);
            item->setData(GroupMemberDelegate::DetailsRole, GroupingText::details(m));
            item->setData(GroupMemberDelegate::MovedRole, GroupingText::movedMarker(m));
            item->setData(GroupMemberDelegate::AttentionRole, GroupingText::attention(m));
            QStringList tip{m.name, GroupingText::details(m)};
            if (m.overridden)
                tip << GroupingText::movedReason(m);
            if (!m.attention.isEmpty())
                tip << GroupingText::attention(m);
            item->setToolTip(tip.join(QLatin1Char('\n')));
            item->setData(Qt::AccessibleTextRole, tip.join(QStringLiteral(". ")));
        }
        column.count->setText(GroupingText::count(members.size()));
    }
    if (selected)
        selectStay(selected->stay);
    updateButtons();
}

std::optional<GroupMember> GroupingDialog::selectedMember() const
{
    for (const Column &c : m_columns) {
        const QList<QListWidgetItem *> items = c.list->selectedItems();
        if (!items.isEmpty())
            return m_members.value(items.first()->data(Qt::UserRole).toLongLong());
    }
    return std::nullopt;
}

bool GroupingDialog::selectStay(StayId stay)
{
    for (const Column &c : std::as_const(m_columns)) {
        for (int row = 0; row < c.list->count(); ++row) {
            if (c.list->item(row)->data(Qt::UserRole).toLongLong() == stay.value) {
                c.list->setCurrentRow(row);
                c.list->scrollToItem(c.list->item(row));
                onSelectionChanged(c.list);
                return true;
            }
        }
    }
    return false;
}

void GroupingDialog::onSelectionChanged(QListWidget *from)
{
    // One member at a time across the columns.
    if (!from->selectedItems().isEmpty()) {
        for (const Column &c : std::as_const(m_columns)) {
            if (c.list != from) {
                const QSignalBlocker blocker(c.list);
                c.list->clearSelection();
            }
        }
    }
    updateButtons();
}

void GroupingDialog::updateButtons()
{
    const std::optional<GroupMember> member = selectedMember();
    const bool allowed = canMove();
    m_moveAction->setEnabled(member && allowed);
    m_backAction->setEnabled(member && member->overridden && allowed);
    m_moveButton->setEnabled(m_moveAction->isEnabled());
    m_backButton->setEnabled(m_backAction->isEnabled());
    const QString why = allowed ? QString() : tr("Moving a patient needs the right to manage meetings.");
    m_moveButton->setToolTip(why);
    m_backButton->setToolTip(why);
}

void GroupingDialog::moveSelected()
{
    const std::optional<GroupMember> member = selectedMember();
    if (!member || !canMove())
        return;
    MoveGroupDialog ask(*member, member->stay == m_refusedStay ? m_refusedReason : QString(), this);
    if (ask.exec() != QDialog::Accepted)
        return;
    const Status moved = m_store.grouping().move(member->stay, ask.group(), ask.reason(), member->overrideVersion);
    if (!moved) {
        m_refusedStay = member->stay;
        m_refusedReason = ask.reason();
        // Someone else chose first: the groups as they now are, with the message.
        if (moved.failure().kind() == Failure::Kind::Conflict)
            refresh();
        showMessage(moved.failure().text());
        return;
    }
    m_refusedStay = StayId();
    m_refusedReason.clear();
    reload();
    selectStay(member->stay);
}

void GroupingDialog::backToSuggested()
{
    const std::optional<GroupMember> member = selectedMember();
    if (!member || !member->overridden || !canMove())
        return;
    const Status cleared = m_store.grouping().clearOverride(member->stay, member->overrideVersion);
    if (!cleared) {
        if (cleared.failure().kind() == Failure::Kind::Conflict || cleared.failure().kind() == Failure::Kind::NotFound)
            refresh();
        showMessage(cleared.failure().text());
        return;
    }
    reload();
    selectStay(member->stay);
}

} // namespace smr::ui
