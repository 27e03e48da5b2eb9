#pragma once

#include "core/stays/Stay.h"

#include <QList>
#include <QString>

#include <optional>

namespace smr {

class Database;
class Sql;

// Reads and writes stays. Throws StorageError; writes are made inside the caller's transaction.
class StayRepository
{
public:
    explicit StayRepository(Database &db) : m_db(db) {}

    StayId insert(const Stay &stay, const QString &timestamp);
    // False when the stored version is no longer `stay.version`.
    bool update(const Stay &stay, const QString &timestamp);

    std::optional<Stay> find(StayId id);
    // The patient's pre-admission or stay in progress, if any.
    std::optional<Stay> findOpen(PatientId patient);
    // Every stay of the patient, the most recent admission first.
    QList<Stay> forPatient(PatientId patient);
    qint64 count();

    static QString columns(const QString &alias);
    static constexpr int ColumnCount = 15;
    // The filter of a unit's stays in progress on a day, for a query on `stays s`: in progress
    // (not discharged, not a pre-admission) and admitted on or before the day. Binds the unit's
    // code, then the day (ISO). Served by the index stays_open_by_unit.
    static QString inProgressOn();
    static Stay readRow(const Sql &row, int first);

private:
    Database &m_db;
};

} // namespace smr
