#pragma once

#include "core/demo/DemoRandom.h"
#include "core/patients/Patient.h"
#include "core/results/TestResult.h"
#include "core/stays/Stay.h"

#include <QDate>
#include <QList>

namespace smr {

class Instrument;
class InstrumentCatalog;

// Plausible test results for a demonstration stay: the instruments a unit uses (ODI, Dallas,
// STarT Back and the 6-minute walk in the locomotor unit; Berg, TUG and the walk in neurology and
// geriatrics; the walk and TUG in cardiorespiratory units), questionnaires weekly, timed tests at
// two gym sessions a week, screening at admission and discharge (about 18 results for a four-week
// stay), most patients improving, some not. Answers are raw like a tester's and scored by
// the instruments themselves.
class DemoResultGenerator
{
public:
    DemoResultGenerator(quint64 seed, const InstrumentCatalog &instruments, const QDate &today);

    // The stay's final results, oldest first (none before admission or after today).
    QList<TestResult> forStay(const Stay &stay, const Patient &patient);

private:
    struct Plan {
        QString instrument;
        QList<int> days; // day of stay (1 = admission) of each measurement
    };
    QList<Plan> plansFor(const Stay &stay, int length);
    QJsonObject answersFor(const Instrument &instrument, double severity, const Patient &patient, const QDate &day);
    // `sum` spread over `count` items of 0..`max`, a little unevenly.
    QList<int> spread(int sum, int count, int max);

    DemoRandom m_random;
    const InstrumentCatalog &m_instruments;
    QDate m_today;
};

} // namespace smr
