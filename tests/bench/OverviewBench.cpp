// Issue #6: "the overview opens in under 100 ms for a patient with 10 years of history". A patient
// with two stays a year for ten years and the demonstration's results in each (tests/support/
// LongHistory), opened in the dossier as a click in the list does: header, overview (cards,
// alerts, goals), tests, assessment and care plan tabs. The charts tab reads its charts when it is
// shown: measured apart, data and drawing of every chart of the patient.

#include "BenchTargets.h"
#include "support/LongHistory.h"
#include "support/TestStore.h"
#include "ui/common/Prompter.h"
#include "ui/main/MainWindow.h"
#include "ui/patient/PatientPanel.h"
#include "ui/progress/ProgressTab.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTabWidget>

#include <memory>

namespace {

using smr::test::LongHistory;
using smr::test::TestStore;

// One database and one window for every run (writing ten years takes seconds).
struct TenYears {
    TenYears() : settings(db.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        db.signInAs(db.addUser(QStringLiteral("vernet"), {smr::Role::Physician}, QStringLiteral("Dr Vernet")));
        history = smr::test::addLongHistory(db, 10);
        window = std::make_unique<smr::ui::MainWindow>(db.store(), prompter, settings);
        window->resize(1600, 1000);
        window->show();
    }

    // Built on first use, released by main before the QApplication (a window outliving it crashes).
    static TenYears &get()
    {
        static std::unique_ptr<TenYears> fixture;
        if (!fixture) {
            fixture = std::make_unique<TenYears>();
            smr::bench::cleanups().push_back([] { fixture.reset(); });
        }
        return *fixture;
    }

    TestStore db;
    smr::ui::Prompter prompter;
    QSettings settings;
    LongHistory history;
    std::unique_ptr<smr::ui::MainWindow> window;
};

void BM_PatientOverviewTenYears(benchmark::State &state)
{
    TenYears &f = TenYears::get();
    smr::ui::PatientPanel *panel = f.window->patientPanel();
    f.window->openPatient(f.history.patient); // the dossier on screen, as after a click in the list
    for (auto _ : state) {
        if (!panel->showPatient(f.history.patient))
            state.SkipWithError("the patient could not be opened");
    }
    state.counters["results"] = f.history.results;
    state.counters["stays"] = f.history.stays;
}

void BM_ChartsTabTenYears(benchmark::State &state)
{
    TenYears &f = TenYears::get();
    smr::ui::PatientPanel *panel = f.window->patientPanel();
    f.window->openPatient(f.history.patient);
    panel->showTab(panel->charts());
    QCoreApplication::processEvents();
    if (!panel->charts()->isVisible())
        state.SkipWithError("the charts tab is not shown");
    for (auto _ : state)
        panel->charts()->invalidate(); // shown: reads and draws every chart again
    panel->tabs()->setCurrentIndex(0);
}

} // namespace

SMRDESK_BENCHMARK(BM_PatientOverviewTenYears, 100); // issue #6
// No figure in the issue; the tab must feel immediate: the same budget as a page of a book.
SMRDESK_BENCHMARK(BM_ChartsTabTenYears, 300);
