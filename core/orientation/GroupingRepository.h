#pragma once

#include "core/orientation/Grouping.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace smr {

class Database;

// Reads and writes the team's choices of group (table stay_groups). Throws StorageError; writes
// are made inside the caller's transaction.
class GroupingRepository
{
public:
    explicit GroupingRepository(Database &db) : m_db(db) {}

    // The stay's row, a withdrawn choice (no group) included.
    std::optional<GroupOverride> find(StayId stay);
    // A first choice for the stay (version 1).
    void insert(const GroupOverride &choice, const QString &timestamp);
    // Replaces the stored row (its group may be nothing: withdrawn); false when the stored
    // version is no longer `choice.version`.
    bool update(const GroupOverride &choice, const QString &timestamp);

    // The current choices (with a group) of the open stays (pre-admission, in progress) of a unit.
    QMap<StayId, GroupOverride> currentInUnit(const QString &unitCode);
    // The current choices (with a group) of these stays.
    QMap<StayId, GroupOverride> current(const QList<StayId> &stays);

private:
    Database &m_db;
};

} // namespace smr
