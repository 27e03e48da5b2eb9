#include "core/assessment/AssessmentJson.h"

#include "core/common/Dates.h"
#include "core/common/JsonValues.h"

#include <QJsonArray>

namespace smr::assessment_json {

namespace {

using json::dateOrNull;
using json::numberOrNull;
using json::textOrNull;

std::optional<int> readInt(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

std::optional<double> readDouble(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QDate readDate(const QJsonValue &v)
{
    return dates::parseIso(v.toString()).value_or(QDate());
}

template <typename E, std::size_t N> E readCode(const CodeTable<E, N> &table, const QJsonValue &v, E fallback)
{
    return table.parse(v.toString()).value_or(fallback);
}

} // namespace

QJsonObject content(const AdmissionAssessment &a)
{
    QJsonArray surgeries;
    for (const SpineSurgery &s : a.spineSurgeries)
        surgeries.append(
            QJsonObject{{QStringLiteral("description"), s.description}, {QStringLiteral("date"), dateOrNull(s.date)}});
    QJsonObject red;
    for (RedFlag f : kRedFlags.values())
        red.insert(kRedFlags.code(f), kFlagAnswers.code(a.redFlag(f)));
    QJsonObject psychosocial;
    for (PsychosocialFlag f : kPsychosocialFlags.values())
        psychosocial.insert(kPsychosocialFlags.code(f),
                            QJsonObject{{QStringLiteral("present"), a.flag(f).present},
                                        {QStringLiteral("text"), textOrNull(a.flag(f).text)}});
    QJsonArray exclusions;
    for (Exclusion e : kExclusions.values()) {
        if (a.excluded(e))
            exclusions.append(kExclusions.code(e));
    }
    const Precautions &p = a.precautions;
    const QJsonObject precautions{{QStringLiteral("max_heart_rate"), numberOrNull(p.maxHeartRate)},
                                  {QStringLiteral("max_systolic"), numberOrNull(p.maxSystolic)},
                                  {QStringLiteral("max_diastolic"), numberOrNull(p.maxDiastolic)},
                                  {QStringLiteral("weight_bearing"), kWeightBearings.code(p.weightBearing)},
                                  {QStringLiteral("weight_bearing_detail"), textOrNull(p.weightBearingDetail)},
                                  {QStringLiteral("brace"), p.brace},
                                  {QStringLiteral("brace_detail"), textOrNull(p.braceDetail)},
                                  {QStringLiteral("lifting_limit_kg"), numberOrNull(p.liftingLimitKg)},
                                  {QStringLiteral("fall_risk"), p.fallRisk},
                                  {QStringLiteral("osteoporosis"), p.osteoporosis},
                                  {QStringLiteral("other"), textOrNull(p.other)}};
    return {
        {QStringLiteral("reason"), textOrNull(a.reason)},
        {QStringLiteral("referrer_question"), textOrNull(a.referrerQuestion)},
        {QStringLiteral("history"), textOrNull(a.history)},
        {QStringLiteral("spine_surgeries"), surgeries},
        {QStringLiteral("comorbidities"), textOrNull(a.comorbidities)},
        {QStringLiteral("treatments"), textOrNull(a.treatments)},
        {QStringLiteral("analgesic_level"), kAnalgesicLevels.code(a.analgesicLevel)},
        {QStringLiteral("corticosteroids"), a.corticosteroids},
        {QStringLiteral("pain_rest"), numberOrNull(a.painRest)},
        {QStringLiteral("pain_activity"), numberOrNull(a.painActivity)},
        {QStringLiteral("pain_location"), textOrNull(a.painLocation)},
        {QStringLiteral("leg_radiation"), kLegRadiations.code(a.legRadiation)},
        {QStringLiteral("occupation"), textOrNull(a.occupation)},
        {QStringLiteral("sick_leave_since"), dateOrNull(a.sickLeaveSince)},
        {QStringLiteral("occupational_case"), kOccupationalCases.code(a.occupationalCase)},
        {QStringLiteral("occupational_physician_contact"), kFlagAnswers.code(a.occupationalPhysicianContact)},
        {QStringLiteral("lives_alone"), kFlagAnswers.code(a.livesAlone)},
        {QStringLiteral("distance_minutes"), numberOrNull(a.distanceMinutes)},
        {QStringLiteral("able_to_drive"), kFlagAnswers.code(a.ableToDrive)},
        {QStringLiteral("height_cm"), numberOrNull(a.heightCm)},
        {QStringLiteral("weight_kg"), numberOrNull(a.weightKg)},
        {QStringLiteral("red_flags"), red},
        {QStringLiteral("psychosocial_flags"), psychosocial},
        {QStringLiteral("exclusions"), exclusions},
        {QStringLiteral("exclusion_justification"), textOrNull(a.exclusionJustification)},
        {QStringLiteral("severe_comorbidity"), a.severeComorbidity},
        {QStringLiteral("resistant_pain"), a.resistantPain},
        {QStringLiteral("chosen_mode"), a.chosenMode ? QJsonValue(kStayModes.code(*a.chosenMode)) : QJsonValue()},
        {QStringLiteral("complex_profile"), a.complexProfile},
        {QStringLiteral("cognitive_or_psychiatric"), a.cognitiveOrPsychiatric},
        {QStringLiteral("disability"), a.disability},
        {QStringLiteral("fatigable"), a.fatigable},
        {QStringLiteral("orientation"), a.orientation ? QJsonValue(kOrientations.code(*a.orientation)) : QJsonValue()},
        {QStringLiteral("orientation_note"), textOrNull(a.orientationNote)},
        {QStringLiteral("suggested_orientation"),
         a.suggestedOrientation ? QJsonValue(kOrientations.code(*a.suggestedOrientation)) : QJsonValue()},
        {QStringLiteral("suggestion_reasons"), QJsonArray::fromStringList(a.suggestionReasons)},
        {QStringLiteral("precautions"), precautions}};
}

void readContent(const QJsonObject &j, AdmissionAssessment &a)
{
    const auto str = [&j](const char *key) { return j.value(QLatin1String(key)).toString(); };
    a.reason = str("reason");
    a.referrerQuestion = str("referrer_question");
    a.history = str("history");
    a.spineSurgeries.clear();
    for (const QJsonValue &v : j.value(QStringLiteral("spine_surgeries")).toArray()) {
        const QJsonObject o = v.toObject();
        a.spineSurgeries << SpineSurgery{o.value(QStringLiteral("description")).toString(),
                                         readDate(o.value(QStringLiteral("date")))};
    }
    a.comorbidities = str("comorbidities");
    a.treatments = str("treatments");
    a.analgesicLevel = readCode(kAnalgesicLevels, j.value(QStringLiteral("analgesic_level")), AnalgesicLevel::None);
    a.corticosteroids = j.value(QStringLiteral("corticosteroids")).toBool();
    a.painRest = readInt(j.value(QStringLiteral("pain_rest")));
    a.painActivity = readInt(j.value(QStringLiteral("pain_activity")));
    a.painLocation = str("pain_location");
    a.legRadiation = readCode(kLegRadiations, j.value(QStringLiteral("leg_radiation")), LegRadiation::None);
    a.occupation = str("occupation");
    a.sickLeaveSince = readDate(j.value(QStringLiteral("sick_leave_since")));
    a.occupationalCase =
        readCode(kOccupationalCases, j.value(QStringLiteral("occupational_case")), OccupationalCase::None);
    a.occupationalPhysicianContact =
        readCode(kFlagAnswers, j.value(QStringLiteral("occupational_physician_contact")), FlagAnswer::NotAssessed);
    a.livesAlone = readCode(kFlagAnswers, j.value(QStringLiteral("lives_alone")), FlagAnswer::NotAssessed);
    a.distanceMinutes = readInt(j.value(QStringLiteral("distance_minutes")));
    a.ableToDrive = readCode(kFlagAnswers, j.value(QStringLiteral("able_to_drive")), FlagAnswer::NotAssessed);
    a.heightCm = readDouble(j.value(QStringLiteral("height_cm")));
    a.weightKg = readDouble(j.value(QStringLiteral("weight_kg")));
    const QJsonObject red = j.value(QStringLiteral("red_flags")).toObject();
    for (RedFlag f : kRedFlags.values())
        a.setRedFlag(f, readCode(kFlagAnswers, red.value(kRedFlags.code(f)), FlagAnswer::NotAssessed));
    const QJsonObject psychosocial = j.value(QStringLiteral("psychosocial_flags")).toObject();
    for (PsychosocialFlag f : kPsychosocialFlags.values()) {
        const QJsonObject o = psychosocial.value(kPsychosocialFlags.code(f)).toObject();
        a.flag(f) =
            PsychosocialNote{o.value(QStringLiteral("present")).toBool(), o.value(QStringLiteral("text")).toString()};
    }
    a.exclusions = {};
    for (const QJsonValue &v : j.value(QStringLiteral("exclusions")).toArray()) {
        if (const std::optional<Exclusion> e = kExclusions.parse(v.toString()))
            a.setExcluded(*e, true);
    }
    a.exclusionJustification = str("exclusion_justification");
    a.severeComorbidity = j.value(QStringLiteral("severe_comorbidity")).toBool();
    a.resistantPain = j.value(QStringLiteral("resistant_pain")).toBool();
    a.chosenMode = kStayModes.parse(str("chosen_mode"));
    a.complexProfile = j.value(QStringLiteral("complex_profile")).toBool();
    a.cognitiveOrPsychiatric = j.value(QStringLiteral("cognitive_or_psychiatric")).toBool();
    a.disability = j.value(QStringLiteral("disability")).toBool();
    a.fatigable = j.value(QStringLiteral("fatigable")).toBool();
    a.orientation = kOrientations.parse(str("orientation"));
    a.orientationNote = str("orientation_note");
    a.suggestedOrientation = kOrientations.parse(str("suggested_orientation"));
    for (const QJsonValue &v : j.value(QStringLiteral("suggestion_reasons")).toArray())
        a.suggestionReasons << v.toString();
    const QJsonObject p = j.value(QStringLiteral("precautions")).toObject();
    Precautions &out = a.precautions;
    out.maxHeartRate = readInt(p.value(QStringLiteral("max_heart_rate")));
    out.maxSystolic = readInt(p.value(QStringLiteral("max_systolic")));
    out.maxDiastolic = readInt(p.value(QStringLiteral("max_diastolic")));
    out.weightBearing = readCode(kWeightBearings, p.value(QStringLiteral("weight_bearing")), WeightBearing::Full);
    out.weightBearingDetail = p.value(QStringLiteral("weight_bearing_detail")).toString();
    out.brace = p.value(QStringLiteral("brace")).toBool();
    out.braceDetail = p.value(QStringLiteral("brace_detail")).toString();
    out.liftingLimitKg = readInt(p.value(QStringLiteral("lifting_limit_kg")));
    out.fallRisk = p.value(QStringLiteral("fall_risk")).toBool();
    out.osteoporosis = p.value(QStringLiteral("osteoporosis")).toBool();
    out.other = p.value(QStringLiteral("other")).toString();
}

} // namespace smr::assessment_json
