#include "core/audit/Snapshots.h"

#include "core/assessment/AdmissionAssessment.h"
#include "core/assessment/AssessmentJson.h"
#include "core/careplan/CarePlan.h"
#include "core/common/Dates.h"
#include "core/common/JsonValues.h"
#include "core/orientation/Grouping.h"
#include "core/patients/Patient.h"
#include "core/results/TestResult.h"
#include "core/stays/Stay.h"
#include "core/units/Unit.h"

namespace smr::snapshot {

namespace {

using json::dateOrNull;
using json::numberOrNull;
using json::textOrNull;

} // namespace

QJsonObject of(const Patient &p)
{
    return {{QStringLiteral("id"), p.id.value},
            {QStringLiteral("ipp"), p.ipp},
            {QStringLiteral("nir"), textOrNull(p.nir)},
            {QStringLiteral("ins_qualified"), p.insQualified},
            {QStringLiteral("birth_name"), p.birthName},
            {QStringLiteral("used_name"), textOrNull(p.usedName)},
            {QStringLiteral("first_names"), p.firstNames},
            {QStringLiteral("birth_date"), dateOrNull(p.birthDate)},
            {QStringLiteral("sex"), kSexes.code(p.sex)},
            {QStringLiteral("height_cm"), numberOrNull(p.heightCm)},
            {QStringLiteral("weight_kg"), numberOrNull(p.weightKg)},
            {QStringLiteral("general_practitioner"), textOrNull(p.generalPractitioner)},
            {QStringLiteral("notes"), textOrNull(p.notes)},
            {QStringLiteral("version"), p.version}};
}

QJsonObject of(const Stay &s)
{
    return {{QStringLiteral("id"), s.id.value},
            {QStringLiteral("patient_id"), s.patientId.value},
            {QStringLiteral("unit_code"), s.unitCode},
            {QStringLiteral("mode"), kStayModes.code(s.mode)},
            {QStringLiteral("status"), kStayStatuses.code(s.status)},
            {QStringLiteral("admission_date"), dateOrNull(s.admissionDate)},
            {QStringLiteral("planned_discharge_date"), dateOrNull(s.plannedDischargeDate)},
            {QStringLiteral("discharge_date"), dateOrNull(s.dischargeDate)},
            {QStringLiteral("programme"), s.programme ? QJsonValue(kProgrammes.code(*s.programme)) : QJsonValue()},
            {QStringLiteral("programme_detail"), textOrNull(s.programmeDetail)},
            {QStringLiteral("referrer_type"),
             s.referrerType ? QJsonValue(kReferrerTypes.code(*s.referrerType)) : QJsonValue()},
            {QStringLiteral("referrer_name"), textOrNull(s.referrerName)},
            {QStringLiteral("coordinating_physician"), textOrNull(s.coordinatingPhysician)},
            {QStringLiteral("cancellation_reason"), textOrNull(s.cancellationReason)},
            {QStringLiteral("version"), s.version}};
}

QJsonObject of(const TestResult &r)
{
    return {{QStringLiteral("id"), r.id.value},
            {QStringLiteral("stay_id"), r.stayId.value},
            {QStringLiteral("instrument"), r.instrument},
            {QStringLiteral("instrument_version"), r.instrumentVersion},
            {QStringLiteral("status"),
             r.status == TestResult::Status::Final ? QStringLiteral("final") : QStringLiteral("draft")},
            {QStringLiteral("performed_at"),
             r.performedAt.isValid() ? QJsonValue(r.performedAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm")))
                                     : QJsonValue()},
            {QStringLiteral("answers"), r.answers},
            {QStringLiteral("scores"), r.scores.isEmpty() ? QJsonValue() : QJsonValue(r.scores)},
            {QStringLiteral("primary_score"), numberOrNull(r.primaryScore)},
            {QStringLiteral("entered_by"), r.enteredBy},
            {QStringLiteral("remarks"), textOrNull(r.remarks)},
            {QStringLiteral("series_id"), r.seriesId.isValid() ? QJsonValue(r.seriesId.value) : QJsonValue()},
            {QStringLiteral("revision"), r.revision},
            {QStringLiteral("correction_reason"), textOrNull(r.correctionReason)},
            {QStringLiteral("superseded"), r.superseded},
            {QStringLiteral("version"), r.version}};
}

QJsonObject of(const Unit &u)
{
    return {{QStringLiteral("code"), u.code},
            {QStringLiteral("label"), u.label},
            {QStringLiteral("sort_order"), u.sortOrder},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("version"), u.version}};
}

QJsonObject of(const AdmissionAssessment &a)
{
    QJsonObject out = assessment_json::content(a);
    out.insert(QStringLiteral("id"), a.id.value);
    out.insert(QStringLiteral("stay_id"), a.stayId.value);
    out.insert(QStringLiteral("revision"), a.revision);
    out.insert(QStringLiteral("status"), a.isSigned() ? QStringLiteral("signed") : QStringLiteral("draft"));
    out.insert(QStringLiteral("signed_by"), textOrNull(a.signedBy));
    out.insert(QStringLiteral("signed_at"),
               a.signedAt.isValid() ? QJsonValue(a.signedAt.toUTC().toString(Qt::ISODate)) : QJsonValue());
    out.insert(QStringLiteral("amendment_reason"), textOrNull(a.amendmentReason));
    out.insert(QStringLiteral("version"), a.version);
    return out;
}

QJsonObject of(const RedFlagAction &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("stay_id"), r.stayId.value},
            {QStringLiteral("flag"), kRedFlags.code(r.flag)},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("recorded_by"), r.recordedBy},
            {QStringLiteral("recorded_at"), r.recordedAt.toUTC().toString(Qt::ISODate)}};
}

QJsonObject of(const CarePlan &p)
{
    return {
        {QStringLiteral("id"), p.id.value},
        {QStringLiteral("stay_id"), p.stayId.value},
        {QStringLiteral("planned_weeks"), p.plannedWeeks},
        {QStringLiteral("agreed_on"), dateOrNull(p.agreedOn)},
        {QStringLiteral("agreement_recorded_by"), textOrNull(p.agreementRecordedBy)},
        {QStringLiteral("shortfall_reason"), textOrNull(p.shortfallReason)},
        {QStringLiteral("next_review"), dateOrNull(p.nextReview)},
        {QStringLiteral("goals"), careplanjson::toJson(p.goals)},
        {QStringLiteral("disciplines"), careplanjson::toJson(p.disciplines)},
        {QStringLiteral("validated_by"), textOrNull(p.validatedBy)},
        {QStringLiteral("validated_at"),
         p.validatedAt.isValid() ? QJsonValue(p.validatedAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("validated_version"), p.validatedVersion > 0 ? QJsonValue(p.validatedVersion) : QJsonValue()},
        {QStringLiteral("version"), p.version}};
}

QJsonObject of(const GroupOverride &g)
{
    return {{QStringLiteral("stay_id"), g.stay.value},
            {QStringLiteral("group_code"), g.group ? QJsonValue(kGroups.code(*g.group)) : QJsonValue()},
            {QStringLiteral("reason"), textOrNull(g.reason)},
            {QStringLiteral("version"), g.version}};
}

} // namespace smr::snapshot
