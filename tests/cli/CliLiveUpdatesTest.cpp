// Issue #4, "Live updates", across processes: what smrdesk-cli saves (another program, as another
// workstation would) is reported by the change watcher of a Store that is open meanwhile, on both
// engines (NOTIFY on PostgreSQL, the file's data_version on SQLite).

#include "cli/CliHarness.h"
#include "core/Store.h"
#include "core/common/Clock.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

TEST_F(CliTest, AnotherProgramsSaveIsReportedToAnOpenStore)
{
    addPatient(QStringLiteral("IPP001"));
    FixedClock clock(QDate(2026, 11, 22));
    Result<std::unique_ptr<Store>> opened = Store::open(addressOf(database()), clock);
    ASSERT_TRUE(opened) << opened.failure().text().toStdString();
    ChangeWatcher &watcher = opened.value()->changes();
    ASSERT_TRUE(watcher.start());
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);

    QElapsedTimer timer;
    timer.start();
    const qint64 created = addPatient(QStringLiteral("IPP002"), QStringLiteral("Martin"));
    while (changed.isEmpty() && timer.elapsed() < 3000)
        changed.wait(int(3000 - timer.elapsed()));
    ASSERT_FALSE(changed.isEmpty()) << "the other program's save was not reported";
    const ChangeSet changes = changed.at(0).at(0).value<ChangeSet>();
    ASSERT_EQ(changes.entries.size(), 1);
    EXPECT_EQ(changes.entries.at(0).entity, audit::Patient);
    EXPECT_EQ(changes.patients(), QList<PatientId>{PatientId(created)});
}

} // namespace
} // namespace smr::test
