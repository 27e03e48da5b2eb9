#include "core/common/Clock.h"

#include "core/common/Dates.h"

namespace smr {

std::unique_ptr<Clock> clockFromEnvironment()
{
    const QString day = qEnvironmentVariable("SMRDESK_TODAY");
    if (const std::optional<QDate> d = dates::parseIso(day))
        return std::make_unique<FixedClock>(QDateTime(*d, QTime::currentTime()));
    return std::make_unique<SystemClock>();
}

} // namespace smr
