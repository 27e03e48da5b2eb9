#pragma once

// For fixtures written through the services outside a test body (benchmarks, long histories): a
// refused write is an exception naming what could not be written, not a silent default.

#include "core/common/Result.h"

#include <stdexcept>
#include <string>

namespace smr::test {

template <typename T> T need(Result<T> r, const char *what)
{
    if (!r)
        throw std::runtime_error(std::string(what) + ": " + r.failure().text().toStdString());
    return std::move(r).value();
}

inline void need(const Status &s, const char *what)
{
    if (!s)
        throw std::runtime_error(std::string(what) + ": " + s.failure().text().toStdString());
}

} // namespace smr::test
