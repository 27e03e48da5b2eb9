#include "ui/meeting/MeetingWindow.h"

#include "core/Store.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/meetings/MeetingText.h"
#include "ui/common/CodeCombo.h"
#include "ui/common/DateField.h"
#include "ui/common/Labels.h"
#include "ui/common/Prompter.h"
#include "ui/documents/DocumentEditorDialog.h"
#include "ui/meeting/AgendaModel.h"
#include "ui/meeting/AttendeesDialog.h"
#include "ui/meeting/DisciplinesDialog.h"
#include "ui/meeting/MeetingEntryForm.h"
#include "ui/meeting/PresenterWindow.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace smr::ui {

MeetingWindow::MeetingWindow(Store &store, Prompter &prompter, const QString &unitCode, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_prompter(prompter)
    , m_banner(makeErrorBanner(this))
    , m_unit(new QComboBox(this))
    , m_meetings(new QComboBox(this))
    , m_newDate(new DateField(this))
    , m_create(new QPushButton(tr("&New meeting"), this))
    , m_status(new QLabel(this))
    , m_attendees(new QLabel(this))
    , m_editAttendees(new QPushButton(tr("A&ttendees…"), this))
    , m_start(new QPushButton(tr("&Start the meeting"), this))
    , m_close(new QPushButton(tr("C&lose and sign…"), this))
    , m_correct(new QPushButton(tr("Re&open for a correction…"), this))
    , m_minutes(new QPushButton(tr("&Minutes…"), this))
    , m_disciplinesButton(new QPushButton(tr("D&isciplines…"), this))
    , m_screens(new QComboBox(this))
    , m_initials(new QCheckBox(tr("&Initials only"), this))
    , m_project(new QPushButton(tr("&Project (F5)"), this))
    , m_list(new QListView(this))
    , m_model(new AgendaModel(this))
    , m_form(new MeetingEntryForm(store, this))
{
    setObjectName(QStringLiteral("meetingWindow"));
    setWindowTitle(tr("Weekly meeting"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(1500, 900);
    m_unit->setObjectName(QStringLiteral("meetingUnit"));
    m_meetings->setObjectName(QStringLiteral("meetingList"));
    m_newDate->setObjectName(QStringLiteral("newMeetingDate"));
    m_create->setObjectName(QStringLiteral("newMeetingButton"));
    m_status->setObjectName(QStringLiteral("meetingStatus"));
    m_attendees->setObjectName(QStringLiteral("meetingAttendees"));
    m_attendees->setWordWrap(true);
    m_editAttendees->setObjectName(QStringLiteral("attendeesButton"));
    m_start->setObjectName(QStringLiteral("startMeetingButton"));
    m_close->setObjectName(QStringLiteral("closeMeetingButton"));
    m_correct->setObjectName(QStringLiteral("correctMeetingButton"));
    m_minutes->setObjectName(QStringLiteral("minutesButton"));
    m_minutes->setToolTip(tr("The minutes of the closed meeting, to edit, print or finalise"));
    m_disciplinesButton->setObjectName(QStringLiteral("disciplinesButton"));
    m_screens->setObjectName(QStringLiteral("projectionScreen"));
    m_initials->setObjectName(QStringLiteral("initialsOnly"));
    m_initials->setToolTip(tr("For teaching sessions: the slides show initials, no name, birth date or IPP."));
    m_project->setObjectName(QStringLiteral("projectButton"));
    m_list->setObjectName(QStringLiteral("agendaList"));
    m_list->setModel(m_model);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setAlternatingRowColors(true);
    m_list->setToolTip(tr("Drag a patient, or Alt+Up / Alt+Down, to change the order."));
    m_list->installEventFilter(this);
    m_newDate->setToday(store.clock().today());
    m_newDate->setDate(store.clock().today());

    for (int i = 0; const QScreen *screen : QGuiApplication::screens())
        m_screens->addItem(tr("Screen %1 (%2 × %3)").arg(++i).arg(screen->size().width()).arg(screen->size().height()));
    if (QScreen *preferred = PresenterWindow::defaultScreen(this))
        m_screens->setCurrentIndex(std::max(0, int(QGuiApplication::screens().indexOf(preferred))));

    auto *top = new QHBoxLayout;
    auto *unitLabel = new QLabel(tr("&Unit"), this);
    unitLabel->setBuddy(m_unit);
    auto *meetingLabel = new QLabel(tr("&Meeting"), this);
    meetingLabel->setBuddy(m_meetings);
    top->addWidget(unitLabel);
    top->addWidget(m_unit);
    top->addWidget(meetingLabel);
    top->addWidget(m_meetings, 1);
    top->addSpacing(16);
    top->addWidget(m_newDate);
    top->addWidget(m_create);
    top->addSpacing(16);
    top->addWidget(m_disciplinesButton);

    auto *state = new QHBoxLayout;
    state->addWidget(m_status);
    state->addWidget(m_attendees, 1);
    state->addWidget(m_editAttendees);
    state->addWidget(m_start);
    state->addWidget(m_close);
    state->addWidget(m_correct);
    state->addWidget(m_minutes);
    state->addSpacing(16);
    state->addWidget(m_screens);
    state->addWidget(m_initials);
    state->addWidget(m_project);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("entryScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 1100});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(state);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    auto *f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(f5, &QShortcut::activated, this, [this] { m_project->click(); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] { loadMeetings(); });
    connect(m_meetings, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_switching)
            loadAgenda();
    });
    connect(m_create, &QPushButton::clicked, this, &MeetingWindow::createMeeting);
    connect(m_editAttendees, &QPushButton::clicked, this, &MeetingWindow::editAttendees);
    connect(m_start, &QPushButton::clicked, this, &MeetingWindow::startMeeting);
    connect(m_close, &QPushButton::clicked, this, &MeetingWindow::closeMeeting);
    connect(m_correct, &QPushButton::clicked, this, &MeetingWindow::correctMeeting);
    connect(m_minutes, &QPushButton::clicked, this, [this] {
        if (m_agenda.meeting.isClosed())
            DocumentEditorDialog::open(m_store, m_prompter, DocumentSubject::ofMeeting(m_agenda.meeting.id), this);
    });
    connect(m_disciplinesButton, &QPushButton::clicked, this, &MeetingWindow::editDisciplines);
    connect(m_project, &QPushButton::clicked, this, [this] { project(m_screens->currentIndex()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { showCurrentEntry(); });
    connect(m_model, &AgendaModel::reordered, this, [this](const QList<StayId> &order) {
        const Status s = m_store.meetings().reorder(m_agenda.meeting.id, order, m_agenda.meeting.version);
        if (!s)
            showFailure(s.failure().text());
        loadAgenda(m_form->stay());
    });
    connect(m_form, &MeetingEntryForm::saved, this, [this] {
        if (const Result<MeetingAgenda> a = m_store.meetings().agenda(m_agenda.meeting.id)) {
            m_agenda = *a;
            const QModelIndex current = m_list->currentIndex();
            m_switching = true;
            m_model->setAgenda(a->items);
            m_list->setCurrentIndex(m_model->index(current.row()));
            m_switching = false;
        }
    });
    connect(&m_store.changes(), &ChangeWatcher::changed, this, &MeetingWindow::otherWorkstationSaved);

    loadUnits(unitCode);
}

MeetingWindow::~MeetingWindow()
{
    if (m_presenter)
        delete m_presenter.data();
}

PresenterWindow *MeetingWindow::presenter() const
{
    return m_presenter;
}

bool MeetingWindow::can(Right right) const
{
    return m_store.session().can(right);
}

void MeetingWindow::showFailure(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(true);
}

void MeetingWindow::loadUnits(const QString &unitCode)
{
    if (const Result<QList<MeetingDiscipline>> d = m_store.meetings().disciplines())
        m_disciplines = *d;
    m_form->setDisciplines(m_disciplines);
    const QSignalBlocker block(m_unit);
    if (const Result<QList<Unit>> units = m_store.units().list()) {
        fill(m_unit, *units);
    } else {
        showFailure(units.failure().text());
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unitCode)));
    loadMeetings();
}

void MeetingWindow::loadMeetings(MeetingId select)
{
    if (!m_form->flush())
        return;
    const Result<QList<Meeting>> list = m_store.meetings().meetings(m_unit->currentData().toString());
    m_switching = true;
    m_meetings->clear();
    if (!list)
        showFailure(list.failure().text());
    for (const Meeting &m : list ? *list : QList<Meeting>())
        m_meetings->addItem(MeetingText::meeting(m), m.id.value);
    if (m_meetings->count() == 0)
        m_meetings->addItem(tr("No meeting yet: create one"), 0);
    m_meetings->setCurrentIndex(std::max(0, m_meetings->findData(select.value)));
    m_switching = false;
    loadAgenda();
}

void MeetingWindow::selectMeeting(MeetingId id)
{
    const int index = m_meetings->findData(id.value);
    if (index >= 0)
        m_meetings->setCurrentIndex(index);
}

void MeetingWindow::selectStay(StayId stay)
{
    const int row = m_model->rowOf(stay);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void MeetingWindow::loadAgenda(StayId select)
{
    if (!m_form->flush())
        return;
    const MeetingId id(m_meetings->currentData().toLongLong());
    m_agenda = MeetingAgenda();
    m_shownStay = StayId();
    if (id.isValid()) {
        // Those admitted since the agenda was made join it (only for who prepares the meeting).
        const Result<Meeting> meeting = m_store.meetings().find(id);
        if (meeting && !meeting->isClosed() && can(Right::ManageMeetings))
            if (const Result<int> added = m_store.meetings().refreshAgenda(id); !added)
                showFailure(added.failure().text());
        const Result<MeetingAgenda> agenda = m_store.meetings().agenda(id);
        if (agenda)
            m_agenda = *agenda;
        else
            showFailure(agenda.failure().text());
    }
    m_switching = true;
    m_model->setReorderable(id.isValid() && !m_agenda.meeting.isClosed() && can(Right::ManageMeetings));
    m_model->setAgenda(m_agenda.items);
    m_switching = false;
    updateState();
    const int row = select.isValid() ? m_model->rowOf(select) : 0;
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(std::max(0, row)));
    else
        m_form->clear();
    showCurrentEntry();
}

void MeetingWindow::showCurrentEntry()
{
    if (m_switching)
        return;
    const QModelIndex index = m_list->currentIndex();
    const StayId stay(index.isValid() ? index.data(AgendaModel::StayRole).toLongLong() : 0);
    if (!stay.isValid() || stay == m_shownStay)
        return;
    if (!m_form->flush()) {
        // What is typed stays; the agenda goes back to its patient.
        m_switching = true;
        m_list->setCurrentIndex(m_model->index(m_model->rowOf(m_shownStay)));
        m_switching = false;
        return;
    }
    const Result<MeetingEntryView> view = m_store.meetings().entry(m_agenda.meeting.id, stay);
    if (!view) {
        showFailure(view.failure().text());
        return;
    }
    m_shownStay = stay;
    m_form->load(m_agenda.meeting, *view);
}

void MeetingWindow::updateState()
{
    const Meeting &m = m_agenda.meeting;
    const bool exists = m.id.isValid();
    QString status = exists ? kMeetingStatuses.label(m.status) : QString();
    if (exists && m.isClosed())
        status = tr("Closed and signed by %1 on %2 (version %3)")
                     .arg(m.signedBy, dates::display(m.signedAt.toLocalTime().date()))
                     .arg(m.signedVersions);
    else if (exists && !m.correctionReason.isEmpty())
        status = tr("Reopened for a correction: %1").arg(m.correctionReason);
    m_status->setText(status);
    QStringList people;
    for (const Attendee &a : m.attendees)
        people << tr("%1 (%2)").arg(a.name, MeetingText::discipline(a.discipline, m_disciplines));
    m_attendees->setText(!exists            ? QString()
                         : people.isEmpty() ? tr("No attendee named yet.")
                                            : tr("Present: %1").arg(people.join(QStringLiteral(", "))));
    const bool manage = can(Right::ManageMeetings);
    const bool close = can(Right::CloseMeetings);
    m_create->setEnabled(manage);
    m_newDate->setEnabled(manage);
    m_disciplinesButton->setEnabled(manage);
    m_editAttendees->setEnabled(exists && manage && !m.isClosed());
    m_start->setVisible(exists && m.status == MeetingStatus::Preparing);
    m_start->setEnabled(manage);
    m_close->setVisible(exists && m.status == MeetingStatus::InProgress);
    m_close->setEnabled(close);
    m_correct->setVisible(exists && m.isClosed());
    m_correct->setEnabled(close);
    // Minutes are written from what was signed: a closed meeting only.
    m_minutes->setVisible(exists && m.isClosed());
    m_project->setEnabled(exists && !m_agenda.items.isEmpty());
    setWindowTitle(exists ? tr("Weekly meeting — %1 — %2").arg(m_unit->currentText(), dates::display(m.date))
                          : tr("Weekly meeting"));
}

void MeetingWindow::createMeeting()
{
    if (const std::optional<QString> problem = m_newDate->problem()) {
        showFailure(*problem);
        return;
    }
    const Result<MeetingId> id = m_store.meetings().create(m_unit->currentData().toString(), m_newDate->date());
    if (!id) {
        showFailure(id.failure().text());
        return;
    }
    m_banner->setVisible(false);
    loadMeetings(*id);
}

void MeetingWindow::editAttendees()
{
    const Result<QList<User>> users = m_store.users().list();
    AttendeesDialog dialog(m_agenda.meeting.attendees, m_disciplines, users ? *users : QList<User>(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status s = m_store.meetings().setAttendees(m_agenda.meeting.id, dialog.attendees(), m_agenda.meeting.version);
    if (!s) {
        showFailure(s.failure().text());
        return;
    }
    m_banner->setVisible(false);
    loadMeetings(m_agenda.meeting.id);
}

void MeetingWindow::startMeeting()
{
    const Status s = m_store.meetings().start(m_agenda.meeting.id, m_agenda.meeting.version);
    if (!s) {
        showFailure(s.failure().text());
        return;
    }
    m_banner->setVisible(false);
    loadMeetings(m_agenda.meeting.id);
}

void MeetingWindow::closeMeeting()
{
    if (!m_form->flush())
        return;
    if (!m_prompter.confirm(this, tr("Close the meeting"),
                            tr("Close the meeting of %1 and sign it? It can no longer be changed; a correction will "
                               "make a new version.")
                                .arg(dates::display(m_agenda.meeting.date)),
                            tr("Close and sign")))
        return;
    const Status s = m_store.meetings().close(m_agenda.meeting.id, m_agenda.meeting.version);
    if (!s) {
        showFailure(s.failure().text());
        return;
    }
    m_banner->setVisible(false);
    loadMeetings(m_agenda.meeting.id);
}

void MeetingWindow::correctMeeting()
{
    const std::optional<QString> reason =
        m_prompter.askText(this, tr("Reopen for a correction"), tr("What is corrected, and why:"));
    if (!reason)
        return;
    const Status s = m_store.meetings().reopenForCorrection(m_agenda.meeting.id, *reason, m_agenda.meeting.version);
    if (!s) {
        showFailure(s.failure().text());
        return;
    }
    m_banner->setVisible(false);
    loadMeetings(m_agenda.meeting.id);
}

void MeetingWindow::editDisciplines()
{
    const Result<QList<MeetingDiscipline>> all = m_store.meetings().disciplines(true);
    if (!all) {
        showFailure(all.failure().text());
        return;
    }
    DisciplinesDialog dialog(m_store.meetings(), *all, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const StayId stay = m_form->stay();
    if (const Result<QList<MeetingDiscipline>> d = m_store.meetings().disciplines())
        m_disciplines = *d;
    m_form->setDisciplines(m_disciplines);
    m_shownStay = StayId();
    loadAgenda(stay);
}

void MeetingWindow::otherWorkstationSaved(const ChangeSet &changes)
{
    if (!m_agenda.meeting.id.isValid())
        return;
    if (changes.everything || changes.touches(audit::Meeting) || changes.touches(audit::MeetingEntry)) {
        loadMeetings(m_agenda.meeting.id);
        return;
    }
    if (changes.touches(audit::MeetingNote) || changes.touches(audit::MeetingDecision) ||
        changes.touches(audit::MeetingAction) || changes.touches(audit::Result) || changes.touches(audit::Stay))
        m_form->reload();
}

bool MeetingWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            const int row = m_list->currentIndex().row();
            if (row >= 0)
                m_model->moveTo(row, key->key() == Qt::Key_Up ? row - 1 : row + 2);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MeetingWindow::project(int screenIndex)
{
    if (!m_agenda.meeting.id.isValid() || m_agenda.items.isEmpty() || !m_form->flush())
        return;
    if (m_presenter) {
        m_presenter->raise();
        return;
    }
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *screen = screenIndex >= 0 && screenIndex < screens.size() ? screens.at(screenIndex)
                                                                       : PresenterWindow::defaultScreen(this);
    m_presenter = new PresenterWindow(m_store, m_agenda.meeting.id, m_unit->currentText(), m_disciplines,
                                      m_initials->isChecked(), this);
    connect(m_presenter, &PresenterWindow::finished, this, [this](StayId last) {
        m_shownStay = StayId();
        loadAgenda(last);
    });
    m_presenter->start(screen, std::max(0, m_list->currentIndex().row()));
}

void MeetingWindow::closeEvent(QCloseEvent *event)
{
    if (!m_form->flush() && !m_prompter.mayLeave(this, tr("the meeting's notes"), [this] { return m_form->flush(); })) {
        event->ignore();
        return;
    }
    if (m_presenter)
        m_presenter->close();
    event->accept();
}

} // namespace smr::ui
