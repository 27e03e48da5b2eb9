#include "core/demo/DemoService.h"

#include "core/audit/AuditEntry.h"
#include "core/audit/Writer.h"
#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoResultGenerator.h"
#include "core/patients/PatientRepository.h"
#include "core/results/ResultRepository.h"
#include "core/stays/StayRepository.h"
#include "core/units/UnitRepository.h"

#include <QLocale>

namespace smr {

DemoService::DemoService(Writer &writer, PatientRepository &patients, StayRepository &stays, UnitRepository &units,
                         ResultRepository &results, const InstrumentCatalog &instruments, const Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_patients(patients)
    , m_stays(stays)
    , m_units(units)
    , m_results(results)
    , m_instruments(instruments)
    , m_clock(clock)
{
}

Result<DemoSummary> DemoService::load(int patients, quint64 seed, DemoResults which)
{
    auto result = m_writer.write(Right::LoadDemo, [&](Change &change) -> Result<DemoSummary> {
        if (patients < 1 || patients > MaxPatients)
            return Failure::invalid(PatientsField, tr("The number of demonstration patients must be between 1 and %1.")
                                                       .arg(QLocale().toString(MaxPatients)));
        if (const qint64 existing = m_patients.count(); existing > 0)
            return Failure::invalid(PatientsField,
                                    tr("The database already holds %n patient(s): demonstration data is loaded only "
                                       "into an empty database.",
                                       nullptr, int(existing)));
        const QString &now = change.now();
        DemoGenerator generator(seed, patients, m_clock.today(), m_units.all());
        DemoResultGenerator results(seed, m_instruments, m_clock.today());
        // By default, results for the stays of the last year: what a unit looks at, without
        // slowing a large demonstration down with ten years of tests.
        const QDate recent = m_clock.today().addYears(-1);
        DemoSummary summary;
        for (int i = 0; i < patients; ++i) {
            DemoGenerator::History h = generator.make(i);
            const PatientId id = m_patients.insert(h.patient, now);
            h.patient.id = id;
            for (Stay &stay : h.stays) {
                stay.patientId = id;
                stay.id = m_stays.insert(stay, now);
                ++summary.stays;
                const bool current = which == DemoResults::EveryStay || stay.isOpen() ||
                                     (stay.dischargeDate.isValid() && stay.dischargeDate >= recent);
                if (!current || stay.status == StayStatus::Cancelled)
                    continue;
                for (const TestResult &r : results.forStay(stay, h.patient)) {
                    m_results.insert(r, now);
                    ++summary.results;
                }
            }
            ++summary.patients;
        }
        // One line for the whole load: a demonstration is one act, and thousands of lines of
        // invented patients would drown the trail.
        change.record(audit::Demo, QString(), PatientId(), audit::Load, {},
                      {{QStringLiteral("patients"), summary.patients},
                       {QStringLiteral("stays"), summary.stays},
                       {QStringLiteral("results"), summary.results},
                       {QStringLiteral("seed"), QString::number(seed)},
                       {QStringLiteral("every_stay"), which == DemoResults::EveryStay}});
        return summary;
    });
    if (result)
        emit loaded();
    return result;
}

} // namespace smr
