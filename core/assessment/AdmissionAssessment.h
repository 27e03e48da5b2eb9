#pragma once

#include "core/common/CodeTable.h"
#include "core/common/Ids.h"
#include "core/stays/Stay.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace smr {

using AssessmentId = Id<struct AssessmentTag>;

// The red flags of the HAS 2019 recommendation on common low back pain (clinical reference §7):
// signs of a serious underlying pathology that call for imaging or referral.
enum class RedFlag {
    NonMechanicalPain,
    NeurologicalSymptoms,
    PerinealParaesthesia,
    MajorTrauma,
    WeightLoss,
    CancerHistory,
    DrugsOrCorticosteroids,
    StructuralDeformity,
    ThoracicPain,
    AgeOfOnset,
    Fever,
    GeneralDeterioration,
};

inline constexpr CodeTable<RedFlag, 12> kRedFlags{
    "RedFlag",
    {{
        {RedFlag::NonMechanicalPain, "non_mechanical_pain",
         QT_TRANSLATE_NOOP("RedFlag", "Non-mechanical pain (progressive, at rest, at night)"),
         QT_TRANSLATE_NOOP("RedFlag", "non-mechanical pain")},
        {RedFlag::NeurologicalSymptoms, "neurological_symptoms",
         QT_TRANSLATE_NOOP("RedFlag", "Extended neurological symptoms (sphincter disorder, motor deficit of the legs, "
                                      "cauda equina syndrome)"),
         QT_TRANSLATE_NOOP("RedFlag", "neurological symptoms")},
        {RedFlag::PerinealParaesthesia, "perineal_paraesthesia",
         QT_TRANSLATE_NOOP("RedFlag", "Pubic or perineal paraesthesia"),
         QT_TRANSLATE_NOOP("RedFlag", "perineal paraesthesia")},
        {RedFlag::MajorTrauma, "major_trauma", QT_TRANSLATE_NOOP("RedFlag", "Major trauma"),
         QT_TRANSLATE_NOOP("RedFlag", "major trauma")},
        {RedFlag::WeightLoss, "weight_loss", QT_TRANSLATE_NOOP("RedFlag", "Unexplained weight loss"),
         QT_TRANSLATE_NOOP("RedFlag", "weight loss")},
        {RedFlag::CancerHistory, "cancer_history", QT_TRANSLATE_NOOP("RedFlag", "History of cancer"),
         QT_TRANSLATE_NOOP("RedFlag", "history of cancer")},
        {RedFlag::DrugsOrCorticosteroids, "drugs_or_corticosteroids",
         QT_TRANSLATE_NOOP("RedFlag", "Intravenous drug use or long-term corticosteroids"),
         QT_TRANSLATE_NOOP("RedFlag", "IV drugs or corticosteroids")},
        {RedFlag::StructuralDeformity, "structural_deformity",
         QT_TRANSLATE_NOOP("RedFlag", "Major structural deformity of the spine"),
         QT_TRANSLATE_NOOP("RedFlag", "spinal deformity")},
        {RedFlag::ThoracicPain, "thoracic_pain", QT_TRANSLATE_NOOP("RedFlag", "Thoracic pain"),
         QT_TRANSLATE_NOOP("RedFlag", "thoracic pain")},
        {RedFlag::AgeOfOnset, "age_of_onset", QT_TRANSLATE_NOOP("RedFlag", "Onset before 20 or after 55 years"),
         QT_TRANSLATE_NOOP("RedFlag", "age of onset")},
        {RedFlag::Fever, "fever", QT_TRANSLATE_NOOP("RedFlag", "Fever"), QT_TRANSLATE_NOOP("RedFlag", "fever")},
        {RedFlag::GeneralDeterioration, "general_deterioration",
         QT_TRANSLATE_NOOP("RedFlag", "Deterioration of general condition"),
         QT_TRANSLATE_NOOP("RedFlag", "general deterioration")},
    }}};

enum class FlagAnswer { NotAssessed, No, Yes };

inline constexpr CodeTable<FlagAnswer, 3> kFlagAnswers{
    "FlagAnswer",
    {{
        {FlagAnswer::NotAssessed, "not_assessed", QT_TRANSLATE_NOOP("FlagAnswer", "Not assessed"),
         QT_TRANSLATE_NOOP("FlagAnswer", "not assessed")},
        {FlagAnswer::No, "no", QT_TRANSLATE_NOOP("FlagAnswer", "No"), QT_TRANSLATE_NOOP("FlagAnswer", "no")},
        {FlagAnswer::Yes, "yes", QT_TRANSLATE_NOOP("FlagAnswer", "Yes"), QT_TRANSLATE_NOOP("FlagAnswer", "yes")},
    }}};

