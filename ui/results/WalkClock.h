#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace smr {
class Clock;
}

namespace smr::ui {

class Ticker;

// The six minutes of a walk test as the tester lives them (clinical reference §2): the start, the
// patient's stops while the time runs on, the end at 6:00 or an early stop. Time is read from the
// monotonic Ticker while the application runs and anchored on the wall clock, so that a test
// resumed after a kill goes on where it really is (started 2 minutes ago: 4:00 left), and a
// tablet that slept catches up (a monotonic clock stops while the device sleeps).
class WalkClock : public QObject
{
    Q_OBJECT

public:
    enum class State { Ready, Running, Finished, Aborted };
    static constexpr qint64 DurationMs = 6 * 60 * 1000;

    // `clock` may be null: the system's wall clock is used.
    WalkClock(Ticker *ticker, const Clock *clock, QObject *parent = nullptr);
    ~WalkClock() override;

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    bool isEnded() const { return m_state == State::Finished || m_state == State::Aborted; }
    bool isPaused() const { return m_paused; }
    // Time walked since the start (frozen at the end or at an early stop), and what is left.
    qint64 elapsedMs() const;
    qint64 leftMs() const { return DurationMs - elapsedMs(); }
    // How long the patient has been stopped (0 when walking).
    qint64 pauseMs() const;

    void start();
    // The patient stops, or walks again.
    void togglePause();
    // Ends the test before 6:00.
    void abort();
    // Back to 6:00, nothing started.
    void reset();

    // Where the test is, for a draft: {"started_at": ISO wall time, "stopped_at": the current
    // stop's start, "ended_early_after_ms": the time walked before an early stop}.
    QJsonObject progress() const;
    // Resumes from a draft's progress, emitting what happened since (the end, the end of a stop).
    void restore(const QJsonObject &progress);

signals:
    void started();
    void paused();
    // The patient walks again after `pauseMs` (a stop lasts at most until 6:00).
    void resumed(qint64 pauseMs);
    void finished();
    void aborted(qint64 elapsedMs);
    // The time shown moved (a few times a second while running).
    void ticked();

private:
    QDateTime now() const;
    void poll();
    void endPause();

    Ticker *m_ticker;
    const Clock *m_clock;
    std::unique_ptr<Clock> m_ownClock;
    State m_state = State::Ready;
    qint64 m_startMs = 0;
    QDateTime m_startedAt;
    qint64 m_endMs = 0;
    bool m_paused = false;
    qint64 m_pauseStartMs = 0;
    QDateTime m_pausedAt;
};

} // namespace smr::ui
