#include "core/careplan/GoalProgress.h"

#include "core/careplan/CarePlanRules.h"
#include "core/common/Dates.h"
#include "core/instruments/InstrumentCatalog.h"

#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace smr {

namespace {

constexpr double kEpsilon = 1e-9;

struct Point {
    QDateTime at;
    double value;
};

double rounded(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

QString signedNumber(double v)
{
    const double magnitude = std::abs(v);
    const QString digits = QLocale().toString(magnitude, 'f', magnitude == std::round(magnitude) ? 0 : 1);
    if (v > 0)
        return QLatin1Char('+') + digits;
    if (v < 0)
        return QChar(0x2212) + digits;
    return digits;
}

} // namespace

GoalProgress GoalProgress::of(const Goal &goal, const Context &c, const QList<TestResult> &results,
                              const InstrumentCatalog &instruments)
{
    GoalProgress p;
    if (goal.kind == TargetKind::Unmeasured) {
        if (goal.achievedOn.isValid()) {
            p.status = Status::Met;
            p.explanation = tr("Achieved on %1.").arg(dates::display(goal.achievedOn));
        } else {
            p.status = Status::NotMeasured;
            p.explanation = tr("Judged by the team: not marked achieved yet.");
        }
        return p;
    }
    if (goal.kind == TargetKind::Date) {
        if (goal.achievedOn.isValid()) {
            p.status = Status::Met;
            p.explanation = tr("Achieved on %1.").arg(dates::display(goal.achievedOn));
        } else if (!goal.targetDate.isValid()) {
            p.status = Status::NotMeasured;
            p.explanation = tr("No target date.");
        } else if (goal.targetDate < c.today) {
            p.status = Status::OffTrack;
            p.explanation = tr("Not achieved, and the target date %1 has passed.").arg(dates::display(goal.targetDate));
        } else {
            p.status = Status::OnTrack;
            p.explanation = tr("Due by %1, not achieved yet.").arg(dates::display(goal.targetDate));
        }
        return p;
    }

    const Instrument *instrument = instruments.find(goal.instrument);
    const std::optional<Measure> measure = CarePlanRules::measureOf(goal, instruments);
    if (!instrument || !measure) {
        p.status = Status::NotMeasured;
        p.explanation =
            tr("Unknown measure \"%1\" of \"%2\": its progress cannot be followed.").arg(goal.measure, goal.instrument);
        return p;
    }
    // "ODI", or "6MWT distance" when the instrument follows several measures.
    const QString name = instrument->measures().size() > 1 ? CarePlanRules::measureName(*instrument, *measure)
                                                           : instrument->shortTitle();
    const auto show = [&](double v) -> QString {
        return QLocale().toString(v, 'f', measure->decimals) + QLatin1Char(' ') + measure->unit;
    };

    QList<Point> points;
    for (const TestResult &r : results) {
        const QJsonValue v = r.scores.value(goal.measure);
        if (r.instrument == goal.instrument && r.status == TestResult::Status::Final && !r.superseded && v.isDouble())
            points << Point{r.performedAt, v.toDouble()};
    }
    std::stable_sort(points.begin(), points.end(), [](const Point &a, const Point &b) { return a.at < b.at; });
    if (points.isEmpty()) {
        p.status = Status::NotMeasured;
        p.explanation = tr("No %1 result in this stay yet: the baseline is missing.").arg(instrument->shortTitle());
        return p;
    }

    const Point first = points.first();
    const Point last = points.last();
    const double target = rounded(*CarePlanRules::targetValue(goal, first.value), measure->decimals);
    p.baseline = first.value;
    p.latest = last.value;
    p.target = target;
    const QDate deadline = c.deadline.isValid() ? c.deadline : c.admission.addDays(28);
    const double better = measure->direction == Measure::Direction::LowerIsBetter ? -1.0 : 1.0;

    if (better * (last.value - target) >= -kEpsilon) {
        QString detail;
        if (goal.kind == TargetKind::RelativeChange)
            detail = tr(" (%1 % of %2)").arg(signedNumber(goal.value), show(first.value));
        else if (goal.kind == TargetKind::AbsoluteChange)
            detail = tr(" (%1 %2 from %3)").arg(signedNumber(goal.value), measure->unit, show(first.value));
        p.status = Status::Met;
        p.explanation = tr("%1 %2 reached the target %3%4").arg(name, show(last.value), show(target), detail);
        return p;
    }

    if (points.size() == 1) {
        const bool due = c.today <= deadline;
        p.status = due ? Status::OnTrack : Status::OffTrack;
        p.explanation = due ? tr("Only the baseline so far: %1 %2 on %3, target %4 by %5.")
                                  .arg(name, show(first.value), dates::display(first.at.date()), show(target),
                                       dates::display(deadline))
                            : tr("Only the baseline: %1 %2 on %3; the target %4 was due by %5.")
                                  .arg(name, show(first.value), dates::display(first.at.date()), show(target),
                                       dates::display(deadline));
        return p;
    }

    const double required = better * (target - first.value);
    const double achieved = better * (last.value - first.value);
    const qint64 span = first.at.date().daysTo(deadline);
    const qint64 elapsed = first.at.date().daysTo(c.today);
    const double time = span <= 0 ? 1.0 : std::clamp(double(elapsed) / double(span), 0.0, 1.0);
    p.status = achieved + kEpsilon >= time * required ? Status::OnTrack : Status::OffTrack;
    if (c.today > deadline) {
        p.explanation =
            tr("%1 %2 on %3: the target %4 was due by %5.")
                .arg(name, show(last.value), dates::display(last.at.date()), show(target), dates::display(deadline));
        return p;
    }
    const QLocale locale;
    const int madePercent = required > 0 ? int(std::lround(100.0 * achieved / required)) : 0;
    p.explanation =
        tr("%1 %2 on %3, target %4 by %5: %6 % of the change made with %7 % of the time gone.")
            .arg(name, show(last.value), dates::display(last.at.date()), show(target), dates::display(deadline),
                 locale.toString(madePercent), locale.toString(int(std::lround(100.0 * time))));
    return p;
}

} // namespace smr
