#pragma once

#include "core/census/CensusRepository.h"
#include "core/common/Result.h"
#include "core/demo/DemoService.h"
#include "core/instruments/InstrumentCatalog.h"
#include "core/patients/PatientRepository.h"
#include "core/patients/PatientService.h"
#include "core/results/ResultRepository.h"
#include "core/results/ResultService.h"
#include "core/stays/StayRepository.h"
#include "core/stays/StayService.h"
#include "core/storage/Database.h"
#include "core/units/UnitRepository.h"
#include "core/units/UnitService.h"

#include <memory>

namespace smr {

class Clock;

// The application's data, opened and migrated: the database, its repositories (reads) and its
// services (the only writers). Both executables build one and hand it to what they show.
class Store
{
public:
    // Opens (creating if needed) the SQLite database at `path` and brings it to the current schema.
    // `instrumentsFolder` may hold a site's licensed wording of instruments (empty: none).
    static Result<std::unique_ptr<Store>>
    openSqlite(const QString &path, const Clock &clock,
               const QString &instrumentsFolder = InstrumentCatalog::defaultSiteFolder());
    // The same on either engine; `password` for a PostgreSQL server (else PGPASSWORD or ~/.pgpass).
    static Result<std::unique_ptr<Store>>
    open(const DatabaseAddress &address, const Clock &clock,
         const QString &instrumentsFolder = InstrumentCatalog::defaultSiteFolder(), const QString &password = {});

    Database &database() { return *m_db; }
    const Clock &clock() const { return m_clock; }
    int schemaVersion() const { return m_schemaVersion; }

    PatientRepository &patientRepository() { return m_patientRepository; }
    StayRepository &stayRepository() { return m_stayRepository; }
    UnitRepository &unitRepository() { return m_unitRepository; }
    CensusRepository &census() { return m_census; }
    ResultRepository &resultRepository() { return m_resultRepository; }
    const InstrumentCatalog &instruments() const { return m_instruments; }

    PatientService &patients() { return m_patients; }
    StayService &stays() { return m_stays; }
    UnitService &units() { return m_units; }
    DemoService &demo() { return m_demo; }
    ResultService &results() { return m_results; }

private:
    Store(std::unique_ptr<Database> db, const Clock &clock, int schemaVersion, const QString &instrumentsFolder);

    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    int m_schemaVersion;
    InstrumentCatalog m_instruments;
    PatientRepository m_patientRepository;
    StayRepository m_stayRepository;
    UnitRepository m_unitRepository;
    CensusRepository m_census;
    ResultRepository m_resultRepository;
    PatientService m_patients;
    StayService m_stays;
    UnitService m_units;
    DemoService m_demo;
    ResultService m_results;
};

} // namespace smr
