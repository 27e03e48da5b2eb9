// Issue #4, "crash safety": a writer process (smrdesk_test_writer, the real Store and
// PatientService) is killed with SIGKILL at random moments, over and over; afterwards the
// database opens, passes its check, and every write the writer acknowledged is there, complete,
// with its audit line. Each round kills the writer 20-300 ms after it has opened the database
// (the first one, after it has created the schema).

#include "core/backup/BackupService.h"
#include "support/Printers.h"
#include "support/TestDatabase.h"
#include "support/TestStore.h"
#include "support/WriterCheck.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

namespace smr {
namespace {

using namespace test;

constexpr int kRounds = 20;

TEST(CrashSafetyTest, KilledWritersLoseNoAcknowledgedWrite)
{
    // SMRDESK_TEST_SEED replays a run; the seed is printed with any failure.
    const quint32 seed = qEnvironmentVariableIsSet("SMRDESK_TEST_SEED")
                             ? quint32(qEnvironmentVariableIntValue("SMRDESK_TEST_SEED"))
                             : QRandomGenerator::global()->generate();
    SCOPED_TRACE("SMRDESK_TEST_SEED=" + std::to_string(seed));
    QRandomGenerator random(seed);

    QTemporaryDir dir;
    TestDatabase database(dir.path(), QStringLiteral("crash"));
    const QString target = writerDatabase(database.address());
    FixedClock clock(TestStore::today());
    QList<Acknowledged> acks;
    QStringList prefixes;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < kRounds; ++round) {
        const QString prefix = QStringLiteral("K%1").arg(round);
        prefixes << prefix;
        QByteArray output;
        std::unique_ptr<QProcess> writer = startWriter(target, prefix, output);
        QThread::msleep(random.bounded(20, 301));
        writer->kill(); // SIGKILL: no destructor, no rollback, no close
        writer->waitForFinished();
        const QList<Acknowledged> written = acknowledged(output + writer->readAllStandardOutput());
        const QString errors = QString::fromUtf8(writer->readAllStandardError());
        EXPECT_TRUE(errors.isEmpty()) << "round " << round << ": " << errors.toStdString();
        acks += written;
    }
    const qint64 elapsed = timer.elapsed();

    Result<std::unique_ptr<Store>> opened = Store::open(database.address(), clock, QString());
    ASSERT_TRUE(opened) << opened.failure().text().toStdString();
    Store &store = *opened.value();
    if (!database.address().isPostgres()) {
        QSqlQuery q(store.database().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("ok"));
    }
    const Result<CheckReport> check = BackupService::inspect(database.address());
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->ok()) << check->message.toStdString();

    expectAcknowledgedPresent(store, acks);
    int present = 0;
    for (const QString &prefix : prefixes)
        present += expectCompletePrefix(store, prefix);
    // At most one write per round was committed but killed before it was acknowledged.
    EXPECT_GE(present, acks.size());
    EXPECT_LE(present, acks.size() + kRounds);
    EXPECT_GE(acks.size(), kRounds) << "the writer hardly got to write: the delays are too short for this machine";
    std::cout << "[ measured ] " << kRounds << " kills, " << acks.size() << " acknowledged writes, " << present
              << " patients found, " << elapsed << " ms\n";
}

} // namespace
} // namespace smr
