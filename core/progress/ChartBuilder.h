#pragma once

#include "core/careplan/CarePlan.h"
#include "core/patients/Patient.h"
#include "core/progress/ProgressChart.h"
#include "core/progress/UnitProgress.h"
#include "core/results/TestResult.h"
#include "core/stays/Stay.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace smr {

class InstrumentCatalog;

// What a patient's charts are built from, read once by ProgressService.
struct PatientHistory {
    Patient patient;
    Stay stay;                    // the stay shown: its points are the "current" ones
    QList<Stay> stays;            // every stay of the patient (the shown one included)
    QList<TestResult> results;    // the patient's current results, oldest first (any instrument)
    std::optional<CarePlan> plan; // the shown stay's care plan
    QDate today;
};

// Builds the progress charts' data from what was read (pure: no database), so that one chart,
// the small multiples and the tests share one construction.
//
// Decisions (issue #6):
// - the reference's lines and bands are those of the latest result of the stay shown (else the
//   patient's latest): its scores (the 6-minute walk's prediction) and the patient's facts on its
//   day (the TUG's age norm); with no result at all, the facts of today;
// - the MCID/MDC band is centred on the stay's first result and starts at its time; it is cut at
//   the ends of a bounded scale (Berg 0–56, ODI 0–100) unless the value already lies beyond them;
// - a goal of the stay's care plan on the measure is a Goal line at GoalProgress's target (a
//   threshold goal's value even before any result; a change goal needs the baseline);
// - the stays' spans are those of the stays with points, and always the stay shown; a span ends at
//   the discharge, else the planned discharge, else the stay's last point (never before it);
// - the y range is the measure's, widened to the points, lines and bands; the x range covers the
//   points and spans with a margin of 2 % (at least 12 hours, so one point still has a range).
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)

public:
    ChartBuilder(const PatientHistory &history, const InstrumentCatalog &instruments);

    // The chart of one measure: the stay's series and, when there are, the other stays'.
    ProgressChart measureChart(const Instrument &instrument, const Measure &measure) const;
    // The four Dallas dimensions over the stay, one series each.
    ProgressChart dallasDimensions(const Instrument &dallas) const;
    // The stay's path on the Dallas square, point labels "dd/MM".
    DallasSquare dallasSquare() const;

    // `chart` without the other stays: their series and spans left out, the time axis fitted to
    // the stay shown (its span and points, the same margin). The y range is kept, so that switching
    // between both views does not move the reference lines.
    static ProgressChart currentStayOnly(ProgressChart chart);

    // A Dallas result on the square (nothing when its scores lack the impacts).
    static std::optional<SquarePoint> squarePoint(const TestResult &dallas, const QString &label);
    // The unit view's cell of `instrument` from a stay's first and latest results of it (one
    // result, or none: no change).
    static InstrumentProgress progressOf(const Instrument &instrument, const TestResult *first,
                                         const TestResult *latest);

private:
    // A chart's heading (instrument, title, unit, direction, decimals), and its ending: the stays'
    // spans, the axes, and what to say when it has no point.
    static ProgressChart frame(const Instrument &instrument, const Measure &measure, const QString &title);
    void finish(ProgressChart &chart, const Measure &measure, const QString &emptyText) const;
    PatientFacts factsFor(const TestResult *latest) const;
    QList<ReferenceLine> goalLines(const Instrument &instrument, const Measure &measure,
                                   const QList<TestResult> &stayResults, bool named) const;
    QList<StaySpan> spans(const QList<ChartSeries> &series) const;

    const PatientHistory &m_history;
    const InstrumentCatalog &m_instruments;
};

} // namespace smr
