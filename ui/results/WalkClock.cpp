#include "ui/results/WalkClock.h"

#include "core/common/Clock.h"
#include "ui/results/Ticker.h"

#include <algorithm>

namespace smr::ui {

namespace {

const QString StartedAt = QStringLiteral("started_at");
const QString StoppedAt = QStringLiteral("stopped_at");
const QString EndedEarly = QStringLiteral("ended_early_after_ms");
// A gap this large between the wall clock and the monotonic one means the device slept.
constexpr qint64 SleepGapMs = 2000;

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

WalkClock::WalkClock(Ticker *ticker, const Clock *clock, QObject *parent)
    : QObject(parent), m_ticker(ticker), m_clock(clock)
{
    if (!m_clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
    connect(m_ticker, &Ticker::tick, this, &WalkClock::poll);
}

WalkClock::~WalkClock() = default;

QDateTime WalkClock::now() const
{
    return m_clock->now();
}

qint64 WalkClock::elapsedMs() const
{
    switch (m_state) {
    case State::Ready:
        return 0;
    case State::Running:
        return std::clamp<qint64>(m_ticker->nowMs() - m_startMs, 0, DurationMs);
    case State::Finished:
    case State::Aborted:
        return m_endMs;
    }
    return 0;
}

qint64 WalkClock::pauseMs() const
{
    return m_paused ? std::max<qint64>(m_ticker->nowMs() - m_pauseStartMs, 0) : 0;
}

void WalkClock::start()
{
    if (m_state != State::Ready)
        return;
    m_state = State::Running;
    m_startMs = m_ticker->nowMs();
    m_startedAt = now();
    m_paused = false;
    emit started();
    emit ticked();
}

void WalkClock::togglePause()
{
    if (m_state != State::Running)
        return;
    if (m_paused) {
        endPause();
    } else {
        m_paused = true;
        m_pauseStartMs = m_ticker->nowMs();
        // Dated from the start's wall time, so that both stay on the same time line.
        m_pausedAt = m_startedAt.addMSecs(m_pauseStartMs - m_startMs);
        emit paused();
    }
    emit ticked();
}

void WalkClock::endPause()
{
    if (!m_paused)
        return;
    m_paused = false;
    const qint64 end = std::min(m_ticker->nowMs(), m_startMs + DurationMs);
    emit resumed(std::max<qint64>(end - m_pauseStartMs, 0));
}

void WalkClock::abort()
{
    if (m_state != State::Running)
        return;
    const qint64 elapsed = elapsedMs();
    endPause();
    m_state = State::Aborted;
    m_endMs = elapsed;
    emit ticked();
    emit aborted(elapsed);
}

void WalkClock::reset()
{
    if (m_state == State::Running)
        return;
    m_state = State::Ready;
    m_paused = false;
    m_endMs = 0;
    m_startedAt = QDateTime();
    emit ticked();
}

void WalkClock::poll()
{
    if (m_state != State::Running)
        return;
    // After a sleep the monotonic time lags behind the wall clock: catch up.
    const qint64 wall = m_startedAt.msecsTo(now());
    const qint64 mono = m_ticker->nowMs() - m_startMs;
    if (wall - mono > SleepGapMs) {
        m_startMs -= wall - mono;
        if (m_paused)
            m_pauseStartMs = m_ticker->nowMs() - std::max<qint64>(m_pausedAt.msecsTo(now()), 0);
    }
    if (m_ticker->nowMs() - m_startMs >= DurationMs) {
        endPause();
        m_state = State::Finished;
        m_endMs = DurationMs;
        emit ticked();
        emit finished();
        return;
    }
    emit ticked();
}

QJsonObject WalkClock::progress() const
{
    QJsonObject out;
    if (m_state == State::Ready)
        return out;
    out.insert(StartedAt, iso(m_startedAt));
    if (m_paused)
        out.insert(StoppedAt, iso(m_pausedAt));
    if (m_state == State::Aborted)
        out.insert(EndedEarly, m_endMs);
    return out;
}

void WalkClock::restore(const QJsonObject &progress)
{
    const QDateTime startedAt = fromIso(progress.value(StartedAt));
    m_paused = false;
    if (!startedAt.isValid()) {
        m_state = State::Ready;
        m_endMs = 0;
        emit ticked();
        return;
    }
    m_startedAt = startedAt;
    const qint64 elapsed = std::max<qint64>(startedAt.msecsTo(now()), 0);
    m_startMs = m_ticker->nowMs() - elapsed;
    if (progress.contains(EndedEarly)) {
        m_state = State::Aborted;
        m_endMs = std::clamp<qint64>(progress.value(EndedEarly).toInteger(), 0, DurationMs);
        emit ticked();
        return;
    }
    m_state = State::Running;
    if (const QDateTime pausedAt = fromIso(progress.value(StoppedAt)); pausedAt.isValid()) {
        m_paused = true;
        m_pausedAt = pausedAt;
        m_pauseStartMs = m_ticker->nowMs() - std::max<qint64>(pausedAt.msecsTo(now()), 0);
    }
    // Six minutes gone while the application was away: the end, and the end of the stop.
    poll();
}

} // namespace smr::ui