// Yellow, blue and black flags (clinical reference §7): categories, each with a tick and free text
// (the exact HAS wording of their items was not retrieved).
enum class PsychosocialFlag { Yellow, Blue, Black };

inline constexpr CodeTable<PsychosocialFlag, 3> kPsychosocialFlags{
    "PsychosocialFlag",
    {{
        {PsychosocialFlag::Yellow, "yellow",
         QT_TRANSLATE_NOOP("PsychosocialFlag", "Yellow flags: emotional distress, catastrophising, fear-avoidance, "
                                               "belief that pain is harmful, passive expectations, withdrawal"),
         QT_TRANSLATE_NOOP("PsychosocialFlag", "yellow flags")},
        {PsychosocialFlag::Blue, "blue",
         QT_TRANSLATE_NOOP("PsychosocialFlag", "Blue flags: heavy physical demand, low job satisfaction, stress at "
                                               "work, lack of support"),
         QT_TRANSLATE_NOOP("PsychosocialFlag", "blue flags")},
        {PsychosocialFlag::Black, "black",
         QT_TRANSLATE_NOOP("PsychosocialFlag", "Black flags: employer policy, insurance and compensation, "
                                               "litigation, sick-leave conflicts"),
         QT_TRANSLATE_NOOP("PsychosocialFlag", "black flags")},
    }}};

// Exclusion criteria (récusation) of the regional referential (clinical reference §8). Class III
// obesity is detected from the BMI; the others are the physician's judgement.
enum class Exclusion { IntercurrentDisease, SecondaryCause, Pregnancy, PsychiatricOrCognitive, SevereObesity };

inline constexpr CodeTable<Exclusion, 5> kExclusions{
    "Exclusion",
    {{
        {Exclusion::IntercurrentDisease, "intercurrent_disease",
         QT_TRANSLATE_NOOP("Exclusion", "Intercurrent disease preventing intensive rehabilitation (cardiac, "
                                        "respiratory, neurological)"),
         QT_TRANSLATE_NOOP("Exclusion", "intercurrent disease")},
        {Exclusion::SecondaryCause, "secondary_cause",
         QT_TRANSLATE_NOOP("Exclusion", "Secondary cause (tumour, infection, unstable fracture)"),
         QT_TRANSLATE_NOOP("Exclusion", "secondary cause")},
        {Exclusion::Pregnancy, "pregnancy", QT_TRANSLATE_NOOP("Exclusion", "Pregnancy"),
         QT_TRANSLATE_NOOP("Exclusion", "pregnancy")},
        {Exclusion::PsychiatricOrCognitive, "psychiatric_or_cognitive",
         QT_TRANSLATE_NOOP("Exclusion", "Disabling psychiatric or cognitive disorder"),
         QT_TRANSLATE_NOOP("Exclusion", "psychiatric or cognitive disorder")},
        {Exclusion::SevereObesity, "obesity_class_3", QT_TRANSLATE_NOOP("Exclusion", "Obesity class III (BMI ≥ 40)"),
         QT_TRANSLATE_NOOP("Exclusion", "obesity class III")},
    }}};

// Step of the WHO analgesic ladder of the current treatment.
enum class AnalgesicLevel { None, Step1, Step2, Step3 };

inline constexpr CodeTable<AnalgesicLevel, 4> kAnalgesicLevels{
    "AnalgesicLevel",
    {{
        {AnalgesicLevel::None, "none", QT_TRANSLATE_NOOP("AnalgesicLevel", "No analgesic"),
         QT_TRANSLATE_NOOP("AnalgesicLevel", "none")},
        {AnalgesicLevel::Step1, "step1", QT_TRANSLATE_NOOP("AnalgesicLevel", "Step 1 (non-opioid)"),
         QT_TRANSLATE_NOOP("AnalgesicLevel", "step 1")},
        {AnalgesicLevel::Step2, "step2", QT_TRANSLATE_NOOP("AnalgesicLevel", "Step 2 (weak opioid)"),
         QT_TRANSLATE_NOOP("AnalgesicLevel", "step 2")},
        {AnalgesicLevel::Step3, "step3", QT_TRANSLATE_NOOP("AnalgesicLevel", "Step 3 (strong opioid)"),
         QT_TRANSLATE_NOOP("AnalgesicLevel", "step 3")},
    }}};

