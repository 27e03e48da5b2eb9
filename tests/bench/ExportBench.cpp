// Issue #9: "the physician can hand a unit's results to a research spreadsheet or a FHIR server".
// A unit with about 10,000 final results (the demonstration's patients, locomoteur, every day
// since 2020) exported whole as CSV and as a FHIR bundle into memory, through the same service as
// smrdesk-cli export and the dialog. The targets leave room for a busy machine (ctest runs this
// beside other tests): 9,999 results, measured 0.26–0.30 s (CSV, 3.6 MB) and 1.5–1.8 s (FHIR,
// 59 MB) on the development machine.

#include "BenchTargets.h"
#include "support/TestStore.h"

#include <QBuffer>

#include <memory>

namespace {

using smr::test::TestStore;

struct TenThousandResults {
    TenThousandResults()
    {
        const smr::Result<smr::DemoSummary> loaded = db->demo().load(25'000, 1);
        ok = loaded.ok();
    }

    static TenThousandResults &get()
    {
        static std::unique_ptr<TenThousandResults> fixture;
        if (!fixture) {
            fixture = std::make_unique<TenThousandResults>();
            smr::bench::cleanups().push_back([] { fixture.reset(); });
        }
        return *fixture;
    }

    TestStore db;
    bool ok = false;
};

void exportUnit(benchmark::State &state, smr::ExportFormat format)
{
    TenThousandResults &f = TenThousandResults::get();
    if (!f.ok)
        state.SkipWithError("the demonstration data could not be loaded");
    const smr::ExportScope unit =
        smr::ExportScope::ofUnit(QStringLiteral("locomoteur"), QDate(2020, 1, 1), TestStore::today());
    qint64 results = 0;
    qint64 bytes = 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const smr::Result<smr::ExportSummary> written = f.db->exports().write(unit, {format, true}, buffer);
        if (!written) {
            state.SkipWithError(written.failure().text().toStdString().c_str());
            break;
        }
        results = written->results;
        bytes = buffer.size();
    }
    state.counters["results"] = double(results);
    state.counters["MB"] = double(bytes) / 1e6;
}

void BM_ExportUnitCsv(benchmark::State &state)
{
    exportUnit(state, smr::ExportFormat::Csv);
}

void BM_ExportUnitFhir(benchmark::State &state)
{
    exportUnit(state, smr::ExportFormat::Fhir);
}

} // namespace

SMRDESK_BENCHMARK(BM_ExportUnitCsv, 1500);
SMRDESK_BENCHMARK(BM_ExportUnitFhir, 7000);
