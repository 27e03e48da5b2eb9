#pragma once

#include "core/access/Rights.h"
#include "core/meetings/MeetingView.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace smr {
class Store;
struct ChangeSet;
} // namespace smr

namespace smr::ui {

class AgendaModel;
class DateField;
class MeetingEntryForm;
class PresenterWindow;
class Prompter;

// The weekly pluridisciplinary meeting of a unit (Unit › Weekly meeting…, Ctrl+R): choose or
// create the meeting, name the attendees, run through the agenda (drag and drop or Alt+Up/Down
// to change the order), write each patient's notes, decisions and actions, start the
// projection (F5) with the presenter's view, close and sign, reopen for a correction.
class MeetingWindow : public QWidget
{
    Q_OBJECT

public:
    MeetingWindow(Store &store, Prompter &prompter, const QString &unitCode, QWidget *parent = nullptr);
    ~MeetingWindow() override;

    // The meeting shown (invalid when none).
    MeetingId meetingId() const { return m_agenda.meeting.id; }
    void selectMeeting(MeetingId id);
    void selectStay(StayId stay);
    MeetingEntryForm *form() const { return m_form; }
    AgendaModel *agendaModel() const { return m_model; }
    PresenterWindow *presenter() const;

    // Starts the projection on `screenIndex` of the screen list (−1: the default, the second
    // screen when there is one).
    void project(int screenIndex = -1);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadUnits(const QString &unitCode);
    void loadMeetings(MeetingId select = {});
    void loadAgenda(StayId select = {});
    void showCurrentEntry();
    void updateState();
    void createMeeting();
    void editAttendees();
    void startMeeting();
    void closeMeeting();
    void correctMeeting();
    void editDisciplines();
    void otherWorkstationSaved(const ChangeSet &changes);
    void showFailure(const QString &text);
    bool can(Right right) const;

    Store &m_store;
    Prompter &m_prompter;
    MeetingAgenda m_agenda;
    QList<MeetingDiscipline> m_disciplines;
    StayId m_shownStay;
    bool m_switching = false;
    QLabel *m_banner;
    QComboBox *m_unit;
    QComboBox *m_meetings;
    DateField *m_newDate;
    QPushButton *m_create;
    QLabel *m_status;
    QLabel *m_attendees;
    QPushButton *m_editAttendees;
    QPushButton *m_start;
    QPushButton *m_close;
    QPushButton *m_correct;
    QPushButton *m_minutes;
    QPushButton *m_disciplinesButton;
    QComboBox *m_screens;
    QCheckBox *m_initials;
    QPushButton *m_project;
    QListView *m_list;
    AgendaModel *m_model;
    MeetingEntryForm *m_form;
    QPointer<PresenterWindow> m_presenter;
};

} // namespace smr::ui
