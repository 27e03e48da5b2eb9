#pragma once

#include "core/common/CodeTable.h"
#include "core/common/Ids.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace smr {

// The objectives of a personalised care plan (projet personnalisé de soins) in the regional
// low-back-pain referential (clinical reference §8).
enum class Objective {
    ReturnToWork,
    SpineParameters,
    Reconditioning,
    PainManagement,
    TreatmentAdjustment,
    GestureAssessment,
    SpineSparing
};

// Who delivers the sessions of a plan. The decree's "therapies" are six of them (CarePlanRules).
enum class Discipline {
    Physiotherapy,
    OccupationalTherapy,
    AdaptedPhysicalActivity,
    Psychology,
    Nursing,
    SocialWork,
    Dietetics,
    Psychomotricity,
    Orthoprosthetics
};

// How a goal is judged: a measure of an instrument that changes or reaches a value, a date, or
// the team's judgement alone.
enum class TargetKind { RelativeChange, AbsoluteChange, Threshold, Date, Unmeasured };

inline constexpr CodeTable<Objective, 7> kObjectives{
    "Objective",
    {{
        {Objective::ReturnToWork, "return_to_work", QT_TRANSLATE_NOOP("Objective", "Return to work"),
         QT_TRANSLATE_NOOP("Objective", "Work")},
        {Objective::SpineParameters, "spine_parameters",
         QT_TRANSLATE_NOOP("Objective", "Analytic and functional spine parameters"),
         QT_TRANSLATE_NOOP("Objective", "Spine parameters")},
        {Objective::Reconditioning, "reconditioning", QT_TRANSLATE_NOOP("Objective", "Exercise reconditioning"),
         QT_TRANSLATE_NOOP("Objective", "Reconditioning")},
        {Objective::PainManagement, "pain_management", QT_TRANSLATE_NOOP("Objective", "Pain management"),
         QT_TRANSLATE_NOOP("Objective", "Pain")},
        {Objective::TreatmentAdjustment, "treatment_adjustment", QT_TRANSLATE_NOOP("Objective", "Treatment adjustment"),
         QT_TRANSLATE_NOOP("Objective", "Treatment")},
        {Objective::GestureAssessment, "gesture_assessment", QT_TRANSLATE_NOOP("Objective", "Gesture assessment"),
         QT_TRANSLATE_NOOP("Objective", "Gestures")},
        {Objective::SpineSparing, "spine_sparing", QT_TRANSLATE_NOOP("Objective", "Spine-sparing postures"),
         QT_TRANSLATE_NOOP("Objective", "Postures")},
    }}};

inline constexpr CodeTable<Discipline, 9> kDisciplines{
    "Discipline",
    {{
        {Discipline::Physiotherapy, "physiotherapy", QT_TRANSLATE_NOOP("Discipline", "Physiotherapy"),
         QT_TRANSLATE_NOOP("Discipline", "Physio")},
        {Discipline::OccupationalTherapy, "occupational_therapy",
         QT_TRANSLATE_NOOP("Discipline", "Occupational therapy"), QT_TRANSLATE_NOOP("Discipline", "OT")},
        {Discipline::AdaptedPhysicalActivity, "adapted_physical_activity",
         QT_TRANSLATE_NOOP("Discipline", "Adapted physical activity"), QT_TRANSLATE_NOOP("Discipline", "APA")},
        {Discipline::Psychology, "psychology", QT_TRANSLATE_NOOP("Discipline", "Psychology"),
         QT_TRANSLATE_NOOP("Discipline", "Psychology")},
        {Discipline::Nursing, "nursing", QT_TRANSLATE_NOOP("Discipline", "Nursing"),
         QT_TRANSLATE_NOOP("Discipline", "Nursing")},
        {Discipline::SocialWork, "social_work", QT_TRANSLATE_NOOP("Discipline", "Social work"),
         QT_TRANSLATE_NOOP("Discipline", "Social")},
        {Discipline::Dietetics, "dietetics", QT_TRANSLATE_NOOP("Discipline", "Dietetics"),
         QT_TRANSLATE_NOOP("Discipline", "Dietetics")},
        {Discipline::Psychomotricity, "psychomotricity", QT_TRANSLATE_NOOP("Discipline", "Psychomotricity"),
         QT_TRANSLATE_NOOP("Discipline", "Psychomotricity")},
        {Discipline::Orthoprosthetics, "orthoprosthetics", QT_TRANSLATE_NOOP("Discipline", "Orthoprosthetics"),
         QT_TRANSLATE_NOOP("Discipline", "Orthoprosthetics")},
    }}};

