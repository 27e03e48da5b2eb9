#pragma once

#include "core/meetings/MeetingView.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace smr {
class Store;
}

namespace smr::ui {

class DateField;

// What the team decides for one patient: last meeting's decisions, this meeting's (recorded at
// once, written through to the stay, withdrawn while the meeting is open), and the actions (open
// ones carried over from earlier meetings, ticked done here, new ones added).
class DecisionsPanel : public QWidget
{
    Q_OBJECT

public:
    DecisionsPanel(Store &store, QWidget *parent = nullptr);

    void setDisciplines(const QList<MeetingDiscipline> &disciplines);
    void load(const Meeting &meeting, const MeetingEntryView &view, bool editable);

signals:
    void written();
    void failed(const QString &text);

private:
    void addDecision();
    void withdrawDecision();
    void addAction();
    void kindChanged();

    Store &m_store;
    Meeting m_meeting;
    MeetingEntryView m_view;
    QList<MeetingDiscipline> m_disciplines;
    bool m_loading = false;
    QLabel *m_previous;
    QListWidget *m_decisions;
    QPushButton *m_withdraw;
    QWidget *m_decisionRow;
    QComboBox *m_kind;
    DateField *m_date;
    QComboBox *m_programme;
    QLineEdit *m_text;
    QPushButton *m_decide;
    QListWidget *m_actions;
    QWidget *m_actionRow;
    QLineEdit *m_what;
    QComboBox *m_owner;
    DateField *m_due;
    QPushButton *m_addAction;
};

} // namespace smr::ui
