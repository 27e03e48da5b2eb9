#include "core/patients/PatientService.h"

#include "core/audit/AuditEntry.h"
#include "core/audit/Snapshots.h"
#include "core/audit/Writer.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/patients/Nir.h"
#include "core/patients/PatientRepository.h"
#include "core/patients/PatientRules.h"

namespace smr {

PatientService::PatientService(Writer &writer, PatientRepository &patients, const Clock &clock, QObject *parent)
    : QObject(parent), m_writer(writer), m_patients(patients), m_clock(clock)
{
}

QList<FieldError> PatientService::checkUnique(const Patient &p)
{
    QList<FieldError> errors;
    if (const std::optional<Patient> other = m_patients.findByIpp(p.ipp); other && other->id != p.id) {
        errors << FieldError{PatientRules::Ipp,
                             tr("The IPP %1 is already used by %2, birth date %3.")
                                 .arg(p.ipp, other->displayName(), dates::display(other->birthDate))};
    }
    if (!p.nir.isEmpty()) {
        if (const std::optional<Patient> other = m_patients.findByNir(p.nir); other && other->id != p.id) {
            errors << FieldError{PatientRules::NirField,
                                 tr("The NIR %1 is already recorded for %2 (IPP %3).")
                                     .arg(Nir::formatted(p.nir), other->displayName(), other->ipp)};
        }
    }
    return errors;
}

Result<PatientId> PatientService::create(const Patient &draft)
{
    const Patient p = PatientRules::normalized(draft);
    auto result = m_writer.write(Right::ManageIdentities, [&](Change &change) -> Result<PatientId> {
        QList<FieldError> errors = PatientRules::check(p, m_clock.today());
        if (errors.isEmpty())
            errors = checkUnique(p);
        if (!errors.isEmpty())
            return Failure::invalid(errors);
        Patient created = p;
        created.id = m_patients.insert(p, change.now());
        created.version = 1;
        change.record(audit::Patient, created.id, created.id, audit::Create, {}, snapshot::of(created));
        return created.id;
    });
    if (result)
        emit patientSaved(*result);
    return result;
}

Status PatientService::update(const Patient &patient)
{
    const Patient p = PatientRules::normalized(patient);
    auto result = m_writer.write(Right::ManageIdentities, [&](Change &change) -> Status {
        if (const QList<FieldError> errors = PatientRules::check(p, m_clock.today()); !errors.isEmpty())
            return Failure::invalid(errors);
        const std::optional<Patient> stored = m_patients.find(p.id);
        if (!stored)
            return notFound(p.id);
        if (const QList<FieldError> errors = checkUnique(p); !errors.isEmpty())
            return Failure::invalid(errors);
        if (!m_patients.update(p, change.now()))
            return Failure::conflict(tr("%1's record was changed elsewhere since you opened it. Your changes "
                                        "were not saved: reopen the record to see the latest version.")
                                         .arg(p.displayName()));
        Patient saved = p;
        saved.version = stored->version + 1;
        change.record(audit::Patient, p.id, p.id, audit::Update, snapshot::of(*stored), snapshot::of(saved));
        return Done{};
    });
    if (result)
        emit patientSaved(p.id);
    return result;
}

Result<Patient> PatientService::find(PatientId id)
{
    return m_writer.read([&]() -> Result<Patient> {
        if (std::optional<Patient> p = m_patients.find(id))
            return *p;
        return notFound(id);
    });
}

Result<QList<Patient>> PatientService::search(const QString &query, int limit)
{
    return m_writer.read([&]() -> Result<QList<Patient>> { return m_patients.search(query, limit); });
}

Result<qint64> PatientService::count()
{
    return m_writer.read([&]() -> Result<qint64> { return m_patients.count(); });
}

Result<bool> PatientService::isEmpty()
{
    return m_writer.read([&]() -> Result<bool> { return !m_patients.any(); });
}

Failure PatientService::notFound(PatientId id)
{
    return Failure::notFound(PatientField, tr("No patient has the identifier %1.").arg(id.value));
}

} // namespace smr
