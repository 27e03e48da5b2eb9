#include "core/stays/StayService.h"

#include "core/audit/AuditEntry.h"
#include "core/audit/Snapshots.h"
#include "core/audit/Writer.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/patients/PatientRepository.h"
#include "core/stays/StayRepository.h"
#include "core/stays/StayRules.h"
#include "core/units/UnitRepository.h"

#include <QStringList>

namespace smr {

StayService::StayService(Writer &writer, PatientRepository &patients, StayRepository &stays, UnitRepository &units,
                         const Clock &clock, QObject *parent)
    : QObject(parent), m_writer(writer), m_patients(patients), m_stays(stays), m_units(units), m_clock(clock)
{
}

Result<Patient> StayService::patientOf(PatientId id)
{
    if (std::optional<Patient> p = m_patients.find(id))
        return *p;
    return Failure::notFound(StayRules::PatientField, tr("No patient has the identifier %1.").arg(id.value));
}

Result<Stay> StayService::existing(StayId id)
{
    if (std::optional<Stay> s = m_stays.find(id))
        return *s;
    return Failure::notFound(StayRules::StayField, tr("No stay has the identifier %1.").arg(id.value));
}

QList<FieldError> StayService::checkUnit(const Stay &stay, const Stay *previous)
{
    const QList<Unit> units = m_units.all();
    QStringList open;
    for (const Unit &u : units) {
        if (u.active)
            open << u.code;
    }
    const auto it = std::find_if(units.begin(), units.end(), [&](const Unit &u) { return u.code == stay.unitCode; });
    if (stay.unitCode.isEmpty() || it == units.end())
        return {{StayRules::UnitField,
                 tr("Unknown unit \"%1\": the units are %2.").arg(stay.unitCode, open.join(QStringLiteral(", ")))}};
    // A closed unit keeps its past stays but takes no new ones.
    if (!it->active && (!previous || previous->unitCode != stay.unitCode))
        return {{StayRules::UnitField, tr("The unit %1 is closed to new stays: the open units are %2.")
                                           .arg(it->label, open.join(QStringLiteral(", ")))}};
    return {};
}

std::optional<FieldError> StayService::checkAfterPreviousStays(const Stay &stay)
{
    // An open stay is the patient's current one: it begins once the previous ones have ended
    // (the same day is allowed: a discharge in the morning, a readmission in the afternoon).
    if (!stay.isOpen() || !stay.admissionDate.isValid())
        return std::nullopt;
    QDate latest;
    for (const Stay &other : m_stays.forPatient(stay.patientId)) {
        if (other.id != stay.id && other.status == StayStatus::Discharged && other.dischargeDate > latest)
            latest = other.dischargeDate;
    }
    if (latest.isValid() && stay.admissionDate < latest)
        return FieldError{StayRules::AdmissionDate,
                          tr("The admission date cannot be before the end of the previous stay (discharged on %1).")
                              .arg(dates::display(latest))};
    return std::nullopt;
}

Result<StayId> StayService::open(const Stay &draft)
{
    Stay stay = StayRules::normalized(draft);
    stay.status = stay.admissionDate.isValid() && stay.admissionDate > m_clock.today() ? StayStatus::PreAdmission
                                                                                       : StayStatus::Active;
    stay.dischargeDate = QDate();
    stay.cancellationReason.clear();
    auto result = m_writer.write(Right::ManageStays, [&](Change &change) -> Result<StayId> {
        const Result<Patient> patient = patientOf(stay.patientId);
        if (!patient)
            return patient.failure();
        QList<FieldError> errors = checkUnit(stay, nullptr);
        errors += StayRules::check(stay, *patient, m_clock.today());
        if (const std::optional<FieldError> overlap = checkAfterPreviousStays(stay))
            errors << *overlap;
        if (const std::optional<Stay> current = m_stays.findOpen(stay.patientId)) {
            errors << FieldError{
                StayRules::PatientField,
                tr("%1 already has an open stay (no. %2, %3 since %4): close or cancel it before "
                   "opening another.")
                    .arg(patient->displayName())
                    .arg(current->id.value)
                    .arg(kStayStatuses.label(current->status).toLower(), dates::display(current->admissionDate))};
        }
        if (!errors.isEmpty())
            return Failure::invalid(errors);
        Stay created = stay;
        created.id = m_stays.insert(stay, change.now());
        created.version = 1;
        change.record(audit::Stay, created.id, created.patientId, audit::Create, {}, snapshot::of(created));
        return created.id;
    });
    if (result)
        emit staySaved(*result, stay.patientId);
    return result;
}

Failure StayService::conflict()
{
    return Failure::conflict(tr("This stay was changed elsewhere since you opened it. Your changes were not saved: "
                                "reopen it to see the latest version."));
}

Status StayService::save(const Stay &stay, const QString &now)
{
    if (!m_stays.update(stay, now))
        return conflict();
    return Done{};
}

Status StayService::transition(StayId id, const QString &action, const std::function<Status(Stay &)> &edit)
{
    PatientId patient;
    auto result = m_writer.write(Right::ManageStays, [&](Change &change) -> Status {
        Result<Stay> stored = existing(id);
        if (!stored)
            return stored.failure();
        Stay stay = *stored;
        patient = stay.patientId;
        if (Status s = edit(stay); !s)
            return s;
        if (Status s = save(stay, change.now()); !s)
            return s;
        Stay saved = stay;
        saved.version = stored->version + 1;
        change.record(audit::Stay, id, patient, action, snapshot::of(*stored), snapshot::of(saved));
        return Done{};
    });
    if (result)
        emit staySaved(id, patient);
    return result;
}

Status StayService::update(const Stay &edited)
{
    const Stay incoming = StayRules::normalized(edited);
    return transition(incoming.id, audit::Update, [&](Stay &stay) -> Status {
        if (stay.status == StayStatus::Cancelled)
            return Failure::invalid(StayRules::StayField, tr("A cancelled stay cannot be changed."));
        if (incoming.version != stay.version)
            return conflict();
        const Stay previous = stay;
        stay.unitCode = incoming.unitCode;
        stay.mode = incoming.mode;
        stay.admissionDate = incoming.admissionDate;
        stay.plannedDischargeDate = incoming.plannedDischargeDate;
        stay.programme = incoming.programme;
        stay.programmeDetail = incoming.programmeDetail;
        stay.referrerType = incoming.referrerType;
        stay.referrerName = incoming.referrerName;
        stay.coordinatingPhysician = incoming.coordinatingPhysician;
        const Result<Patient> patient = patientOf(stay.patientId);
        if (!patient)
            return patient.failure();
        QList<FieldError> errors = checkUnit(stay, &previous);
        errors += StayRules::check(stay, *patient, m_clock.today());
        if (const std::optional<FieldError> overlap = checkAfterPreviousStays(stay))
            errors << *overlap;
        if (stay.status == StayStatus::Discharged) {
            if (std::optional<FieldError> e = StayRules::checkDischarge(stay, stay.dischargeDate, m_clock.today()))
                errors << FieldError{StayRules::AdmissionDate, e->message};
        }
        if (!errors.isEmpty())
            return Failure::invalid(errors);
        return Done{};
    });
}

Status StayService::admit(StayId id, const QDate &admitted)
{
    return transition(id, audit::Admit, [&](Stay &stay) -> Status {
        if (stay.status != StayStatus::PreAdmission)
            return Failure::invalid(StayRules::StayField, tr("Only a pre-admission can be admitted; this stay is %1.")
                                                              .arg(kStayStatuses.label(stay.status).toLower()));
        stay.status = StayStatus::Active;
        stay.admissionDate = admitted;
        const Result<Patient> patient = patientOf(stay.patientId);
        if (!patient)
            return patient.failure();
        QList<FieldError> errors = StayRules::check(stay, *patient, m_clock.today());
        if (const std::optional<FieldError> overlap = checkAfterPreviousStays(stay))
            errors << *overlap;
        if (!errors.isEmpty())
            return Failure::invalid(errors);
        return Done{};
    });
}

Status StayService::close(StayId id, const QDate &discharged)
{
    return transition(id, audit::Close, [&](Stay &stay) -> Status {
        if (stay.status != StayStatus::Active)
            return Failure::invalid(StayRules::StayField, tr("Only a stay in progress can be closed; this stay is %1.")
                                                              .arg(kStayStatuses.label(stay.status).toLower()));
        if (std::optional<FieldError> e = StayRules::checkDischarge(stay, discharged, m_clock.today()))
            return Failure::invalid({*e});
        stay.status = StayStatus::Discharged;
        stay.dischargeDate = discharged;
        return Done{};
    });
}

Status StayService::cancel(StayId id, const QString &reason)
{
    return transition(id, audit::Cancel, [&](Stay &stay) -> Status {
        if (!stay.isOpen())
            return Failure::invalid(StayRules::StayField, tr("Only an open stay can be cancelled; this stay is %1.")
                                                              .arg(kStayStatuses.label(stay.status).toLower()));
        if (reason.trimmed().isEmpty())
            return Failure::invalid(StayRules::CancellationReason, tr("Give the reason for cancelling the stay."));
        stay.status = StayStatus::Cancelled;
        stay.cancellationReason = reason.trimmed();
        return Done{};
    });
}

Result<Stay> StayService::find(StayId id)
{
    return m_writer.read([&]() { return existing(id); });
}

Result<QList<Stay>> StayService::forPatient(PatientId patient)
{
    return m_writer.read([&]() -> Result<QList<Stay>> { return m_stays.forPatient(patient); });
}

} // namespace smr
