#pragma once

// The plans the care plan suites start from: each test changes what it is about.

#include "core/careplan/CarePlan.h"
#include "core/stays/Stay.h"

namespace smr::test {

inline Goal measuredGoal(Objective objective, TargetKind kind, const char *instrument, const char *measure,
                         double value)
{
    Goal g;
    g.objective = objective;
    g.kind = kind;
    g.instrument = QString::fromLatin1(instrument);
    g.measure = QString::fromLatin1(measure);
    g.value = value;
    return g;
}

// Five goals, one of each kind (REFERENCE §8 objectives), and sessions that meet the decree in full
// hospitalisation: 4 therapies, 17 sessions a week of which 8 individual.
inline CarePlan validPlan(StayId stay)
{
    CarePlan p;
    p.stayId = stay;
    p.plannedWeeks = 4;
    p.goals << measuredGoal(Objective::PainManagement, TargetKind::RelativeChange, "odi", "percent", -30)
            << measuredGoal(Objective::Reconditioning, TargetKind::AbsoluteChange, "6mwt", "distance_m", 50)
            << measuredGoal(Objective::SpineParameters, TargetKind::Threshold, "berg", "total", 45);
    Goal work;
    work.objective = Objective::ReturnToWork;
    work.kind = TargetKind::Date;
    work.targetDate = QDate(2027, 1, 4);
    work.text = QStringLiteral("Part-time return, adapted workstation");
    p.goals << work;
    Goal postures;
    postures.objective = Objective::SpineSparing;
    postures.kind = TargetKind::Unmeasured;
    postures.text = QStringLiteral("Lifts a 10 kg box with spine-sparing postures");
    postures.reviewDate = QDate(2026, 11, 27);
    p.goals << postures;
    p.disciplines = {{Discipline::Physiotherapy, 5, 3},
                     {Discipline::OccupationalTherapy, 2, 2},
                     {Discipline::AdaptedPhysicalActivity, 0, 4},
                     {Discipline::Psychology, 1, 0}};
    p.nextReview = QDate(2026, 11, 24);
    return p;
}

} // namespace smr::test
