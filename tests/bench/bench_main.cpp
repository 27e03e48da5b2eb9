// Entry point of smrdesk_bench: one QApplication (charts need widgets), offscreen unless a display
// is asked for, French as the users see it; the benchmarks, then their targets (BenchTargets.h).

#include "BenchTargets.h"
#include "support/UiApplication.h"

#include <QApplication>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace smr::bench {

std::map<std::string, double> &targets()
{
    static std::map<std::string, double> registry;
    return registry;
}

std::vector<std::function<void()>> &cleanups()
{
    static std::vector<std::function<void()>> registry;
    return registry;
}

namespace {

// The console's report, and each benchmark's mean real time per iteration kept in milliseconds.
class TargetReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            if (run.run_type != Run::RT_Iteration || run.error_occurred)
                continue;
            // The function's name: benchmark_name() carries the run's options ("…/min_time:0.500").
            measured[run.run_name.function_name] =
                run.GetAdjustedRealTime() / benchmark::GetTimeUnitMultiplier(run.time_unit) * 1e3;
        }
    }

    std::map<std::string, double> measured;
};

// Every benchmark measured against its target (those left out by --benchmark_filter are not).
int checkTargets(const std::map<std::string, double> &measured)
{
    int over = 0;
    for (const auto &[name, maxMilliseconds] : targets()) {
        if (!measured.count(name))
            std::printf("%s: not run\n", name.c_str());
    }
    for (const auto &[name, milliseconds] : measured) {
        const auto target = targets().find(name);
        if (target == targets().end())
            continue;
        if (milliseconds > target->second) {
            std::fprintf(stderr, "%s: %.1f ms, over its target of %.1f ms\n", name.c_str(), milliseconds,
                         target->second);
            ++over;
        } else {
            std::printf("%s: %.1f ms, within its target of %.1f ms\n", name.c_str(), milliseconds, target->second);
        }
    }
    return over == 0 ? 0 : 1;
}

} // namespace
} // namespace smr::bench

int main(int argc, char **argv)
{
    smr::test::chooseOffscreenUnlessAsked();
    QApplication app(argc, argv);
    const auto appearance = smr::test::setUpUiApplication(app);

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    smr::bench::TargetReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    // Windows and databases go before the QApplication does.
    for (auto c = smr::bench::cleanups().rbegin(); c != smr::bench::cleanups().rend(); ++c)
        (*c)();
    return smr::bench::checkTargets(reporter.measured);
}
