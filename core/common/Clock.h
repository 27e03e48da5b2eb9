#pragma once

#include <QDate>
#include <QDateTime>

#include <memory>

namespace smr {

// The time source of the application. Services and views ask it for "today" so that tests can
// pin the date (day N of M, ages, "birth date in the future") instead of depending on the day
// the suite runs.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

// A clock that stays where it is put: for tests, demonstrations and reproducible screenshots.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    explicit FixedClock(QDate day) : m_at(day, QTime(10, 0)) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};

} // namespace smr

namespace smr {

// The system clock, or a clock fixed on the day named by the SMRDESK_TODAY environment variable
// (YYYY-MM-DD): the seam that makes demonstrations, screenshots and end-to-end tests
// reproducible.
std::unique_ptr<Clock> clockFromEnvironment();

// The moment recorded in created_at / updated_at columns: ISO 8601, UTC.
inline QString timestamp(const Clock &clock)
{
    return clock.now().toUTC().toString(Qt::ISODate);
}

} // namespace smr
