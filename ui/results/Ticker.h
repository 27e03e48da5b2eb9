#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace smr::ui {

// A monotonic time source that ticks a few times a second: what stopwatches and countdowns read.
// Tests use ManualTicker to move time by hand.
class Ticker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // Milliseconds since an arbitrary origin, never going back.
    virtual qint64 nowMs() const = 0;

signals:
    void tick();
};

class SystemTicker final : public Ticker
{
    Q_OBJECT

public:
    explicit SystemTicker(QObject *parent = nullptr);
    qint64 nowMs() const override { return m_clock.elapsed(); }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
};

// Time that moves only when told: advance() and the forms see it at once.
class ManualTicker final : public Ticker
{
    Q_OBJECT

public:
    using Ticker::Ticker;
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms)
    {
        m_now += ms;
        emit tick();
    }

private:
    qint64 m_now = 0;
};

} // namespace smr::ui
