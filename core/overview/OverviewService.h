#pragma once

#include "core/common/Result.h"
#include "core/overview/StayOverview.h"

#include <QCoreApplication>

namespace smr {

class AssessmentService;
class CarePlanService;
class Clock;
class InstrumentCatalog;
class ResultRepository;
class StayRepository;
class Writer;
struct Stay;

// The overview of a stay (read-only), from the stay's current results, its admission assessment's
// alerts and its care plan.
//
// Decision (issue #6 alerts): red flags without an action and exclusion criteria as the assessment
// gives them; goals off track (GoalProgress); for a stay in progress only: baseline instruments with
// no result, instruments measured in the stay whose latest result is more than StaleDays days old,
// and a planned discharge within DischargeSoonDays days (or already passed).
class OverviewService
{
    Q_DECLARE_TR_FUNCTIONS(OverviewService)

public:
    static constexpr int StaleDays = 14;
    static constexpr int DischargeSoonDays = 7;

    OverviewService(Writer &writer, StayRepository &stays, ResultRepository &results, AssessmentService &assessments,
                    CarePlanService &plans, const InstrumentCatalog &instruments, const Clock &clock);

    // NotFound (field "stay") for an unknown stay.
    Result<StayOverview> overview(StayId stay);

    // The cards of `results` (a stay's current final results, oldest first), one per instrument of
    // the catalog.
    static QList<InstrumentCard> cards(const QList<TestResult> &results, const InstrumentCatalog &instruments);
    // The alerts on results and dates alone (stale instruments, discharge), for `stay` on `today`.
    static QList<OverviewAlert> timeAlerts(const Stay &stay, const QList<InstrumentCard> &cards, const QDate &today);

private:
    Writer &m_writer;
    StayRepository &m_stays;
    ResultRepository &m_results;
    AssessmentService &m_assessments;
    CarePlanService &m_plans;
    const InstrumentCatalog &m_instruments;
    const Clock &m_clock;
};

} // namespace smr
