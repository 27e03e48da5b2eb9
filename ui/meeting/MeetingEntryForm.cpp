#include "ui/meeting/MeetingEntryForm.h"

#include "core/Store.h"
#include "core/common/Dates.h"
#include "core/meetings/MeetingText.h"
#include "ui/common/Labels.h"
#include "ui/meeting/DecisionsPanel.h"
#include "ui/meeting/SlideText.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace smr::ui {

namespace {
constexpr int kAutosaveMs = 1500;

QPlainTextEdit *makeEditor(const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    const int line = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(line * 2 + 14);
    edit->setMaximumHeight(line * 6 + 12);
    return edit;
}
} // namespace

MeetingEntryForm::MeetingEntryForm(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_banner(makeErrorBanner(this))
    , m_title(new QLabel(this))
    , m_stayLine(new QLabel(this))
    , m_changes(new QLabel(this))
    , m_goals(new QLabel(this))
    , m_notesGrid(nullptr)
    , m_notesBox(nullptr)
    , m_medical(makeEditor(QStringLiteral("medicalIssues"), this))
    , m_decisions(new DecisionsPanel(store, this))
    , m_autosave(new QTimer(this))
{
    setObjectName(QStringLiteral("meetingEntryForm"));
    build();
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, [this] { flush(); });
    connect(m_medical, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_medicalDirty = true;
        edited();
    });
    connect(m_decisions, &DecisionsPanel::failed, this, &MeetingEntryForm::showFailure);
    connect(m_decisions, &DecisionsPanel::written, this, [this] {
        m_banner->setVisible(false);
        reload();
        emit saved();
    });
}

void MeetingEntryForm::build()
{
    auto *layout = new QVBoxLayout(this);
    m_title->setObjectName(QStringLiteral("entryTitle"));
    m_title->setProperty("role", QStringLiteral("title"));
    m_stayLine->setObjectName(QStringLiteral("entryStay"));
    m_stayLine->setWordWrap(true);
    layout->addWidget(m_banner);
    layout->addWidget(m_title);
    layout->addWidget(m_stayLine);

    QGroupBox *changes = makeSection(tr("Since the previous meeting"), QStringLiteral("changesSection"));
    auto *changesLayout = new QVBoxLayout(changes);
    m_changes->setObjectName(QStringLiteral("entryChanges"));
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::RichText);
    m_goals->setObjectName(QStringLiteral("entryGoals"));
    m_goals->setWordWrap(true);
    changesLayout->addWidget(m_changes);
    changesLayout->addWidget(m_goals);
    layout->addWidget(changes);

    QGroupBox *notes = makeSection(tr("Notes of the disciplines"), QStringLiteral("notesSection"));
    m_notesBox = notes;
    m_notesGrid = new QGridLayout(notes);
    m_notesGrid->setColumnStretch(1, 3);
    m_notesGrid->setColumnStretch(2, 2);
    layout->addWidget(notes);

    QGroupBox *medical = makeSection(tr("Medical issues"), QStringLiteral("medicalSection"));
    auto *medicalLayout = new QVBoxLayout(medical);
    medicalLayout->addWidget(m_medical);
    layout->addWidget(medical);

    layout->addWidget(m_decisions);
    layout->addStretch(1);
}