enum class LegRadiation { None, AboveKnee, BelowKnee };

inline constexpr CodeTable<LegRadiation, 3> kLegRadiations{
    "LegRadiation",
    {{
        {LegRadiation::None, "none", QT_TRANSLATE_NOOP("LegRadiation", "No radiation to the leg"),
         QT_TRANSLATE_NOOP("LegRadiation", "none")},
        {LegRadiation::AboveKnee, "above_knee", QT_TRANSLATE_NOOP("LegRadiation", "Down to the knee"),
         QT_TRANSLATE_NOOP("LegRadiation", "above the knee")},
        {LegRadiation::BelowKnee, "below_knee", QT_TRANSLATE_NOOP("LegRadiation", "Below the knee"),
         QT_TRANSLATE_NOOP("LegRadiation", "below the knee")},
    }}};

enum class OccupationalCase { None, WorkAccident, OccupationalDisease };

inline constexpr CodeTable<OccupationalCase, 3> kOccupationalCases{
    "OccupationalCase",
    {{
        {OccupationalCase::None, "none", QT_TRANSLATE_NOOP("OccupationalCase", "Neither"),
         QT_TRANSLATE_NOOP("OccupationalCase", "neither")},
        {OccupationalCase::WorkAccident, "work_accident", QT_TRANSLATE_NOOP("OccupationalCase", "Work accident"),
         QT_TRANSLATE_NOOP("OccupationalCase", "work accident")},
        {OccupationalCase::OccupationalDisease, "occupational_disease",
         QT_TRANSLATE_NOOP("OccupationalCase", "Occupational disease"),
         QT_TRANSLATE_NOOP("OccupationalCase", "occupational disease")},
    }}};

enum class WeightBearing { Full, Partial, None };

inline constexpr CodeTable<WeightBearing, 3> kWeightBearings{
    "WeightBearing",
    {{
        {WeightBearing::Full, "full", QT_TRANSLATE_NOOP("WeightBearing", "Full weight-bearing"),
         QT_TRANSLATE_NOOP("WeightBearing", "full")},
        {WeightBearing::Partial, "partial", QT_TRANSLATE_NOOP("WeightBearing", "Partial weight-bearing"),
         QT_TRANSLATE_NOOP("WeightBearing", "partial")},
        {WeightBearing::None, "none", QT_TRANSLATE_NOOP("WeightBearing", "No weight-bearing"),
         QT_TRANSLATE_NOOP("WeightBearing", "none")},
    }}};

// Where the admission assessment orients the patient (clinical reference §8): one of the level-1
// programmes, or a level-2 unit for elderly, complex, cognitive/psychiatric or disabled profiles.
enum class Orientation { SpineRestoration, Individual, Education, Level2 };

inline constexpr CodeTable<Orientation, 4> kOrientations{
    "Orientation",
    {{
        {Orientation::SpineRestoration, "rfr",
         QT_TRANSLATE_NOOP("Orientation", "Functional spine restoration (4 weeks)"),
         QT_TRANSLATE_NOOP("Orientation", "Spine restoration")},
        {Orientation::Individual, "individual", QT_TRANSLATE_NOOP("Orientation", "Individual sessions (4 weeks)"),
         QT_TRANSLATE_NOOP("Orientation", "Individual")},
        {Orientation::Education, "education", QT_TRANSLATE_NOOP("Orientation", "Education and prevention (1 week)"),
         QT_TRANSLATE_NOOP("Orientation", "Education")},
        {Orientation::Level2, "level2", QT_TRANSLATE_NOOP("Orientation", "Referral to a level-2 unit"),
         QT_TRANSLATE_NOOP("Orientation", "Level 2")},
    }}};

struct SpineSurgery {
    QString description;
    QDate date;
    bool operator==(const SpineSurgery &) const = default;
};

struct PsychosocialNote {
    bool present = false;
    QString text;
    bool operator==(const PsychosocialNote &) const = default;
};

