#pragma once

#include "ui/results/WalkClock.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace smr {
class Clock;
}

namespace smr::ui {

class Ticker;

// The 6:00 countdown of the six-minute walk test (clinical reference §2): Start, the patient's
// stops (Pause/Resume, while the countdown keeps running) and Stop for a test ended early; the
// standard encouragement of the current minute in large type, as the tester must say it; and,
// while the patient is stopped, the sentence that invites them to walk again.
class WalkCountdown : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 DurationMs = WalkClock::DurationMs;
    using State = WalkClock::State;

    // `clock`: the wall clock the walk is dated on (null: the system's).
    WalkCountdown(Ticker *ticker, const Clock *clock, QWidget *parent = nullptr);

    State state() const { return m_walk->state(); }
    bool isPaused() const { return m_walk->isPaused(); }
    // Time walked since Start (frozen at the end or at an early stop).
    qint64 elapsedMs() const { return m_walk->elapsedMs(); }
    // What the tester says at `elapsedMs` after Start: nothing during the first minute, then the
    // encouragement of each minute, the warning 15 s before the end and "Stop!" at 6:00.
    static QString encouragement(qint64 elapsedMs);

signals:
    void started();
    void paused();
    // The patient walks again after `pauseMs`.
    void resumed(qint64 pauseMs);
    void finished();
    // Stopped before 6:00, after `elapsedMs`.
    void aborted(qint64 elapsedMs);

private:
    void refresh();

    // The time of the walk, shared with the tablet's walk screen: this widget shows it.
    WalkClock *m_walk;
    QLabel *m_countdown = nullptr;
    QLabel *m_encouragement = nullptr;
    QLabel *m_pauseMessage = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_abort = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace smr::ui
