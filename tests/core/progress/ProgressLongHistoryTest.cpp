// The charts of a long history (issue #6): ten years of stays and a thousand results, each stay's
// points in the right series and every stay's span. How fast is measured in tests/bench
// (BM_ChartsTabTenYears), not here.

#include "core/instruments/InstrumentCatalog.h"
#include "core/progress/ProgressService.h"
#include "core/progress/ProgressSupport.h"
#include "core/results/ResultRepository.h"
#include "core/stays/StayRepository.h"
#include "core/storage/WriteTransaction.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

namespace p = test::progress;
using test::TestStore;

TEST(ProgressLongHistory, TenYearsOfStaysOnEachChart)
{
    TestStore db;
    const PatientId patient = db.addPatient();
    constexpr int Stays = 10;
    constexpr int PerInstrument = 20; // in each stay, for each of five instruments: 1,000 results
    const QList<std::pair<const char *, QJsonObject>> tests{
        {"tug", p::tug(14.2)},
        {"6mwt", p::walk(380)},
        {"berg", p::berg(44)},
        {"dallas", p::items({3, 3, 3, 3, 3, 3, 2, 3, 3, 2, 4, 3, 3, 4, 3, 3})},
        {"odi", p::odi(24)}};
    StayId current;
    {
        // Written straight through the repositories in one transaction: a thousand recordings
        // through the service would each be a durable commit.
        WriteTransaction tx(db->database());
        const QString now = QStringLiteral("2026-11-22T09:00:00Z");
        for (int n = 0; n < Stays; ++n) {
            Stay s = TestStore::stay(patient);
            s.admissionDate = QDate(2016 + n, 11, 2);
            s.plannedDischargeDate = s.admissionDate.addDays(27);
            const bool last = n == Stays - 1;
            s.status = last ? StayStatus::Active : StayStatus::Discharged;
            s.dischargeDate = last ? QDate() : s.plannedDischargeDate;
            const StayId id = db->stayRepository().insert(s, now);
            current = id;
            for (const auto &[instrument, answers] : tests) {
                const Instrument *i = db->instruments().find(QString::fromLatin1(instrument));
                for (int k = 0; k < PerInstrument; ++k) {
                    TestResult r = p::result(id, instrument, s.admissionDate.addDays(k), answers);
                    r.status = TestResult::Status::Final;
                    r.instrumentVersion = i->definition().version;
                    r.scores = *i->score(answers);
                    db->resultRepository().insert(r, now);
                }
            }
        }
        tx.commit();
    }

    const Result<QList<ProgressChart>> charts = db->progress().stayCharts(current);
    const Result<ProgressChart> odi = db->progress().chart(current, QStringLiteral("odi"), QStringLiteral("percent"));
    ASSERT_TRUE(charts) << charts.failure().text().toStdString();
    ASSERT_TRUE(odi);
    ASSERT_EQ(charts->size(), 5);
    EXPECT_EQ(odi->series.at(0).points.size(), PerInstrument);
    EXPECT_EQ(odi->series.at(1).points.size(), (Stays - 1) * PerInstrument);
    EXPECT_EQ(odi->stays.size(), Stays);
}

} // namespace
} // namespace smr
