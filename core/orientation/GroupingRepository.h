#pragma once

#include "core/orientation/Grouping.h"
#include "core/patients/Patient.h"
#include "core/stays/Stay.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace smr {

class Database;

// An open stay and its patient, as the groups of a week need them.
struct GroupingStay {
    Stay stay;
    Patient patient;
};

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

    // The open stays (pre-admission, in progress) of a unit whose planned span meets the days
    // `first` to `last`: admitted or expected on or before `last`, with no planned discharge or
    // one on or after `first`. With their patients, in the order of the patient list.
    QList<GroupingStay> openStaysMeeting(const QString &unitCode, const QDate &first, const QDate &last);

private:
    Database &m_db;
};

} // namespace smr