void MeetingEntryForm::setDisciplines(const QList<MeetingDiscipline> &disciplines)
{
    m_disciplines = disciplines;
    m_decisions->setDisciplines(disciplines);
    for (const NoteEditor &n : std::as_const(m_notes)) {
        delete n.edit;
        delete n.previous;
    }
    while (QLayoutItem *item = m_notesGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_notes.clear();
    int row = 0;
    m_notesGrid->addWidget(makeMutedLabel(tr("This meeting"), m_notesBox), row, 1);
    m_notesGrid->addWidget(makeMutedLabel(tr("Previous meeting"), m_notesBox), row, 2);
    for (const MeetingDiscipline &d : disciplines) {
        ++row;
        auto *label = new QLabel(MeetingService::nameOf(d), m_notesBox);
        NoteEditor editor;
        editor.edit = makeEditor(QStringLiteral("note_") + d.code, m_notesBox);
        label->setBuddy(editor.edit);
        editor.previous = makeMutedLabel(QString(), m_notesBox, QStringLiteral("previous_") + d.code);
        editor.previous->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        editor.previous->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_notesGrid->addWidget(label, row, 0, Qt::AlignTop);
        m_notesGrid->addWidget(editor.edit, row, 1);
        m_notesGrid->addWidget(editor.previous, row, 2);
        const QString code = d.code;
        connect(editor.edit, &QPlainTextEdit::textChanged, this, [this, code] {
            if (m_loading)
                return;
            m_notes[code].dirty = true;
            edited();
        });
        m_notes.insert(code, editor);
    }
}

bool MeetingEntryForm::canManage() const
{
    const std::optional<Actor> &actor = m_store.session().actor();
    return actor && actor->can(Right::ManageMeetings);
}

bool MeetingEntryForm::mayWrite(const QString &discipline) const
{
    const std::optional<Actor> &actor = m_store.session().actor();
    return actor && !m_meeting.isClosed() && MeetingService::writesNoteOf(*actor, discipline);
}

void MeetingEntryForm::load(const Meeting &meeting, const MeetingEntryView &view)
{
    m_meeting = meeting;
    m_view = view;
    m_banner->setVisible(false);
    m_loading = true;
    fillSummary();
    fillNotes();
    m_medical->setPlainText(view.item.entry.medicalIssues);
    m_medicalVersion = view.item.entry.version;
    m_medicalDirty = false;
    m_medical->setReadOnly(meeting.isClosed() || !canManage());
    m_loading = false;
    m_decisions->load(meeting, view, !meeting.isClosed() && canManage());
    setEnabled(true);
    emit liveChanged(liveView());
}

void MeetingEntryForm::clear()
{
    m_view = MeetingEntryView();
    m_loading = true;
    m_title->setText(tr("No patient on the agenda."));
    m_stayLine->clear();
    m_changes->clear();
    m_goals->clear();
    for (NoteEditor &n : m_notes) {
        n.edit->clear();
        n.previous->clear();
        n.dirty = false;
    }
    m_medical->clear();
    m_loading = false;
    setEnabled(false);
}

void MeetingEntryForm::fillSummary()
{
    const AgendaItem &item = m_view.item;
    m_title->setText(tr("%1 — %2").arg(item.patient.displayName(), MeetingText::age(item)));
    QStringList stay{MeetingText::day(item), SlideText::programmeAndMode(item.stay)};
    if (item.stay.plannedDischargeDate.isValid())
        stay << tr("planned discharge %1").arg(dates::display(item.stay.plannedDischargeDate));
    if (item.section != AgendaSection::Ongoing)
        stay << kAgendaSections.label(item.section);
    stay.removeAll(QString());
    m_stayLine->setText(stay.join(QStringLiteral(" · ")));

    QStringList lines;
    for (const ChangeSinceMeeting &c : m_view.changes) {
        const QString text = MeetingText::change(c).toHtmlEscaped();
        const bool reached = c.change && c.change->beyondThreshold.value_or(false);
        lines << (reached ? QStringLiteral("<b>%1</b>").arg(text) : text);
    }
    // Without a previous meeting for this patient the window is the whole stay.
    const bool wholeStay = m_view.windowStart < item.stay.admissionDate;
    const QString since = (wholeStay ? tr("Tests of the stay (the patient's first meeting):")
                                     : tr("Tests taken after %1:").arg(dates::display(m_view.windowStart)))
                              .toHtmlEscaped();
    const QString none = wholeStay ? tr("No test in the stay yet.")
                                   : tr("No test taken since %1.").arg(dates::display(m_view.windowStart));
    m_changes->setText(lines.isEmpty() ? none.toHtmlEscaped()
                                       : since + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
    QStringList goals{MeetingText::goals(m_view.goalCounts)};
    for (const GoalStatus &g : m_view.goals)
        goals << QStringLiteral("• %1 — %2: %3")
                     .arg(kObjectives.label(g.goal.objective), kGoalStatuses.label(g.progress.status),
                          g.progress.explanation);
    m_goals->setText(goals.join(QLatin1Char('\n')));
}

void MeetingEntryForm::fillNotes()
{
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it) {
        const MeetingNote note = m_view.notes.value(it.key());
        it->edit->setPlainText(note.text);
        it->version = note.version;
        it->dirty = false;
        it->edit->setReadOnly(!mayWrite(it.key()));
        it->edit->setPlaceholderText(it->edit->isReadOnly() ? QString() : tr("Write the note…"));
        const MeetingNote previous = m_view.previousNotes.value(it.key());
        it->previous->setText(previous.text.isEmpty() ? QStringLiteral("—")
                                                      : tr("%1 (%2)").arg(previous.text, previous.author));
    }
}

void MeetingEntryForm::edited()
{
    m_autosave->start();
    emit liveChanged(liveView());
}

bool MeetingEntryForm::hasUnsavedText() const
{
    if (m_medicalDirty)
        return true;
    for (const NoteEditor &n : m_notes)
        if (n.dirty)
            return true;
    return false;
}

MeetingEntryView MeetingEntryForm::liveView() const
{
    MeetingEntryView view = m_view;
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it) {
        MeetingNote note = view.notes.value(it.key());
        note.discipline = it.key();
        note.text = it->edit->toPlainText().trimmed();
        if (note.text.isEmpty())
            view.notes.remove(it.key());
        else
            view.notes.insert(it.key(), note);
    }
    view.item.entry.medicalIssues = m_medical->toPlainText().trimmed();
    return view;
}

