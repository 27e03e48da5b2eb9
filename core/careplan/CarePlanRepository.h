#pragma once

#include "core/careplan/CarePlan.h"

#include <QString>

#include <optional>

namespace smr {

class Database;
class Sql;

// Reads and writes care plans (table care_plans, goals and disciplines as JSON). Throws
// StorageError; writes are made inside the caller's transaction.
class CarePlanRepository
{
public:
    explicit CarePlanRepository(Database &db) : m_db(db) {}

    CarePlanId insert(const CarePlan &plan, const QString &timestamp);
    // False when the stored version is no longer `plan.version`.
    bool update(const CarePlan &plan, const QString &timestamp);
    // Records plan.validatedBy and validatedAt for the next version (the validation is a write of
    // its own); false when the stored version is no longer `plan.version`.
    bool validate(const CarePlan &plan, const QString &timestamp);

    std::optional<CarePlan> find(CarePlanId id);
    std::optional<CarePlan> forStay(StayId stay);

private:
    std::optional<CarePlan> one(const QString &where, qint64 key);
    static CarePlan readRow(const Sql &q);

    Database &m_db;
};

} // namespace smr
