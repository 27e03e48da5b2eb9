#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/WriteTransaction.h"

#include <utility>

namespace smr {

// The one way services write: `body` runs inside a write transaction and returns a Result; the
// transaction commits only when the result is a value, and a storage error becomes a Failure.
// When rights, audit entries and record versions arrive, they are enforced here, once.
template <typename Body> auto inWriteTransaction(Database &db, Body &&body) -> decltype(body())
{
    try {
        WriteTransaction tx(db);
        auto result = std::forward<Body>(body)();
        if (result.ok())
            tx.commit();
        return result;
    } catch (const StorageError &e) {
        return Failure::storage(e.message());
    }
}

// Reads the same way: a storage error becomes a Failure instead of an exception.
template <typename Body> auto reading(Body &&body) -> decltype(body())
{
    try {
        return std::forward<Body>(body)();
    } catch (const StorageError &e) {
        return Failure::storage(e.message());
    }
}

} // namespace smr
