#pragma once

#include "core/common/Result.h"

#include <QObject>

namespace smr {

class Clock;
class Writer;
class InstrumentCatalog;
class ResultRepository;
class PatientRepository;
class StayRepository;
class UnitRepository;

// Which stays receive test results.
enum class DemoResults {
    RecentStays, // the stays open or discharged within the last year: what a unit looks at
    EveryStay,   // every stay of the ten years: a large establishment's archive (about 20 results
                 // a stay, 2,000,000 for 100,000 patients), for measuring speed at scale
};

struct DemoSummary {
    int patients = 0;
    int stays = 0;
    int results = 0;
};

// Fills an empty database with demonstration patients and stays (DemoGenerator) and the test
// results of the current and recent stays, or of every stay (DemoResultGenerator), all in one
// transaction: a demonstration is loaded whole or not at all.
class DemoService : public QObject
{
    Q_OBJECT

public:
    DemoService(Writer &writer, PatientRepository &patients, StayRepository &stays, UnitRepository &units,
                ResultRepository &results, const InstrumentCatalog &instruments, const Clock &clock,
                QObject *parent = nullptr);

    static constexpr int MaxPatients = 500'000;
    static inline const QString PatientsField = QStringLiteral("patients");
    static inline const QString SeedField = QStringLiteral("seed");

    Result<DemoSummary> load(int patients, quint64 seed, DemoResults which = DemoResults::RecentStays);

signals:
    // Many records changed at once: views reload everything.
    void loaded();

private:
    Writer &m_writer;
    PatientRepository &m_patients;
    StayRepository &m_stays;
    UnitRepository &m_units;
    ResultRepository &m_results;
    const InstrumentCatalog &m_instruments;
    const Clock &m_clock;
};

} // namespace smr
