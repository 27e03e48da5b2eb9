#include "core/orientation/GroupingService.h"

#include "core/assessment/AssessmentRepository.h"
#include "core/assessment/AssessmentRules.h"
#include "core/audit/AuditEntry.h"
#include "core/audit/Snapshots.h"
#include "core/audit/Writer.h"
#include "core/orientation/GroupingRepository.h"
#include "core/results/ResultRepository.h"
#include "core/stays/StayRepository.h"
#include "core/units/UnitRepository.h"
#include "core/units/UnitService.h"

#include <QStringList>

namespace smr {

GroupingService::GroupingService(Writer &writer, GroupingRepository &groups, StayRepository &stays,
                                 UnitRepository &units, ResultRepository &results, AssessmentRepository &assessments,
                                 QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_groups(groups)
    , m_stays(stays)
    , m_units(units)
    , m_results(results)
    , m_assessments(assessments)
{
}

Result<Stay> GroupingService::openStay(StayId id)
{
    const std::optional<Stay> stay = m_stays.find(id);
    if (!stay)
        return Failure::notFound(StayField, tr("No stay has the identifier %1.").arg(id.value));
    if (!stay->isOpen())
        return Failure::invalid(StayField, tr("Only a stay in progress or a pre-admission changes group; stay no. %1 "
                                              "is %2.")
                                               .arg(id.value)
                                               .arg(kStayStatuses.label(stay->status).toLower()));
    return *stay;
}

Failure GroupingService::conflict() const
{
    return Failure::conflict(tr("The group of this patient was changed elsewhere since you looked. Nothing was "
                                "saved: look at the groups again."));
}

Status
GroupingService::write(StayId stayId, const QString &action,
                       const std::function<Result<GroupOverride>(const std::optional<GroupOverride> &current)> &change)
{
    PatientId patient;
    Status result = m_writer.write(Right::ManageMeetings, [&](Change &c) -> Status {
        const Result<Stay> stay = openStay(stayId);
        if (!stay)
            return stay.failure();
        patient = stay->patientId;
        const std::optional<GroupOverride> stored = m_groups.find(stayId);
        const std::optional<GroupOverride> current = stored && stored->group ? stored : std::nullopt;
        const Result<GroupOverride> next = change(current);
        if (!next)
            return next.failure();
        GroupOverride saved = *next;
        saved.stay = stayId;
        if (stored) {
            saved.version = stored->version;
            if (!m_groups.update(saved, c.now()))
                return conflict();
            saved.version = stored->version + 1;
        } else {
            m_groups.insert(saved, c.now());
            saved.version = 1;
        }
        c.record(audit::StayGroup, stayId, patient, action, stored ? snapshot::of(*stored) : QJsonObject(),
                 snapshot::of(saved));
        return Done{};
    });
    if (result)
        emit groupChanged(stayId, patient);
    return result;
}

Status GroupingService::move(StayId stay, Group group, const QString &reasonText, int knownVersion)
{
    const QString reason = reasonText.trimmed();
    return write(stay, audit::Move, [&](const std::optional<GroupOverride> &current) -> Result<GroupOverride> {
        if ((current ? current->version : 0) != knownVersion)
            return conflict();
        QList<FieldError> errors;
        if (group == Group::NotAssessed || !kGroups.values().contains(group)) {
            QStringList allowed = kGroups.codes();
            allowed.removeAll(kGroups.code(Group::NotAssessed));
            errors << FieldError{GroupField,
                                 tr("The group must be one of %1 (%2 only says the Dallas questionnaire "
                                    "is missing).")
                                     .arg(allowed.join(QStringLiteral(", ")), kGroups.code(Group::NotAssessed))};
        }
        if (reason.isEmpty())
            errors << FieldError{ReasonField, tr("The reason for the group is required: say why the team chose it.")};
        else if (reason.size() > MaxReasonLength)
            errors << FieldError{
                ReasonField, tr("The reason for the group is too long (at most %1 characters).").arg(MaxReasonLength)};
        if (!errors.isEmpty())
            return Failure::invalid(errors);
        GroupOverride next;
        next.group = group;
        next.reason = reason;
        return next;
    });
}

Status GroupingService::clearOverride(StayId stay, int knownVersion)
{
    return write(stay, audit::ClearOverride, [&](const std::optional<GroupOverride> &current) -> Result<GroupOverride> {
        if (!current)
            return Failure::notFound(GroupField, tr("Stay no. %1 has no group chosen by the team: it is already in the "
                                                    "group its Dallas questionnaire suggests.")
                                                     .arg(stay.value));
        if (current->version != knownVersion)
            return conflict();
        return GroupOverride{};
    });
}

Result<QList<GroupList>> GroupingService::propose(const QString &unitCodeText, const QDate &weekStart)
{
    const QString unitCode = unitCodeText.trimmed().toLower();
    return m_writer.read([&]() -> Result<QList<GroupList>> {
        QList<FieldError> errors;
        if (const std::optional<FieldError> unknown = UnitService::checkKnown(m_units, unitCodeText))
            errors << *unknown;
        if (!weekStart.isValid())
            errors << FieldError{WeekStartField, tr("The first day of the week is required (a date).")};
        if (!errors.isEmpty())
            return Failure::invalid(errors);

        // Decision: the candidates are the unit's open stays (pre-admission or in progress;
        // discharged and cancelled stays never) whose planned span meets the week, weekStart to
        // weekStart + 6: admitted or expected on or before weekStart + 6, with no planned
        // discharge or one on or after weekStart. For a week that starts today or later this is
        // the rule: every stay in progress not leaving before the week starts (a
        // discharge is recorded on its day, never ahead, so "leaving" is read on the planned
        // discharge date) and every pre-admission expected by the end of the week, late ones
        // (expected earlier and not yet confirmed) included. A stay whose planned discharge has
        // passed without being recorded is left out until its date is corrected.
        const QDate weekEnd = weekStart.addDays(6);
        QList<GroupingCandidate> candidates;
        for (const GroupingStay &open : m_groups.openStaysMeeting(unitCode, weekStart, weekEnd)) {
            // Decision: the flags come from the stay's latest revision of the admission
            // assessment, a draft included (what the header's alerts show too); none: no flag.
            Grouping::Flags flags;
            if (const std::optional<AdmissionAssessment> a = m_assessments.current(open.stay.id)) {
                flags.heavyMedication = AssessmentRules::heavyMedication(*a);
                flags.brace = a->precautions.brace;
                flags.fatigable = a->fatigable;
                flags.severePsychosocial = AssessmentRules::severePsychosocial(*a);
            }
            GroupingCandidate c = Grouping::candidate(open.stay.id, open.patient.id, open.patient.displayName(),
                                                      m_results.current(open.stay.id), flags);
            if (open.stay.status == StayStatus::PreAdmission)
                c.incomingOn = open.stay.admissionDate;
            candidates << c;
        }
        // The choices of the unit's open stays in one query; assign ignores those not candidates.
        return Grouping::assign(candidates, m_groups.currentInUnit(unitCode));
    });
}

Result<QMap<StayId, GroupOverride>> GroupingService::overrides(const QString &unitCode)
{
    return m_writer.read(
        [&]() -> Result<QMap<StayId, GroupOverride>> { return m_groups.currentInUnit(unitCode.trimmed().toLower()); });
}

Result<QMap<StayId, GroupOverride>> GroupingService::overrides(const QList<StayId> &stays)
{
    return m_writer.read([&]() -> Result<QMap<StayId, GroupOverride>> { return m_groups.current(stays); });
}

} // namespace smr
