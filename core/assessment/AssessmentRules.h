#pragma once

#include "core/assessment/AdmissionAssessment.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace smr {

// WHO classes of the body-mass index (clinical reference §9).
enum class BmiClass { Underweight, Normal, Overweight, ObesityI, ObesityII, ObesityIII };

inline constexpr CodeTable<BmiClass, 6> kBmiClasses{
    "BmiClass",
    {{
        {BmiClass::Underweight, "underweight", QT_TRANSLATE_NOOP("BmiClass", "Underweight"),
         QT_TRANSLATE_NOOP("BmiClass", "underweight")},
        {BmiClass::Normal, "normal", QT_TRANSLATE_NOOP("BmiClass", "Normal weight"),
         QT_TRANSLATE_NOOP("BmiClass", "normal")},
        {BmiClass::Overweight, "overweight", QT_TRANSLATE_NOOP("BmiClass", "Overweight"),
         QT_TRANSLATE_NOOP("BmiClass", "overweight")},
        {BmiClass::ObesityI, "obesity_1", QT_TRANSLATE_NOOP("BmiClass", "Obesity class I"),
         QT_TRANSLATE_NOOP("BmiClass", "obesity I")},
        {BmiClass::ObesityII, "obesity_2", QT_TRANSLATE_NOOP("BmiClass", "Obesity class II"),
         QT_TRANSLATE_NOOP("BmiClass", "obesity II")},
        {BmiClass::ObesityIII, "obesity_3", QT_TRANSLATE_NOOP("BmiClass", "Obesity class III"),
         QT_TRANSLATE_NOOP("BmiClass", "obesity III")},
    }}};

// The suggestion of full (HC) or day hospitalisation (HTP), with the indications that led to it.
struct ModeSuggestion {
    StayMode mode = StayMode::DayHospital;
    QStringList reasons; // sentences; empty when nothing indicates HC
};

// The rules of an admission assessment that need no database: computed values (BMI and class,
// exclusions, HC/HTP suggestion, unresolved red flags) and the checks before saving and signing.
class AssessmentRules
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentRules)

public:
    // Field keys of the refusals.
    static inline const QString StayField = QStringLiteral("stay");
    static inline const QString AssessmentField = QStringLiteral("assessment");
    static inline const QString ReasonField = QStringLiteral("reason");
    static inline const QString PainRest = QStringLiteral("pain_rest");
    static inline const QString PainActivity = QStringLiteral("pain_activity");
    static inline const QString HeightField = QStringLiteral("height_cm");
    static inline const QString WeightField = QStringLiteral("weight_kg");
    static inline const QString DistanceField = QStringLiteral("distance_minutes");
    static inline const QString SickLeaveField = QStringLiteral("sick_leave_since");
    static inline const QString SurgeriesField = QStringLiteral("spine_surgeries");
    static inline const QString MaxHeartRate = QStringLiteral("max_heart_rate");
    static inline const QString MaxSystolic = QStringLiteral("max_systolic");
    static inline const QString MaxDiastolic = QStringLiteral("max_diastolic");
    static inline const QString LiftingLimit = QStringLiteral("lifting_limit_kg");
    static inline const QString ExclusionJustification = QStringLiteral("exclusion_justification");
    static inline const QString ModeField = QStringLiteral("chosen_mode");
    static inline const QString OrientationField = QStringLiteral("orientation");
    static inline const QString OrientationNote = QStringLiteral("orientation_note");
    static inline const QString AmendmentReason = QStringLiteral("amendment_reason");
    static inline const QString RedFlagAction = QStringLiteral("red_flag_action");

    static constexpr int MaxTextLength = 4000;
    // Reference §8: more than 45 minutes between home and centre indicates full hospitalisation.
    static constexpr int MaxDayHospitalMinutes = 45;

    // Body-mass index, kg/m², rounded to one decimal; nothing without both height and weight.
    static std::optional<double> bmi(const AdmissionAssessment &a);
    // Decision: the class of the value shown (rounded to one decimal), so that what the
    // physician reads and its class agree: 24.96 shows 25.0, overweight.
    static BmiClass bmiClass(double bmi);
    // The exclusion criteria present: those ticked, and class III obesity from the BMI.
    static QList<Exclusion> exclusionsPresent(const AdmissionAssessment &a);
    static ModeSuggestion suggestMode(const AdmissionAssessment &a);
    // The grouping criteria of reference §8 that the assessment holds (with fatigability, a tick).
    // Decision: heavy medication is a step-3 analgesic or corticosteroids; severe psychosocial
    // factors are the yellow flags ticked (the risk of chronicity).
    static bool heavyMedication(const AdmissionAssessment &a);
    static bool severePsychosocial(const AdmissionAssessment &a);
    // Red flags answered "yes" with no recorded action.
    static QList<RedFlag> unresolvedRedFlags(const AdmissionAssessment &a, const QList<smr::RedFlagAction> &actions);

    static AdmissionAssessment normalized(AdmissionAssessment a);
    // Ranges and lengths, for saving a draft (anything may still be missing).
    static QList<FieldError> check(const AdmissionAssessment &a, const QDate &today);
    // What signing needs beyond that: the reason for admission, a justification when an exclusion
    // criterion is present, the mode and the orientation chosen, and a note when the orientation
    // chosen overrides the one suggested (suggestedOrientation).
    static QList<FieldError> checkForSigning(const AdmissionAssessment &a);
};

} // namespace smr
