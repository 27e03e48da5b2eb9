#pragma once

// The speed targets of the issues, next to the benchmarks that measure them: smrdesk_bench runs
// every benchmark, then fails, naming it, when the mean real time of one iteration is over its
// target. A new benchmark is its function and one line:
//
//     SMRDESK_BENCHMARK(BM_PatientOverview, 100); // issue #6: the overview opens in under 100 ms
//
// and its file in tests/bench/CMakeLists.txt.

#include <benchmark/benchmark.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace smr::bench {

// Benchmark name → the most its mean real time may be, in milliseconds.
std::map<std::string, double> &targets();

// What the benchmarks built once for all their runs (a database, a window) and must let go while
// the QApplication still exists: called by main after the runs, last registered first.
std::vector<std::function<void()>> &cleanups();

struct TargetRegistration {
    TargetRegistration(const char *name, double maxMilliseconds) { targets()[name] = maxMilliseconds; }
};

} // namespace smr::bench

// Registers `function` as a benchmark reported in milliseconds, run for at least half a second,
// with its target.
#define SMRDESK_BENCHMARK(function, maxMilliseconds)                                                                   \
    BENCHMARK(function)->Unit(benchmark::kMillisecond)->MinTime(0.5);                                                  \
    static const ::smr::bench::TargetRegistration function##Target(#function, maxMilliseconds)
