#pragma once

#include "core/meetings/MeetingView.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QVBoxLayout;
class QGridLayout;

namespace smr {
class Store;
}

namespace smr::ui {

class DecisionsPanel;

// One patient's entry in a meeting, the same in the meeting window and the presenter's view:
// where the stay stands, what changed since the previous meeting, the goals, a note per
// discipline with last meeting's beside it, the medical issues, the decisions and the actions.
// What is typed is saved on its own (a moment after the last key, when leaving the patient, when
// the window closes); `liveChanged` carries it at every key, for the slide.
class MeetingEntryForm : public QWidget
{
    Q_OBJECT

public:
    MeetingEntryForm(Store &store, QWidget *parent = nullptr);

    void setDisciplines(const QList<MeetingDiscipline> &disciplines);
    void load(const Meeting &meeting, const MeetingEntryView &view);
    void clear();
    // Reads the entry again (after a decision, an action, or what another workstation saved),
    // keeping what is typed and not saved yet.
    void reload();
    // Saves what is typed now; false when a save was refused (the banner says why, the text stays).
    bool flush();
    bool hasUnsavedText() const;
    // The entry with what is typed, saved or not.
    MeetingEntryView liveView() const;
    StayId stay() const { return m_view.item.stay.id; }
    const Meeting &meeting() const { return m_meeting; }

    void showFailure(const QString &text);

signals:
    void liveChanged(const smr::MeetingEntryView &view);
    // Something of the entry was written (counts on the agenda change).
    void saved();

private:
    struct NoteEditor {
        QPlainTextEdit *edit = nullptr;
        QLabel *previous = nullptr;
        int version = 0;
        bool dirty = false;
    };

    void build();
    void fillSummary();
    void fillNotes();
    bool mayWrite(const QString &discipline) const;
    bool canManage() const;
    void edited();

    Store &m_store;
    Meeting m_meeting;
    MeetingEntryView m_view;
    QList<MeetingDiscipline> m_disciplines;
    QLabel *m_banner;
    QLabel *m_title;
    QLabel *m_stayLine;
    QLabel *m_changes;
    QLabel *m_goals;
    QGridLayout *m_notesGrid;
    QWidget *m_notesBox;
    QMap<QString, NoteEditor> m_notes;
    QPlainTextEdit *m_medical;
    int m_medicalVersion = 0;
    bool m_medicalDirty = false;
    DecisionsPanel *m_decisions;
    QTimer *m_autosave;
    bool m_loading = false;
};

} // namespace smr::ui
