#pragma once

#include "core/export/ExportRow.h"
#include "core/export/ExportScope.h"

#include <functional>

namespace smr {

class Database;

// The read side of exports (no writes, no right needed: reading the record is open to whoever is
// signed in). Rows are streamed to a callback through a forward-only query, never gathered in a
// list: a unit over ten years holds up to two million results (issue #10). The callback must not
// run SQL on the same connection (PostgreSQL's single-row mode allows one statement at a time);
// it returns false to stop the reading. Throws StorageError.
class ExportRepository
{
public:
    explicit ExportRepository(Database &db) : m_db(db) {}

    // The final, current results of `scope` (not drafts, not superseded revisions), with their
    // stay, patient and unit, in the order performed_at, then result id. A unit's period compares
    // the day of performed_at, both ends included. Returns how many rows were handed over.
    qint64 forEachResult(const ExportScope &scope, const std::function<bool(const ExportRow &)> &row);
    // The stays of a stay or patient scope with their patient and unit (admission order), results
    // or not; none for a unit's period (its stays are those of its results).
    void forEachStay(const ExportScope &scope, const std::function<bool(const ExportStay &)> &stay);

private:
    Database &m_db;
};

} // namespace smr
