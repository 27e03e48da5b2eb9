#include "core/audit/Snapshots.h"

#include "core/careplan/CarePlan.h"
#include "core/common/Dates.h"
#include "core/orientation/Grouping.h"
#include "core/patients/Patient.h"
#include "core/results/TestResult.h"
#include "core/stays/Stay.h"
#include "core/units/Unit.h"

namespace smr::snapshot {

namespace {

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(dates::toIso(d)) : QJsonValue();
}

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

QJsonObject of(const Patient &p)
{
    return {{QStringLiteral("id"), p.id.value},
            {QStringLiteral("ipp"), p.ipp},
            {QStringLiteral("nir"), text(p.nir)},
            {QStringLiteral("ins_qualified"), p.insQualified},
            {QStringLiteral("birth_name"), p.birthName},
            {QStringLiteral("used_name"), text(p.usedName)},
            {QStringLiteral("first_names"), p.firstNames},
            {QStringLiteral("birth_date"), date(p.birthDate)},
            {QStringLiteral("sex"), kSexes.code(p.sex)},
            {QStringLiteral("height_cm"), number(p.heightCm)},
            {QStringLiteral("weight_kg"), number(p.weightKg)},
            {QStringLiteral("general_practitioner"), text(p.generalPractitioner)},
            {QStringLiteral("notes"), text(p.notes)},
            {QStringLiteral("version"), p.version}};
}

QJsonObject of(const Stay &s)
{
    return {{QStringLiteral("id"), s.id.value},
            {QStringLiteral("patient_id"), s.patientId.value},
            {QStringLiteral("unit_code"), s.unitCode},
            {QStringLiteral("mode"), kStayModes.code(s.mode)},
            {QStringLiteral("status"), kStayStatuses.code(s.status)},
            {QStringLiteral("admission_date"), date(s.admissionDate)},
            {QStringLiteral("planned_discharge_date"), date(s.plannedDischargeDate)},
            {QStringLiteral("discharge_date"), date(s.dischargeDate)},
            {QStringLiteral("programme"), s.programme ? QJsonValue(kProgrammes.code(*s.programme)) : QJsonValue()},
            {QStringLiteral("programme_detail"), text(s.programmeDetail)},
            {QStringLiteral("referrer_type"),
             s.referrerType ? QJsonValue(kReferrerTypes.code(*s.referrerType)) : QJsonValue()},
            {QStringLiteral("referrer_name"), text(s.referrerName)},
            {QStringLiteral("coordinating_physician"), text(s.coordinatingPhysician)},
            {QStringLiteral("cancellation_reason"), text(s.cancellationReason)},
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
            {QStringLiteral("primary_score"), number(r.primaryScore)},
            {QStringLiteral("entered_by"), r.enteredBy},
            {QStringLiteral("remarks"), text(r.remarks)},
            {QStringLiteral("series_id"), r.seriesId.isValid() ? QJsonValue(r.seriesId.value) : QJsonValue()},
            {QStringLiteral("revision"), r.revision},
            {QStringLiteral("correction_reason"), text(r.correctionReason)},
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

QJsonObject of(const CarePlan &p)
{
    return {{QStringLiteral("id"), p.id.value},
            {QStringLiteral("stay_id"), p.stayId.value},
            {QStringLiteral("planned_weeks"), p.plannedWeeks},
            {QStringLiteral("agreed_on"), date(p.agreedOn)},
            {QStringLiteral("agreement_recorded_by"), text(p.agreementRecordedBy)},
            {QStringLiteral("shortfall_reason"), text(p.shortfallReason)},
            {QStringLiteral("next_review"), date(p.nextReview)},
            {QStringLiteral("goals"), careplanjson::toJson(p.goals)},
            {QStringLiteral("disciplines"), careplanjson::toJson(p.disciplines)},
            {QStringLiteral("version"), p.version}};
}

QJsonObject of(const GroupOverride &g)
{
    return {{QStringLiteral("stay_id"), g.stay.value},
            {QStringLiteral("group_code"), g.group ? QJsonValue(kGroups.code(*g.group)) : QJsonValue()},
            {QStringLiteral("reason"), text(g.reason)},
            {QStringLiteral("version"), g.version}};
}

} // namespace smr::snapshot
