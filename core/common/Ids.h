#pragma once

#include <QHashFunctions>
#include <QtGlobal>

#include <compare>

namespace smr {

// A database identifier that cannot be mixed up with another kind of identifier:
// a PatientId is not a StayId, even though both are 64-bit integers underneath.
template <typename Tag> struct Id {
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v) : value(v) {}

    constexpr bool isValid() const { return value > 0; }
    constexpr auto operator<=>(const Id &) const = default;
};

template <typename Tag> size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value, seed);
}

using PatientId = Id<struct PatientTag>;
using StayId = Id<struct StayTag>;
using ResultId = Id<struct ResultTag>;
using UserId = Id<struct UserTag>;
using CarePlanId = Id<struct CarePlanTag>;
using MeetingId = Id<struct MeetingTag>;

} // namespace smr
