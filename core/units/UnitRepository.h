#pragma once

#include "core/units/Unit.h"

#include <QList>

#include <optional>

namespace smr {

class Database;

// Reads and writes the units table. Throws StorageError.
class UnitRepository
{
public:
    explicit UnitRepository(Database &db) : m_db(db) {}

    // Every unit in display order, active or not.
    QList<Unit> all();
    std::optional<Unit> find(const QString &code);
    void insert(const Unit &unit);
    // False when the stored unit's version is no longer `unit.version` (saved elsewhere).
    bool update(const Unit &unit);
    int nextSortOrder();

private:
    Database &m_db;
};

} // namespace smr
