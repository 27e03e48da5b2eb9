// Issue #10's target for issue #9's letters: the discharge letter with its three charts (Berg,
// Oswestry, TUG), written from the record and rendered to PDF (A4, 300 dpi, letterhead with its
// logo, vector charts), in under 500 ms. Measured as the editor's "Save as PDF" and "Finalise" do
// it: DocumentComposer, then DocumentRenderer::pdf.

#include "BenchTargets.h"
#include "core/documents/DocumentComposer.h"
#include "support/LetterStay.h"
#include "ui/documents/DocumentRenderer.h"

#include <memory>

namespace {

using smr::test::TestStore;

struct LetterFixture {
    LetterFixture() : letters(smr::test::addLetterStay(db)) {}

    static LetterFixture &get()
    {
        static std::unique_ptr<LetterFixture> fixture;
        if (!fixture) {
            fixture = std::make_unique<LetterFixture>();
            smr::bench::cleanups().push_back([] { fixture.reset(); });
        }
        return *fixture;
    }

    TestStore db;
    smr::test::LetterStay letters;
};

void BM_DischargeLetterPdfWithThreeCharts(benchmark::State &state)
{
    LetterFixture &f = LetterFixture::get();
    if (!f.letters.stay.isValid()) {
        state.SkipWithError("the stay of the letter could not be written");
        return;
    }
    const smr::DocumentSubject subject =
        smr::DocumentSubject::ofStay(smr::DocumentKind::DischargeLetter, f.letters.stay);
    int pages = 0;
    qsizetype charts = 0;
    qsizetype bytes = 0;
    for (auto _ : state) {
        const smr::Result<smr::DocumentContent> composed = smr::DocumentComposer::compose(f.db.store(), subject);
        if (!composed) {
            state.SkipWithError(composed.failure().text().toStdString().c_str());
            break;
        }
        smr::DocumentContent content = *composed;
        content.letterhead = *f.db->documents().letterhead();
        content.signature = *f.db->documents().signature(QStringLiteral("cmartin"));
        const smr::ui::DocumentRenderer::Pdf pdf = smr::ui::DocumentRenderer(content).pdf();
        pages = pdf.pages;
        charts = content.charts.size();
        bytes = pdf.bytes.size();
        benchmark::DoNotOptimize(pdf.bytes.constData());
    }
    state.counters["pages"] = pages;
    state.counters["charts"] = double(charts);
    state.counters["kB"] = double(bytes) / 1e3;
}

} // namespace

SMRDESK_BENCHMARK(BM_DischargeLetterPdfWithThreeCharts, 500);