bool MeetingEntryForm::flush()
{
    m_autosave->stop();
    if (!m_view.item.stay.id.isValid() || !hasUnsavedText())
        return true;
    bool ok = true;
    bool wrote = false;
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it) {
        if (!it->dirty)
            continue;
        const Result<MeetingNote> saved =
            m_store.meetings().saveNote(m_meeting.id, stay(), it.key(), it->edit->toPlainText(), it->version);
        if (!saved) {
            showFailure(tr("The note of %1 was not saved: %2")
                            .arg(MeetingText::discipline(it.key(), m_disciplines), saved.failure().text()));
            ok = false;
            continue;
        }
        it->version = saved->version;
        it->dirty = false;
        m_view.notes.insert(it.key(), *saved);
        wrote = true;
    }
    if (m_medicalDirty) {
        const Result<MeetingEntry> saved =
            m_store.meetings().setMedicalIssues(m_meeting.id, stay(), m_medical->toPlainText(), m_medicalVersion);
        if (!saved) {
            showFailure(tr("The medical issues were not saved: %1").arg(saved.failure().text()));
            ok = false;
        } else {
            m_medicalVersion = saved->version;
            m_medicalDirty = false;
            m_view.item.entry = *saved;
            wrote = true;
        }
    }
    if (ok)
        m_banner->setVisible(false);
    if (wrote)
        emit saved();
    return ok;
}

void MeetingEntryForm::reload()
{
    if (!m_view.item.stay.id.isValid())
        return;
    const Result<MeetingEntryView> view = m_store.meetings().entry(m_meeting.id, stay());
    if (!view) {
        showFailure(view.failure().text());
        return;
    }
    // Keep what is typed and not saved yet.
    QMap<QString, QString> typed;
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it)
        if (it->dirty)
            typed.insert(it.key(), it->edit->toPlainText());
    const QString medical = m_medicalDirty ? m_medical->toPlainText() : QString();
    const bool medicalDirty = m_medicalDirty;
    const bool banner = m_banner->isVisible();
    const QString bannerText = m_banner->text();
    load(m_meeting, *view);
    m_loading = true;
    for (auto it = typed.begin(); it != typed.end(); ++it) {
        m_notes[it.key()].edit->setPlainText(it.value());
        m_notes[it.key()].dirty = true;
    }
    if (medicalDirty) {
        m_medical->setPlainText(medical);
        m_medicalDirty = true;
    }
    m_loading = false;
    if (banner)
        showFailure(bannerText);
    emit liveChanged(liveView());
}

void MeetingEntryForm::showFailure(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(true);
}

} // namespace smr::ui
