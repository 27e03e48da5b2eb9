#include "core/overview/OverviewService.h"

#include "core/assessment/AssessmentService.h"
#include "core/audit/Writer.h"
#include "core/careplan/CarePlanService.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/instruments/InstrumentCatalog.h"
#include "core/results/ResultRepository.h"
#include "core/stays/StayRepository.h"

#include <algorithm>

namespace smr {

namespace {

OverviewAlert alert(OverviewAlert::Kind kind, Assessment::Severity severity, const QString &text,
                    const QString &instrument = {})
{
    return OverviewAlert{kind, severity, text, instrument};
}

} // namespace

OverviewService::OverviewService(Writer &writer, StayRepository &stays, ResultRepository &results,
                                 AssessmentService &assessments, CarePlanService &plans,
                                 const InstrumentCatalog &instruments, const Clock &clock)
    : m_writer(writer)
    , m_stays(stays)
    , m_results(results)
    , m_assessments(assessments)
    , m_plans(plans)
    , m_instruments(instruments)
    , m_clock(clock)
{
}

QList<InstrumentCard> OverviewService::cards(const QList<TestResult> &results, const InstrumentCatalog &instruments)
{
    QList<InstrumentCard> out;
    for (const Instrument *instrument : instruments.all()) {
        InstrumentCard card;
        card.instrument = instrument->id();
        card.title = instrument->shortTitle();
        QList<const TestResult *> own;
        for (const TestResult &r : results)
            if (r.instrument == card.instrument)
                own << &r;
        card.resultCount = int(own.size());
        if (!own.isEmpty()) {
            const TestResult &latest = *own.last();
            card.latest = latest;
            card.assessment = instrument->assess(latest.scores);
            if (own.size() >= 2)
                card.sinceAdmission = ChangeAnalysis::mainChange(*instrument, own.first()->scores, latest.scores);
            if (own.size() >= 3)
                card.sincePrevious =
                    ChangeAnalysis::mainChange(*instrument, own.at(own.size() - 2)->scores, latest.scores);
        }
        out << card;
    }
    return out;
}

QList<OverviewAlert> OverviewService::timeAlerts(const Stay &stay, const QList<InstrumentCard> &cards,
                                                 const QDate &today)
{
    QList<OverviewAlert> out;
    if (stay.status != StayStatus::Active)
        return out;
    QStringList missing;
    QStringList missingIds;
    for (const InstrumentCard &card : cards) {
        if (!card.latest) {
            missing << card.title;
            missingIds << card.instrument;
            continue;
        }
        const QDate last = card.latest->performedAt.date();
        const qint64 days = last.daysTo(today);
        if (days > StaleDays)
            out << alert(
                OverviewAlert::Kind::StaleInstrument, Assessment::Severity::Caution,
                tr("%1: no result for %2 days (last on %3).").arg(card.title).arg(days).arg(dates::display(last)),
                card.instrument);
    }
    if (!missing.isEmpty()) {
        // One line for all of them, most useful at admission; the cards offer the entry of each.
        OverviewAlert a =
            alert(OverviewAlert::Kind::MissingBaseline, Assessment::Severity::Caution,
                  tr("Baseline tests with no result in this stay: %1.").arg(missing.join(QStringLiteral(", "))),
                  missingIds.size() == 1 ? missingIds.first() : QString());
        out.prepend(a);
    }
    if (stay.plannedDischargeDate.isValid()) {
        const qint64 days = today.daysTo(stay.plannedDischargeDate);
        const QString on = dates::display(stay.plannedDischargeDate);
        if (days < 0)
            out << alert(OverviewAlert::Kind::DischargeSoon, Assessment::Severity::Bad,
                         tr("The planned discharge (%1) has passed and the stay is still in progress.").arg(on));
        else if (days == 0)
            out << alert(OverviewAlert::Kind::DischargeSoon, Assessment::Severity::Caution,
                         tr("Discharge planned today (%1).").arg(on));
        else if (days <= DischargeSoonDays)
            out << alert(OverviewAlert::Kind::DischargeSoon, Assessment::Severity::Caution,
                         tr("Discharge planned on %1, in %n day(s).", nullptr, int(days)).arg(on));
    }
    return out;
}

Result<StayOverview> OverviewService::overview(StayId stayId)
{
    return m_writer.read([&]() -> Result<StayOverview> {
        const std::optional<Stay> stay = m_stays.find(stayId);
        if (!stay)
            return Failure::notFound(QStringLiteral("stay"), tr("No stay has the identifier %1.").arg(stayId.value));
        StayOverview out;
        out.cards = cards(m_results.current(stayId), m_instruments);

        const Result<StayAlerts> assessment = m_assessments.alerts(stayId);
        if (!assessment)
            return assessment.failure();
        out.assessment = *assessment;
        for (RedFlag flag : assessment->unresolvedRedFlags)
            out.alerts << alert(OverviewAlert::Kind::RedFlag, Assessment::Severity::Bad,
                                tr("Red flag with no action recorded: %1.").arg(kRedFlags.label(flag)));
        for (Exclusion e : assessment->exclusions)
            out.alerts << alert(OverviewAlert::Kind::Exclusion,
                                assessment->exclusionsJustified ? Assessment::Severity::Caution
                                                                : Assessment::Severity::Bad,
                                assessment->exclusionsJustified
                                    ? tr("Exclusion criterion, justified: %1.").arg(kExclusions.label(e))
                                    : tr("Exclusion criterion without justification: %1.").arg(kExclusions.label(e)));

        const Result<QList<GoalStatus>> goals = m_plans.progress(stayId);
        if (goals) {
            out.hasCarePlan = true;
            out.goals = *goals;
            for (const GoalStatus &g : *goals)
                if (g.progress.status == GoalProgress::Status::OffTrack)
                    out.alerts << alert(
                        OverviewAlert::Kind::GoalOffTrack, Assessment::Severity::Caution,
                        tr("Goal off track: %1 — %2").arg(kObjectives.label(g.goal.objective), g.progress.explanation));
        } else if (goals.failure().kind() != Failure::Kind::NotFound) {
            return goals.failure();
        }
        out.alerts << timeAlerts(*stay, out.cards, m_clock.today());
        std::stable_sort(out.alerts.begin(), out.alerts.end(), [](const OverviewAlert &a, const OverviewAlert &b) {
            return a.severity == Assessment::Severity::Bad && b.severity != Assessment::Severity::Bad;
        });
        return out;
    });
}

} // namespace smr
