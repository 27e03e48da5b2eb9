#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace smr::dates {

// Strict ISO 8601 calendar date (YYYY-MM-DD): the storage and command-line format.
std::optional<QDate> parseIso(QStringView text);
QString toIso(const QDate &date);

// What a French user types in a date field: 22/11/2026, 22.11.2026, 22-11-2026, 22112026,
// 22/11/26 (two-digit years resolve to the most recent year not after `today`'s year + 1),
// and ISO dates. Returns nothing for anything else or for an impossible date (31/02/2026).
std::optional<QDate> parseUserInput(QStringView text, const QDate &today);

// 22/11/2026: the one display format of the application, in every language.
QString display(const QDate &date);

// Completed years between the two dates (the age on `on` of someone born on `birth`).
int completedYears(const QDate &birth, const QDate &on);

} // namespace smr::dates
