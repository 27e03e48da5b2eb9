#pragma once

#include "core/careplan/CarePlan.h"
#include "core/common/Result.h"
#include "core/instruments/Instrument.h"
#include "core/stays/Stay.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace smr {

class InstrumentCatalog;

// The rules of a care plan that need no database: forms call them as the plan is typed, and
// CarePlanService before saving. The decree's minimum (décret n° 2022-25, clinical reference §8)
// is a separate check: a plan may fall short of it, with a reason.
class CarePlanRules
{
    Q_DECLARE_TR_FUNCTIONS(CarePlanRules)

public:
    // Field keys of the refusals; a goal's or a discipline's own field is "goals[2].value",
    // "disciplines[0].individual_per_week" (indexes from 0).
    static inline const QString StayField = QStringLiteral("stay");
    static inline const QString PlanField = QStringLiteral("care_plan");
    static inline const QString GoalsField = QStringLiteral("goals");
    static inline const QString DisciplinesField = QStringLiteral("disciplines");
    static inline const QString PlannedWeeksField = QStringLiteral("planned_weeks");
    static inline const QString AgreedOnField = QStringLiteral("agreed_on");
    static inline const QString NextReviewField = QStringLiteral("next_review");
    static inline const QString ShortfallReasonField = QStringLiteral("shortfall_reason");
    static QString goalField(qsizetype index, const QString &key);
    static QString disciplineField(qsizetype index, const QString &key);

    static constexpr int MinWeeks = 1;
    static constexpr int MaxWeeks = 12;
    static constexpr int MaxSessionsPerWeek = 20;
    static constexpr int MaxTextLength = 500;
    // Decision: a relative improvement of a "higher is better" measure up to +200 % (tripling);
    // a "lower is better" one down to −100 % (zero). An absolute change at most the measure's range.
    static constexpr double MaxRelativeIncrease = 200;
    // Decision: a date goal (return to work…) may fall after the stay, within a year of the admission.
    static constexpr int MaxTargetDaysAfterAdmission = 365;

    // Trimmed texts; the fields a goal's kind does not use are cleared (an unmeasured goal keeps
    // no instrument, a measured one no target date nor date achieved).
    static CarePlan normalized(CarePlan plan);

    // The days a review may fall on: from the admission to the planned discharge, or to the
    // admission + the plan's weeks when no discharge is planned.
    struct Window {
        QDate first;
        QDate last;
        bool contains(const QDate &d) const { return d >= first && d <= last; }
    };
    static Window stayWindow(const Stay &stay, int plannedWeeks);
    // When a goal is judged: its review date, else the admission + the plan's weeks.
    static QDate deadline(const Goal &goal, const QDate &admission, int plannedWeeks);

    // Every refusal of the plan for `stay` (not the decree's minimum: see decreeShortfalls).
    static QList<FieldError> check(const CarePlan &plan, const Stay &stay, const InstrumentCatalog &instruments,
                                   const QDate &today);
    static QList<FieldError> checkGoal(const Goal &goal, qsizetype index, const Stay &stay, int plannedWeeks,
                                       const InstrumentCatalog &instruments, const QDate &today);

    // Décret n° 2022-25 (clinical reference §8): at least three therapies among physiotherapy,
    // occupational therapy, orthoprosthetics, psychomotricity, psychology and adapted physical
    // activity; in full hospitalisation, at least two treatment sequences each working day, one
    // of them individual.
    struct Shortfall {
        enum class Rule { Therapies, SessionsPerWeek, IndividualPerWeek };
        Rule rule;
        QString text; // one English sentence (translated), what is planned and what is needed
    };
    static constexpr int MinTherapies = 3;
    // Decision: two sequences each of the 5 working days = 10 sessions a week (individual and
    // collective, every discipline), one of them individual = 5 individual sessions a week.
    static constexpr int MinSessionsFullHospitalisation = 10;
    static constexpr int MinIndividualFullHospitalisation = 5;
    static QList<Discipline> decreeTherapies();
    // What a week of the plan adds up to; `therapies` are the decree's therapies with a session.
    struct Totals {
        int sessions = 0;
        int individual = 0;
        QList<Discipline> therapies;
        int collective() const { return sessions - individual; }
    };
    static Totals totals(const QList<DisciplinePlan> &disciplines);
    static QList<Shortfall> decreeShortfalls(const QList<DisciplinePlan> &disciplines, StayMode mode);
    // The refusal of a plan that falls short of the decree without a reason (naming the field and
    // listing what is missing); nothing when the plan meets it or the reason is given.
    static std::optional<FieldError> checkShortfallReason(const CarePlan &plan, StayMode mode);

    // The value a measured goal aims at from `baseline`: ODI 48 with −30 % → 33.6; 6MWT 320 m
    // with +50 → 370; Berg threshold 45 → 45. Nothing for date and unmeasured goals.
    static std::optional<double> targetValue(const Goal &goal, double baseline);
    // The instrument's measure the goal follows, when both exist.
    static std::optional<Measure> measureOf(const Goal &goal, const InstrumentCatalog &instruments);
    // "ODI disability", "6MWT distance": for messages.
    static QString measureName(const Instrument &instrument, const Measure &measure);

private:
    static void checkMeasured(const Goal &goal, qsizetype index, const InstrumentCatalog &instruments,
                              QList<FieldError> &errors);
};

} // namespace smr
