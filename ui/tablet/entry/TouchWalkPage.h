#pragma once

#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace smr::ui {

class ConfirmButton;
class LabelButton;
class WalkClock;

// The walking page of the six-minute walk on the tablet (clinical reference §2): the countdown in
// huge digits, the sentence to say now in large type (the encouragement of the current minute,
// or while the patient stands the invitation to walk again), the patient's stop and resume, the
// early stop, and the lap button, a third of the screen (its width in landscape, its height in
// portrait) showing the lengths and the distance so far. "−1 length" sits in the opposite corner,
// where the hand that taps the lap button cannot hit it.
class TouchWalkPage : public QWidget
{
    Q_OBJECT

public:
    TouchWalkPage(WalkClock *clock, QWidget *parent = nullptr);

    // What the lap button shows: the lengths counted and the distance they make.
    void setLaps(qint64 laps, const QString &distance);
    // mm:ss of a time, as the countdown shows it.
    static QString clockText(qint64 ms);

signals:
    void lapAdded();
    void lapUndone();
    // The tester goes on to the end of the test (the partial length, the measures after).
    void endRequested();
    // The countdown back to 6:00 (confirmed by a second tap).
    void startOverRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();

    WalkClock *m_clock;
    QBoxLayout *m_body = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    ConfirmButton *m_abort = nullptr;
    QPushButton *m_toEnd = nullptr;
    ConfirmButton *m_startOver = nullptr;
    QPushButton *m_undo = nullptr;
    LabelButton *m_lap = nullptr;
    QLabel *m_lapCount = nullptr;
    QLabel *m_lapDistance = nullptr;
    qint64 m_laps = 0;
};

} // namespace smr::ui
