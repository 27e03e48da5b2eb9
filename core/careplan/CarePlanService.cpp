#include "core/careplan/CarePlanService.h"

#include "core/audit/AuditEntry.h"
#include "core/audit/Snapshots.h"
#include "core/audit/Writer.h"
#include "core/careplan/CarePlanRepository.h"
#include "core/careplan/CarePlanRules.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/results/ResultRepository.h"
#include "core/stays/StayRepository.h"

namespace smr {

CarePlanService::CarePlanService(Writer &writer, CarePlanRepository &plans, StayRepository &stays,
                                 ResultRepository &results, const InstrumentCatalog &instruments, const Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_plans(plans)
    , m_stays(stays)
    , m_results(results)
    , m_instruments(instruments)
    , m_clock(clock)
{
}

namespace {

// What a plan holds, without its version and validation: a save that changes none of it is no
// change.
bool sameContent(const CarePlan &a, const CarePlan &b)
{
    QJsonObject x = snapshot::of(a);
    QJsonObject y = snapshot::of(b);
    for (const char *key : {"version", "validated_by", "validated_at", "validated_version"}) {
        x.remove(QLatin1String(key));
        y.remove(QLatin1String(key));
    }
    return x == y;
}

} // namespace

Result<Stay> CarePlanService::stayFor(StayId id)
{
    if (std::optional<Stay> s = m_stays.find(id))
        return *s;
    return Failure::notFound(CarePlanRules::StayField, tr("No stay has the identifier %1.").arg(id.value));
}

Failure CarePlanService::conflict() const
{
    return Failure::conflict(tr("This care plan was changed elsewhere since you opened it. Your changes were not "
                                "saved: reopen it to see the latest version."));
}

Result<CarePlan> CarePlanService::find(StayId stay)
{
    return m_writer.read([&]() -> Result<CarePlan> {
        if (std::optional<CarePlan> p = m_plans.forStay(stay))
            return *p;
        return Failure::notFound(CarePlanRules::PlanField, tr("Stay no. %1 has no care plan yet.").arg(stay.value));
    });
}

Result<CarePlan> CarePlanService::save(const CarePlan &edited)
{
    const CarePlan incoming = CarePlanRules::normalized(edited);
    PatientId patient;
    auto result = m_writer.write(Right::WriteAssessments, [&](Change &change) -> Result<CarePlan> {
        const Result<Stay> stay = stayFor(incoming.stayId);
        if (!stay)
            return stay.failure();
        patient = stay->patientId;
        if (stay->status == StayStatus::Cancelled)
            return Failure::invalid(
                CarePlanRules::StayField,
                tr("Stay no. %1 was cancelled: a cancelled stay has no care plan.").arg(stay->id.value));

        std::optional<CarePlan> stored;
        if (incoming.id.isValid()) {
            stored = m_plans.find(incoming.id);
            if (!stored)
                return Failure::notFound(CarePlanRules::PlanField,
                                         tr("No care plan has the identifier %1.").arg(incoming.id.value));
            if (stored->stayId != incoming.stayId)
                return Failure::invalid(CarePlanRules::StayField,
                                        tr("Care plan no. %1 belongs to stay no. %2; it cannot move to stay no. %3.")
                                            .arg(stored->id.value)
                                            .arg(stored->stayId.value)
                                            .arg(incoming.stayId.value));
            if (stored->version != incoming.version)
                return conflict();
        } else if (const std::optional<CarePlan> existing = m_plans.forStay(incoming.stayId)) {
            return Failure::invalid(CarePlanRules::StayField,
                                    tr("Stay no. %1 already has a care plan (no. %2): open it to change it.")
                                        .arg(incoming.stayId.value)
                                        .arg(existing->id.value));
        }

        CarePlan plan = incoming;
        QList<FieldError> errors = CarePlanRules::check(plan, *stay, m_instruments, m_clock.today());
        if (!errors.isEmpty())
            return Failure::invalid(errors);
        if (const std::optional<FieldError> shortfall = CarePlanRules::checkShortfallReason(plan, stay->mode))
            return Failure::invalid({*shortfall});
        // A reason with nothing short would say the plan falls short when it does not.
        if (CarePlanRules::decreeShortfalls(plan.disciplines, stay->mode).isEmpty())
            plan.shortfallReason.clear();

        if (!plan.agreedOn.isValid())
            plan.agreementRecordedBy.clear();
        else if (!stored || stored->agreedOn != plan.agreedOn)
            plan.agreementRecordedBy = change.actor() ? change.actor()->displayName : QString();
        else
            plan.agreementRecordedBy = stored->agreementRecordedBy;

        if (stored) {
            if (sameContent(*stored, plan)) {
                change.markUnchanged(); // a validation stands
                return *stored;
            }
            if (!m_plans.update(plan, change.now()))
                return conflict();
            plan.version = stored->version + 1;
            plan.validatedBy = stored->validatedBy;
            plan.validatedAt = stored->validatedAt;
            plan.validatedVersion = stored->validatedVersion;
            change.record(audit::CarePlan, plan.id, patient, audit::Update, snapshot::of(*stored), snapshot::of(plan));
        } else {
            plan.validatedBy.clear();
            plan.validatedAt = {};
            plan.validatedVersion = 0;
            plan.id = m_plans.insert(plan, change.now());
            plan.version = 1;
            change.record(audit::CarePlan, plan.id, patient, audit::Create, {}, snapshot::of(plan));
        }
        return plan;
    });
    if (result)
        emit carePlanSaved(result->stayId, patient);
    return result;
}

Result<CarePlan> CarePlanService::validate(CarePlanId id, int version)
{
    PatientId patient;
    StayId stayId;
    auto result = m_writer.write(Right::SignAssessments, [&](Change &change) -> Result<CarePlan> {
        const std::optional<CarePlan> stored = m_plans.find(id);
        if (!stored)
            return Failure::notFound(CarePlanRules::PlanField, tr("No care plan has the identifier %1.").arg(id.value));
        if (stored->version != version)
            return conflict();
        const Result<Stay> stay = stayFor(stored->stayId);
        if (!stay)
            return stay.failure();
        if (stay->status == StayStatus::Cancelled)
            return Failure::invalid(
                CarePlanRules::StayField,
                tr("Stay no. %1 was cancelled: its care plan cannot be validated.").arg(stay->id.value));
        if (stored->isValidated())
            return Failure::invalid(
                CarePlanRules::PlanField,
                tr("This care plan was already validated by %1 on %2.")
                    .arg(stored->validatedBy, dates::display(stored->validatedAt.toLocalTime().date())));
        patient = stay->patientId;
        stayId = stay->id;
        CarePlan plan = *stored;
        plan.validatedBy = change.actor() ? change.actor()->displayName : QString();
        plan.validatedAt = m_clock.now().toUTC();
        if (!m_plans.validate(plan, change.now()))
            return conflict();
        plan.version = stored->version + 1;
        plan.validatedVersion = plan.version;
        change.record(audit::CarePlan, plan.id, patient, audit::Sign, snapshot::of(*stored), snapshot::of(plan));
        return plan;
    });
    if (result)
        emit carePlanSaved(stayId, patient);
    return result;
}

Result<QList<GoalStatus>> CarePlanService::progress(StayId stayId)
{
    return m_writer.read([&]() -> Result<QList<GoalStatus>> {
        const Result<Stay> stay = stayFor(stayId);
        if (!stay)
            return stay.failure();
        const std::optional<CarePlan> plan = m_plans.forStay(stayId);
        if (!plan)
            return Failure::notFound(CarePlanRules::PlanField,
                                     tr("Stay no. %1 has no care plan yet.").arg(stayId.value));
        const QList<TestResult> results = m_results.current(stayId);
        QList<GoalStatus> out;
        for (const Goal &goal : plan->goals) {
            GoalStatus s;
            s.goal = goal;
            s.deadline = CarePlanRules::deadline(goal, stay->admissionDate, plan->plannedWeeks);
            s.progress =
                GoalProgress::of(goal, {stay->admissionDate, s.deadline, m_clock.today()}, results, m_instruments);
            out << s;
        }
        return out;
    });
}

} // namespace smr
