#pragma once

// Timing and reporting for smrdesk_scale_bench: each operation is run many times, the
// application's path and its floor alternately (so that both see the same machine), and reported
// as median and 95th percentile in milliseconds with their ratio and the target.

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace smr::scale {

struct Timing {
    QList<double> ms;

    double percentile(double p) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        // Nearest rank: the smallest value with at least p of the measures at or below it.
        const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(p * double(sorted.size()))), 1, sorted.size());
        return sorted.at(rank - 1);
    }
    double median() const { return percentile(0.5); }
    double p95() const { return percentile(0.95); }
};

inline double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// `runs` measures of `app` and of `floor` (when given), alternately, after `warmUp` unmeasured runs
// of each. `app` and `floor` receive the run's index (to vary what they search, say). Which of the
// two goes first alternates too: the second to read the same rows finds them warm in the
// processor's caches, which favoured the floor by about 5 % when the application always went first.
struct Pair {
    Timing app;
    Timing floor;
};
inline Pair measure(int runs, int warmUp, const std::function<void(int)> &app, const std::function<void(int)> &floor)
{
    Pair out;
    for (int i = -warmUp; i < runs; ++i) {
        const int run = i < 0 ? runs + i : i;
        const bool floorFirst = floor && run % 2 == 1;
        const double early = floorFirst ? elapsedMs([&] { floor(run); }) : 0;
        const double a = elapsedMs([&] { app(run); });
        const double f = floorFirst ? early : floor ? elapsedMs([&] { floor(run); }) : 0;
        if (i < 0)
            continue;
        out.app.ms << a;
        if (floor)
            out.floor.ms << f;
    }
    return out;
}

// One row of the summary: what was measured, its floor, the target and whether it holds.
struct Target {
    std::optional<double> maxP95Ms;    // p95 of the application's path
    std::optional<double> maxMedianMs; // median of the application's path
    std::optional<double> maxRatio;    // median ratio application / floor
    std::optional<double> maxValue;    // for a row that is a quantity, not a time (memory)
    QString text;                      // the words
};

struct Row {
    QString operation;
    QString application; // what the application's path does
    QString floor;       // what the floor does
    Pair timing;
    Target target;
    QString unit = QStringLiteral("ms");
    QJsonObject extra; // counts that tell what was measured (rows, pages, points…)

    double ratio() const { return timing.floor.median() > 0 ? timing.app.median() / timing.floor.median() : 0; }
    bool met() const
    {
        const bool isValue = target.maxValue.has_value();
        return (!target.maxP95Ms || timing.app.p95() <= *target.maxP95Ms) &&
               (!target.maxMedianMs || timing.app.median() <= *target.maxMedianMs) &&
               (!target.maxRatio || ratio() <= *target.maxRatio) &&
               (!isValue || timing.app.median() <= *target.maxValue);
    }

    QJsonObject json() const
    {
        const auto round = [](double v) { return std::round(v * 1000) / 1000; };
        const QString u = QLatin1Char('_') + unit;
        QJsonObject o{{QStringLiteral("operation"), operation},
                      {QStringLiteral("application"), application},
                      {QStringLiteral("runs"), timing.app.ms.size()},
                      {QStringLiteral("median") + u, round(timing.app.median())},
                      {QStringLiteral("p95") + u, round(timing.app.p95())},
                      {QStringLiteral("target"), target.text},
                      {QStringLiteral("met"), met()}};
        if (!floor.isEmpty()) {
            o.insert(QStringLiteral("floor"), floor);
            o.insert(QStringLiteral("floor_median") + u, round(timing.floor.median()));
            o.insert(QStringLiteral("floor_p95") + u, round(timing.floor.p95()));
            o.insert(QStringLiteral("ratio"), std::round(ratio() * 100) / 100);
            const double p95Ratio = timing.floor.p95() > 0 ? timing.app.p95() / timing.floor.p95() : 0;
            o.insert(QStringLiteral("ratio_p95"), std::round(p95Ratio * 100) / 100);
        }
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }
};

} // namespace smr::scale
