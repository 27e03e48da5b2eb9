#pragma once

#include "core/meetings/Meeting.h"
#include "core/users/User.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace smr::ui {

// Who attends the meeting, with the discipline each speaks for: typed, or added from the accounts
// (the discipline follows from their role).
class AttendeesDialog : public QDialog
{
    Q_OBJECT

public:
    AttendeesDialog(const QList<Attendee> &attendees, const QList<MeetingDiscipline> &disciplines,
                    const QList<User> &users, QWidget *parent = nullptr);

    QList<Attendee> attendees() const;

private:
    void addRow(const Attendee &attendee);

    QList<MeetingDiscipline> m_disciplines;
    QList<User> m_users;
    QTableWidget *m_table;
    QComboBox *m_fromAccounts;
};

} // namespace smr::ui
