#include "core/demo/DemoService.h"

#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/patients/PatientRepository.h"
#include "core/stays/StayRepository.h"
#include "core/storage/Transactional.h"
#include "core/units/UnitRepository.h"

#include <QLocale>

namespace smr {

DemoService::DemoService(Database &db, PatientRepository &patients, StayRepository &stays, UnitRepository &units,
                         const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_patients(patients), m_stays(stays), m_units(units), m_clock(clock)
{
}

Result<DemoSummary> DemoService::load(int patients, quint64 seed)
{
    if (patients < 1 || patients > MaxPatients)
        return Failure::invalid(
            PatientsField,
            tr("The number of demonstration patients must be between 1 and %1.").arg(QLocale().toString(MaxPatients)));
    auto result = inWriteTransaction(m_db, [&]() -> Result<DemoSummary> {
        if (const qint64 existing = m_patients.count(); existing > 0)
            return Failure::invalid(PatientsField,
                                    tr("The database already holds %n patient(s): demonstration data is loaded only "
                                       "into an empty database.",
                                       nullptr, int(existing)));
        const QString now = timestamp(m_clock);
        DemoGenerator generator(seed, patients, m_clock.today(), m_units.all());
        DemoSummary summary;
        for (int i = 0; i < patients; ++i) {
            DemoGenerator::History h = generator.make(i);
            const PatientId id = m_patients.insert(h.patient, now);
            for (Stay &stay : h.stays) {
                stay.patientId = id;
                m_stays.insert(stay, now);
                ++summary.stays;
            }
            ++summary.patients;
        }
        return summary;
    });
    if (result)
        emit loaded();
    return result;
}

} // namespace smr
