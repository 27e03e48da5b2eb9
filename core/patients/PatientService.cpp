#include "core/patients/PatientService.h"

#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/patients/Nir.h"
#include "core/patients/PatientRepository.h"
#include "core/patients/PatientRules.h"
#include "core/storage/Transactional.h"

namespace smr {

PatientService::PatientService(Database &db, PatientRepository &patients, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_patients(patients), m_clock(clock)
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
    if (const QList<FieldError> errors = PatientRules::check(p, m_clock.today()); !errors.isEmpty())
        return Failure::invalid(errors);
    auto result = inWriteTransaction(m_db, [&]() -> Result<PatientId> {
        if (const QList<FieldError> errors = checkUnique(p); !errors.isEmpty())
            return Failure::invalid(errors);
        return m_patients.insert(p, timestamp(m_clock));
    });
    if (result)
        emit patientSaved(*result);
    return result;
}

Status PatientService::update(const Patient &patient)
{
    const Patient p = PatientRules::normalized(patient);
    if (const QList<FieldError> errors = PatientRules::check(p, m_clock.today()); !errors.isEmpty())
        return Failure::invalid(errors);
    auto result = inWriteTransaction(m_db, [&]() -> Status {
        if (!m_patients.find(p.id))
            return notFound(p.id);
        if (const QList<FieldError> errors = checkUnique(p); !errors.isEmpty())
            return Failure::invalid(errors);
        if (!m_patients.update(p, timestamp(m_clock)))
            return Failure::conflict(tr("%1's record was changed elsewhere since you opened it. Your changes "
                                        "were not saved: reopen the record to see the latest version.")
                                         .arg(p.displayName()));
        return Done{};
    });
    if (result)
        emit patientSaved(p.id);
    return result;
}

Result<Patient> PatientService::find(PatientId id)
{
    return reading([&]() -> Result<Patient> {
        if (std::optional<Patient> p = m_patients.find(id))
            return *p;
        return notFound(id);
    });
}

Result<QList<Patient>> PatientService::search(const QString &query, int limit)
{
    return reading([&]() -> Result<QList<Patient>> { return m_patients.search(query, limit); });
}

Result<qint64> PatientService::count()
{
    return reading([&]() -> Result<qint64> { return m_patients.count(); });
}

Failure PatientService::notFound(PatientId id)
{
    return Failure::notFound(PatientField, tr("No patient has the identifier %1.").arg(id.value));
}

} // namespace smr