// What the gym team must respect during rehabilitation; shown on the patient's header everywhere.
struct Precautions {
    std::optional<int> maxHeartRate; // beats per minute
    std::optional<int> maxSystolic;  // mmHg
    std::optional<int> maxDiastolic; // mmHg
    WeightBearing weightBearing = WeightBearing::Full;
    QString weightBearingDetail; // side, limb, duration
    bool brace = false;
    QString braceDetail;
    std::optional<int> liftingLimitKg;
    bool fallRisk = false;
    bool osteoporosis = false;
    QString other;
    bool operator==(const Precautions &) const = default;
};

// One revision of a stay's admission assessment (bilan d'admission). A draft is edited until a
// physician signs it; a signed revision is read-only, and a later change is a new revision with
// its reason, the signed one kept.
struct AdmissionAssessment {
    enum class Status { Draft, Signed };

    AssessmentId id;
    StayId stayId;
    int revision = 1;
    Status status = Status::Draft;

    // Reason for admission and history.
    QString reason;
    QString referrerQuestion;
    QString history;
    QList<SpineSurgery> spineSurgeries;
    QString comorbidities;
    QString treatments;
    AnalgesicLevel analgesicLevel = AnalgesicLevel::None;
    bool corticosteroids = false;

    // Pain, 0–10.
    std::optional<int> painRest;
    std::optional<int> painActivity;
    QString painLocation;
    LegRadiation legRadiation = LegRadiation::None;

    // Work and social situation.
    QString occupation;
    QDate sickLeaveSince;
    OccupationalCase occupationalCase = OccupationalCase::None;
    FlagAnswer occupationalPhysicianContact = FlagAnswer::NotAssessed; // employer ↔ occupational physician
    FlagAnswer livesAlone = FlagAnswer::NotAssessed;
    std::optional<int> distanceMinutes; // home to centre
    FlagAnswer ableToDrive = FlagAnswer::NotAssessed;

    std::optional<double> heightCm;
    std::optional<double> weightKg;

    std::array<FlagAnswer, 12> redFlags{};               // indexed by RedFlag; NotAssessed by default
    std::array<PsychosocialNote, 3> psychosocialFlags{}; // indexed by PsychosocialFlag
    // Exclusion criteria the physician ticks (the BMI adds class III obesity by itself).
    std::array<bool, 5> exclusions{}; // indexed by Exclusion
    QString exclusionJustification;

    // Full or day hospitalisation: the indications beyond distance and driving (reference §8).
    bool severeComorbidity = false;
    bool resistantPain = false;
    std::optional<StayMode> chosenMode;

    // Profiles that go to a level-2 unit (reference §8); "elderly" comes from the age.
    bool complexProfile = false;
    bool cognitiveOrPsychiatric = false;
    bool disability = false;
    // Tires quickly on effort (reference §8: a criterion of orientation and of grouping).
    bool fatigable = false;
    std::optional<Orientation> orientation;
    QString orientationNote; // required when the orientation chosen is not the one suggested
    // What was suggested when the physician signed (AssessmentService::sign records it).
    std::optional<Orientation> suggestedOrientation;
    QStringList suggestionReasons;

    Precautions precautions;

    QString signedBy;        // display name of the signing physician
    QDateTime signedAt;      // UTC
    QString amendmentReason; // why this revision replaces the signed one before it
    int version = 0;

    FlagAnswer redFlag(RedFlag f) const { return redFlags[std::size_t(f)]; }
    void setRedFlag(RedFlag f, FlagAnswer a) { redFlags[std::size_t(f)] = a; }
    bool excluded(Exclusion e) const { return exclusions[std::size_t(e)]; }
    void setExcluded(Exclusion e, bool on) { exclusions[std::size_t(e)] = on; }
    const PsychosocialNote &flag(PsychosocialFlag f) const { return psychosocialFlags[std::size_t(f)]; }
    PsychosocialNote &flag(PsychosocialFlag f) { return psychosocialFlags[std::size_t(f)]; }
    bool isSigned() const { return status == Status::Signed; }
};

// What a physician recorded about a red flag answered "yes" (imaging ordered, referral…): until
// there is one, the flag stays an alert on the patient's header.
struct RedFlagAction {
    qint64 id = 0;
    StayId stayId;
    RedFlag flag = RedFlag::NonMechanicalPain;
    QString action;
    QString recordedBy;
    QDateTime recordedAt; // UTC
};

} // namespace smr
