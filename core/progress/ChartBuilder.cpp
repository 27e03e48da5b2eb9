#include "core/progress/ChartBuilder.h"

#include "core/careplan/CarePlanRules.h"
#include "core/careplan/GoalProgress.h"
#include "core/common/Dates.h"
#include "core/common/Text.h"
#include "core/instruments/ChangeAnalysis.h"
#include "core/instruments/DallasInstrument.h"
#include "core/instruments/InstrumentCatalog.h"

#include <QJsonValue>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace smr {

namespace {

std::optional<double> valueOf(const TestResult &r, const QString &key)
{
    const QJsonValue v = r.scores.value(key);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

ChartPoint pointOf(const TestResult &r, double value, int decimals)
{
    ChartPoint p;
    p.at = r.performedAt;
    p.value = value;
    p.label = text::decimal(value, decimals);
    p.assessor = r.enteredBy;
    p.remarks = r.remarks;
    p.stay = r.stayId;
    p.result = r.id;
    return p;
}

// "33,6 %", "45 points", "12 s".
QString withUnit(const QString &number, const QString &unit)
{
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

// The x range: the points and the stays' spans with a margin, so that a single point still has a
// range around it.
void fitTime(ProgressChart &c, const QDate &today)
{
    QList<QDateTime> times;
    for (const ChartSeries &s : c.series)
        for (const ChartPoint &p : s.points)
            times << p.at;
    for (const StaySpan &s : c.stays)
        times << QDateTime(s.from, QTime(0, 0)) << QDateTime(s.to, QTime(23, 59));
    if (times.isEmpty())
        times << QDateTime(today, QTime(12, 0));
    const auto [first, last] = std::minmax_element(times.cbegin(), times.cend());
    const qint64 margin = std::max<qint64>(12 * 3600, first->secsTo(*last) / 50);
    c.xMin = first->addSecs(-margin);
    c.xMax = last->addSecs(margin);
}

// The y range: the measure's, widened to whatever the chart draws; the x range: fitTime.
void fitAxes(ProgressChart &c, double min, double max, const QDate &today)
{
    double low = min;
    double high = max;
    const auto widen = [&](double v) {
        low = std::min(low, v);
        high = std::max(high, v);
    };
    for (const ChartSeries &s : c.series)
        for (const ChartPoint &p : s.points)
            widen(p.value);
    for (const ReferenceLine &l : c.lines)
        widen(l.value);
    for (const ValueBand &b : c.bands) {
        widen(b.from);
        widen(b.to);
    }
    c.yMin = low;
    c.yMax = high;
    fitTime(c, today);
}

} // namespace

ProgressChart ChartBuilder::currentStayOnly(ProgressChart chart)
{
    chart.series.removeIf([](const ChartSeries &s) { return s.role == ChartSeries::Role::EarlierStays; });
    chart.stays.removeIf([](const StaySpan &s) { return !s.current; });
    const QDate anchor = chart.stays.isEmpty() ? chart.xMax.date() : chart.stays.first().from;
    fitTime(chart, anchor);
    return chart;
}

ChartBuilder::ChartBuilder(const PatientHistory &history, const InstrumentCatalog &instruments)
    : m_history(history), m_instruments(instruments)
{
}

ProgressChart ChartBuilder::frame(const Instrument &instrument, const Measure &m, const QString &title)
{
    ProgressChart c;
    c.instrument = instrument.id();
    c.title = title;
    c.unit = m.unit;
    c.direction = m.direction;
    c.decimals = m.decimals;
    return c;
}

void ChartBuilder::finish(ProgressChart &c, const Measure &m, const QString &emptyText) const
{
    c.stays = spans(c.series);
    fitAxes(c, m.min, m.max, m_history.today);
    if (c.isEmpty())
        c.emptyText = emptyText;
}

PatientFacts ChartBuilder::factsFor(const TestResult *latest) const
{
    return m_history.patient.factsOn(latest ? latest->performedAt.date() : m_history.today);
}

ProgressChart ChartBuilder::measureChart(const Instrument &instrument, const Measure &m) const
{
    ProgressChart c = frame(instrument, m, tr("%1 — %2").arg(instrument.shortTitle(), m.label));
    c.measureKey = m.key;

    const Stay &stay = m_history.stay;
    ChartSeries current{ChartSeries::Role::CurrentStay, tr("Current stay"), m.key, {}};
    ChartSeries others{ChartSeries::Role::EarlierStays, tr("Earlier stays"), m.key, {}};
    QList<TestResult> stayResults;
    const TestResult *latest = nullptr;
    bool laterStays = false;
    for (const TestResult &r : m_history.results) {
        const std::optional<double> v = r.instrument == instrument.id() ? valueOf(r, m.key) : std::nullopt;
        if (!v)
            continue;
        if (r.stayId == stay.id) {
            current.points << pointOf(r, *v, m.decimals);
            stayResults << r;
        } else {
            others.points << pointOf(r, *v, m.decimals);
            laterStays = laterStays || r.performedAt.date() >= stay.admissionDate;
        }
        latest = &r;
    }
    // Looking back at an old stay, the others are not all earlier.
    if (laterStays)
        others.name = tr("Other stays");
    c.series << current;
    if (!others.points.isEmpty())
        c.series << others;

    const TestResult *reference = stayResults.isEmpty() ? latest : &stayResults.constLast();
    const QJsonObject scores = reference ? reference->scores : QJsonObject();
    const PatientFacts facts = factsFor(reference);
    c.lines = instrument.referenceLines(m.key, scores, facts);
    c.bands = instrument.bands(m.key, scores, facts);

    if (!stayResults.isEmpty()) {
        const TestResult &first = stayResults.first();
        const double value = *valueOf(first, m.key);
        if (const std::optional<ChangeThreshold> t = instrument.threshold(m.key, first.scores); t && t->value > 0) {
            ValueBand band;
            band.kind = ValueBand::Kind::ChangeThreshold;
            // A bounded scale (Berg 0–56, ODI 0–100) cuts the band; a value already beyond the
            // displayed range (a TUG over 60 s) keeps its whole band.
            band.from = value >= m.min ? std::max(m.min, value - t->value) : value - t->value;
            band.to = value <= m.max ? std::min(m.max, value + t->value) : value + t->value;
            // The change of a score in percent (ODI) is counted in points (Ostelo 2008).
            const QString unit = m.unit == QLatin1String("%") ? tr("points") : m.unit;
            const int decimals = t->value == std::round(t->value) ? 0 : std::max(1, m.decimals);
            band.label =
                tr("%1 ± %2").arg(ChangeAnalysis::nameOf(*t), withUnit(text::decimal(t->value, decimals), unit));
            band.start = first.performedAt;
            band.detail = t->label;
            c.bands << band;
        }
    }
    c.lines << goalLines(instrument, m, stayResults, false);
    finish(c, m, tr("No %1 result for this patient yet.").arg(instrument.shortTitle()));
    return c;
}

ProgressChart ChartBuilder::dallasDimensions(const Instrument &dallas) const
{
    const QList<Measure> measures = dallas.measures();
    const Measure &main = measures.first();
    ProgressChart c = frame(dallas, main, tr("%1 — dimensions").arg(dallas.shortTitle()));

    QList<TestResult> stayResults;
    for (const TestResult &r : m_history.results) {
        if (r.instrument == dallas.id() && r.stayId == m_history.stay.id)
            stayResults << r;
    }
    for (const Measure &m : measures) {
        ChartSeries s{ChartSeries::Role::Dimension, m.label, m.key, {}};
        for (const TestResult &r : stayResults) {
            if (const std::optional<double> v = valueOf(r, m.key))
                s.points << pointOf(r, *v, m.decimals);
        }
        c.series << s;
    }
    const TestResult *reference = stayResults.isEmpty() ? nullptr : &stayResults.constLast();
    // Every dimension has the same border (50 %): drawn once.
    c.lines = dallas.referenceLines(main.key, reference ? reference->scores : QJsonObject(), factsFor(reference));
    for (const Measure &m : measures)
        c.lines << goalLines(dallas, m, stayResults, true);
    finish(c, main, tr("No %1 result in this stay yet.").arg(dallas.shortTitle()));
    return c;
}

QList<ReferenceLine> ChartBuilder::goalLines(const Instrument &instrument, const Measure &m,
                                             const QList<TestResult> &stayResults, bool named) const
{
    QList<ReferenceLine> out;
    if (!m_history.plan)
        return out;
    const Stay &stay = m_history.stay;
    for (const Goal &goal : m_history.plan->goals) {
        if (!goal.isMeasured() || goal.instrument != instrument.id() || goal.measure != m.key)
            continue;
        // The target of the care plan's tab (GoalProgress), so that both say the same number.
        const QDate deadline = CarePlanRules::deadline(goal, stay.admissionDate, m_history.plan->plannedWeeks);
        const GoalProgress progress =
            GoalProgress::of(goal, {stay.admissionDate, deadline, m_history.today}, stayResults, m_instruments);
        std::optional<double> target = progress.target;
        if (!target && goal.kind == TargetKind::Threshold)
            target = goal.value; // a value to reach needs no baseline
        if (!target)
            continue;
        const QString comparison =
            m.direction == Measure::Direction::LowerIsBetter ? QStringLiteral("≤") : QStringLiteral("≥");
        const QString value = comparison + QLatin1Char(' ') + withUnit(text::decimal(*target, m.decimals), m.unit);
        ReferenceLine line;
        line.kind = ReferenceLine::Kind::Goal;
        line.value = *target;
        line.label = named ? tr("Goal %1: %2").arg(m.label, value) : tr("Goal: %1").arg(value);
        line.detail = progress.explanation;
        out << line;
    }
    return out;
}

QList<StaySpan> ChartBuilder::spans(const QList<ChartSeries> &series) const
{
    QMap<StayId, QDate> lastDay; // the last point's day of each stay with points
    for (const ChartSeries &s : series) {
        for (const ChartPoint &p : s.points)
            lastDay[p.stay] = std::max(lastDay.value(p.stay), p.at.date());
    }
    QList<Stay> stays = m_history.stays;
    if (std::none_of(stays.cbegin(), stays.cend(), [&](const Stay &s) { return s.id == m_history.stay.id; }))
        stays << m_history.stay;
    QList<StaySpan> out;
    for (const Stay &s : stays) {
        const bool current = s.id == m_history.stay.id;
        if (!current && !lastDay.contains(s.id))
            continue;
        StaySpan span;
        span.stay = s.id;
        span.current = current;
        span.from = s.admissionDate;
        span.to = s.dischargeDate.isValid()          ? s.dischargeDate
                  : s.plannedDischargeDate.isValid() ? s.plannedDischargeDate
                                                     : s.admissionDate;
        if (lastDay.contains(s.id))
            span.to = std::max(span.to, lastDay.value(s.id));
        span.label = tr("Stay from %1 to %2").arg(dates::display(span.from), dates::display(span.to));
        out << span;
    }
    std::sort(out.begin(), out.end(), [](const StaySpan &a, const StaySpan &b) {
        return a.from != b.from ? a.from < b.from : a.stay < b.stay;
    });
    return out;
}

std::optional<SquarePoint> ChartBuilder::squarePoint(const TestResult &r, const QString &label)
{
    const std::optional<DallasInstrument::Impacts> impacts = DallasInstrument::impactsOf(r.scores);
    if (!impacts)
        return std::nullopt;
    SquarePoint p;
    p.at = r.performedAt;
    p.physical = impacts->physical;
    p.psychological = impacts->psychological;
    p.result = r.id;
    p.label = label;
    p.quadrant = Grouping::suggest(impacts->physical, impacts->psychological);
    return p;
}

DallasSquare ChartBuilder::dallasSquare() const
{
    DallasSquare square;
    DallasSquare::Path path{m_history.patient.id, m_history.stay.id, QString(), {}};
    for (const TestResult &r : m_history.results) {
        if (r.instrument != DallasInstrument::Id || r.stayId != m_history.stay.id)
            continue;
        if (const std::optional<SquarePoint> p = squarePoint(r, r.performedAt.toString(QStringLiteral("dd/MM"))))
            path.points << *p;
    }
    if (path.points.isEmpty())
        square.emptyText = tr("No Dallas questionnaire in this stay yet.");
    else
        square.paths << path;
    return square;
}

InstrumentProgress ChartBuilder::progressOf(const Instrument &instrument, const TestResult *first,
                                            const TestResult *latest)
{
    InstrumentProgress p;
    p.instrument = instrument.id();
    p.title = instrument.shortTitle();
    p.measure = instrument.measures().first();
    const std::optional<double> from = first ? valueOf(*first, p.measure.key) : std::nullopt;
    const std::optional<double> to = latest ? valueOf(*latest, p.measure.key) : std::nullopt;
    if (!from || !to)
        return p;
    p.admission = from;
    p.latest = to;
    p.admissionAt = first->performedAt;
    p.latestAt = latest->performedAt;
    p.admissionText = text::decimal(*from, p.measure.decimals);
    p.latestText = text::decimal(*to, p.measure.decimals);
    if (first->id == latest->id)
        return p;
    for (const MeasureChange &change : ChangeAnalysis::compare(instrument, first->scores, latest->scores)) {
        if (change.measure.key == p.measure.key) {
            p.change = change;
            p.changeText = ChangeAnalysis::describe(change);
        }
    }
    return p;
}

} // namespace smr
