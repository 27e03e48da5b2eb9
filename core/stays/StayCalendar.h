#pragma once

#include "core/stays/Stay.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace smr {

// Where a stay stands in time: "day 12 of 28", and the planned length of each programme.
// The admission day is day 1; a stay planned from the 2nd to the 29th lasts 28 days.
class StayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(StayCalendar)

public:
    // Day of the stay on `today` (1 on the admission day); nothing before admission, after
    // discharge or for a cancelled stay.
    static std::optional<int> dayOfStay(const Stay &stay, const QDate &today);
    // Planned length in days (admission to planned discharge, both included).
    static std::optional<int> plannedLength(const Stay &stay);

    // The usual length of a programme (clinical reference §8): 4 weeks, or 1 week for education.
    static std::optional<int> usualLengthDays(Programme programme);
    static QDate suggestedPlannedDischarge(Programme programme, const QDate &admission);

    // What a list column and a header show: "Day 12 of 28", "Day 12", "Admission on 25/11/2026",
    // "Discharged on 20/11/2026", "Cancelled".
    static QString progressText(const Stay &stay, const QDate &today);
    // The same for a list column: "Arrival 25/11" instead of the full admission sentence.
    static QString shortProgressText(const Stay &stay, const QDate &today);
};

} // namespace smr