inline constexpr CodeTable<TargetKind, 5> kTargetKinds{
    "TargetKind",
    {{
        {TargetKind::RelativeChange, "relative_change",
         QT_TRANSLATE_NOOP("TargetKind", "Change of a measure, in % of the baseline"),
         QT_TRANSLATE_NOOP("TargetKind", "Change in %")},
        {TargetKind::AbsoluteChange, "absolute_change",
         QT_TRANSLATE_NOOP("TargetKind", "Change of a measure, in its unit"),
         QT_TRANSLATE_NOOP("TargetKind", "Change")},
        {TargetKind::Threshold, "threshold", QT_TRANSLATE_NOOP("TargetKind", "A measure reaches a value"),
         QT_TRANSLATE_NOOP("TargetKind", "Threshold")},
        {TargetKind::Date, "date", QT_TRANSLATE_NOOP("TargetKind", "Done by a date"),
         QT_TRANSLATE_NOOP("TargetKind", "Date")},
        {TargetKind::Unmeasured, "unmeasured", QT_TRANSLATE_NOOP("TargetKind", "Not measured (described in words)"),
         QT_TRANSLATE_NOOP("TargetKind", "Unmeasured")},
    }}};

// One goal of the plan. Which fields apply depends on the kind (CarePlanRules::normalized clears
// the others): a measured goal names an instrument's measure and a value (a change in % of the
// baseline, e.g. ODI percent −30; a change in the measure's unit, e.g. 6MWT distance +50; or the
// value to reach, e.g. Berg total 45); a date goal has its target date; every goal may have a
// text, and must have one when it is unmeasured.
struct Goal {
    Objective objective = Objective::ReturnToWork;
    TargetKind kind = TargetKind::Unmeasured;
    QString instrument; // an InstrumentCatalog id ("odi")
    QString measure;    // one of the instrument's measures() keys ("percent")
    double value = 0;
    QDate targetDate; // date goals
    QString text;
    QDate reviewDate; // when the goal is judged; the plan's end when not set
    QDate achievedOn; // marked by the physician, for date and unmeasured goals

    bool isMeasured() const
    {
        return kind == TargetKind::RelativeChange || kind == TargetKind::AbsoluteChange ||
               kind == TargetKind::Threshold;
    }
};

// The sessions a discipline gives each week.
struct DisciplinePlan {
    Discipline discipline = Discipline::Physiotherapy;
    int individualPerWeek = 0;
    int collectivePerWeek = 0;

    int sessionsPerWeek() const { return individualPerWeek + collectivePerWeek; }
};

// The personalised care plan of a stay (one per stay): goals, sessions per discipline, the
// planned duration, the patient's agreement, when the plan falls short of the decree's minimum
// (décret n° 2022-25) the reason, and the physician's validation. The validation holds for the
// version it was given to: a later change leaves it as the record of what was validated, and the
// plan is to be validated again (isValidated() false).
struct CarePlan {
    CarePlanId id;
    StayId stayId;
    QList<Goal> goals;
    QList<DisciplinePlan> disciplines;
    int plannedWeeks = 4;
    QDate agreedOn;              // the day the patient agreed to the plan
    QString agreementRecordedBy; // who recorded that agreement (set by the service)
    QString shortfallReason;
    QDate nextReview;
    int version = 0;
    // Set by CarePlanService::validate only.
    QString validatedBy;      // the physician's display name
    QDateTime validatedAt;    // UTC
    int validatedVersion = 0; // the version validated; 0 when never validated

    bool isValidated() const { return validatedVersion > 0 && validatedVersion == version; }
    // Validated once, changed since.
    bool needsRevalidation() const { return validatedVersion > 0 && validatedVersion != version; }
};

// The JSON the care_plans table keeps (stable snake_case keys, codes as in the code tables,
// absent values as null); the audit trail shows the same.
namespace careplanjson {
QJsonObject toJson(const Goal &goal);
QJsonArray toJson(const QList<Goal> &goals);
QJsonObject toJson(const DisciplinePlan &discipline);
QJsonArray toJson(const QList<DisciplinePlan> &disciplines);
// Entries whose codes are unknown are skipped.
QList<Goal> goalsFromJson(const QJsonArray &array);
QList<DisciplinePlan> disciplinesFromJson(const QJsonArray &array);
} // namespace careplanjson

} // namespace smr
