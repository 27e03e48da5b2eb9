#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

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
    static constexpr qint64 DurationMs = 6 * 60 * 1000;
    enum class State { Ready, Running, Finished, Aborted };

    WalkCountdown(Ticker *ticker, QWidget *parent = nullptr);

    State state() const { return m_state; }
    bool isPaused() const { return m_paused; }
    // Time walked since Start (frozen at the end or at an early stop).
    qint64 elapsedMs() const;
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
    void start();
    void togglePause();
    void abort();
    void reset();
    void endPause();
    void refresh();

    Ticker *m_ticker;
    QLabel *m_countdown = nullptr;
    QLabel *m_encouragement = nullptr;
    QLabel *m_pauseMessage = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_abort = nullptr;
    QPushButton *m_reset = nullptr;
    State m_state = State::Ready;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0; // elapsed when finished or aborted
    bool m_paused = false;
    qint64 m_pauseStartMs = 0;
};

} // namespace smr::ui
