// Issue #8: the gym-side tablet. A tap must answer at once: opening a patient's review (the
// dossier read, the precautions, the test tiles, the goals, the last meeting, a result tile and a
// chart per instrument, painted at 1280 × 800) for a patient with ten years of history
// (tests/support/LongHistory); and the draft saved durably at every answer of a Berg.

#include "BenchTargets.h"
#include "support/LongHistory.h"
#include "support/TestStore.h"
#include "ui/results/Ticker.h"
#include "ui/tablet/PatientPage.h"
#include "ui/tablet/TabletWindow.h"

#include <QJsonArray>
#include <QSettings>

#include <memory>

namespace {

using smr::test::LongHistory;
using smr::test::TestStore;

struct GymTablet {
    GymTablet() : settings(db.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        db.signInAs(db.addUser(QStringLiteral("vernet"), {smr::Role::Physician}, QStringLiteral("Dr Vernet")));
        history = smr::test::addLongHistory(db, 10);
        db.signInAs(db.addUser(QStringLiteral("pkine"), {smr::Role::Physiotherapist}, QStringLiteral("Paul Kiné")));
        window = std::make_unique<smr::ui::TabletWindow>(db.store(), settings, nullptr, &ticker);
        window->resize(1280, 800);
        window->show();
    }

    static GymTablet &get()
    {
        static std::unique_ptr<GymTablet> fixture;
        if (!fixture) {
            fixture = std::make_unique<GymTablet>();
            smr::bench::cleanups().push_back([] { fixture.reset(); });
        }
        return *fixture;
    }

    TestStore db;
    QSettings settings;
    smr::ui::ManualTicker ticker;
    LongHistory history;
    std::unique_ptr<smr::ui::TabletWindow> window;
};

void BM_TabletPatientReview(benchmark::State &state)
{
    GymTablet &f = GymTablet::get();
    for (auto _ : state) {
        f.window->back();
        f.window->openPatient(f.history.patient, f.history.current);
        // What the therapist sees: the page laid out and painted, its charts drawn.
        const QPixmap painted = f.window->grab();
        if (f.window->currentPage() != f.window->patientPage() || painted.isNull())
            state.SkipWithError("the review did not open");
    }
}

void BM_TabletDraftAtEachAnswer(benchmark::State &state)
{
    GymTablet &f = GymTablet::get();
    smr::TestResult draft;
    draft.stayId = f.history.current;
    draft.instrument = QStringLiteral("berg");
    draft.enteredBy = QStringLiteral("Paul Kiné");
    QJsonArray items;
    for (int i = 0; i < 14; ++i)
        items.append(QJsonValue::Null);
    int answer = 0;
    for (auto _ : state) {
        items[answer % 14] = answer % 5;
        draft.answers = QJsonObject{{QStringLiteral("items"), items}};
        draft.progress = QJsonObject{{QStringLiteral("item"), answer % 14 + 1}};
        const smr::Result<smr::TestResult> saved = f.db->results().saveDraft(draft);
        if (!saved) {
            state.SkipWithError(saved.failure().text().toStdString().c_str());
            break;
        }
        draft = *saved;
        ++answer;
    }
}

} // namespace

// No figure in the issue: a tap must feel immediate (Nielsen's 0.1 s for an answer, a page well
// within a second), and an answer saved durably must not delay the next tap.
SMRDESK_BENCHMARK(BM_TabletPatientReview, 250);
SMRDESK_BENCHMARK(BM_TabletDraftAtEachAnswer, 50);
