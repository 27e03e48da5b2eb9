#pragma once

#include "core/careplan/CarePlan.h"
#include "core/careplan/GoalProgress.h"
#include "core/common/Result.h"

#include <QObject>

namespace smr {

class CarePlanRepository;
class Clock;
class InstrumentCatalog;
class ResultRepository;
class StayRepository;
class Writer;
struct Stay;

// The only way to write a stay's personalised care plan (issue #5): physicians (the right to
// write assessments) create it once per stay and update it with a version check. Each save
// checks the plan (CarePlanRules), the decree's minimum (a plan short of it needs its reason),
// records who noted the patient's agreement, and is audited as "care_plan".
class CarePlanService : public QObject
{
    Q_OBJECT

public:
    CarePlanService(Writer &writer, CarePlanRepository &plans, StayRepository &stays, ResultRepository &results,
                    const InstrumentCatalog &instruments, const Clock &clock, QObject *parent = nullptr);

    // The stay's plan; NotFound (field "care_plan") when it has none yet.
    Result<CarePlan> find(StayId stay);
    // Creates the plan when plan.id is not set (refused when the stay already has one, or is
    // unknown or cancelled), else saves over the stored version (Conflict when it changed since
    // plan.version was read). agreementRecordedBy is the service's: the signed-in person's name
    // when agreedOn is set or changed, kept otherwise, cleared with agreedOn. The reason for a
    // shortfall is kept only while the plan falls short. Returns the plan as stored.
    // A save that changes nothing the plan holds writes nothing and returns the stored plan (its
    // validation stands); a change after a validation leaves that validation on record for the
    // older version (CarePlan::needsRevalidation).
    Result<CarePlan> save(const CarePlan &plan);
    // The physician's validation of the stored plan `id` as of `version` (the right to sign
    // assessments); refused when the plan changed since (Conflict), has no goal, or is already
    // validated at this version. Audited as "sign". Returns the plan as stored.
    Result<CarePlan> validate(CarePlanId id, int version);
    // Each goal of the stay's plan and where it stands, from the stay's current final results
    // (GoalProgress, today from the clock).
    Result<QList<GoalStatus>> progress(StayId stay);

signals:
    void carePlanSaved(smr::StayId stay, smr::PatientId patient);

private:
    Result<Stay> stayFor(StayId id);
    Failure conflict() const;

    Writer &m_writer;
    CarePlanRepository &m_plans;
    StayRepository &m_stays;
    ResultRepository &m_results;
    const InstrumentCatalog &m_instruments;
    const Clock &m_clock;
};

} // namespace smr
