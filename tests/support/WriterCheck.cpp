#include "support/WriterCheck.h"

#include "core/storage/Sql.h"
#include "support/Printers.h"
#include "support/WriterPatients.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <algorithm>

namespace smr::test {

QList<Acknowledged> acknowledged(const QByteArray &output)
{
    QList<Acknowledged> out;
    const QList<QByteArray> lines = output.split('\n');
    // The last piece follows the last newline: empty, or a line the kill cut short.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i) == "ready")
            continue;
        const QList<QByteArray> parts = lines.at(i).split(' ');
        if (parts.size() != 2) {
            ADD_FAILURE() << "unexpected writer line: " << lines.at(i).toStdString();
            continue;
        }
        Acknowledged a;
        a.id = parts.at(0).toLongLong();
        a.ipp = QString::fromUtf8(parts.at(1));
        a.number = a.ipp.section(QLatin1Char('-'), -1).toInt();
        out << a;
    }
    return out;
}

std::unique_ptr<QProcess> startWriter(const QString &database, const QString &prefix, QByteArray &output)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(QStringLiteral(SMRDESK_TEST_WRITER_PATH), {database, prefix});
    EXPECT_TRUE(process->waitForStarted()) << process->errorString().toStdString();
    // Until the database is open (on a busy machine that is the longest part).
    QElapsedTimer waited;
    waited.start();
    while (!output.startsWith("ready\n") && waited.elapsed() < 30000 && process->state() == QProcess::Running) {
        process->waitForReadyRead(100);
        output += process->readAllStandardOutput();
    }
    EXPECT_TRUE(output.startsWith("ready\n")) << process->readAllStandardError().toStdString();
    return process;
}

QString writerDatabase(const DatabaseAddress &address)
{
    return address.isPostgres() ? address.display() : address.path;
}

namespace {

// One patient of the writer, checked field by field, with its search terms and audit line.
void expectComplete(Store &store, qint64 id, const QString &prefix, int n)
{
    SCOPED_TRACE(writerIpp(prefix, n).toStdString());
    const std::optional<Patient> stored = store.patientRepository().find(PatientId(id));
    ASSERT_TRUE(stored.has_value()) << "patient " << id << " is missing";
    const Patient expected = writerPatient(prefix, n);
    EXPECT_EQ(stored->ipp, expected.ipp);
    EXPECT_EQ(stored->birthName, expected.birthName);
    EXPECT_EQ(stored->firstNames, expected.firstNames);
    EXPECT_EQ(stored->birthDate, expected.birthDate);
    EXPECT_EQ(stored->sex, expected.sex);
    EXPECT_EQ(stored->heightCm, expected.heightCm);
    EXPECT_EQ(stored->weightKg, expected.weightKg);
    EXPECT_EQ(stored->generalPractitioner, expected.generalPractitioner);
    EXPECT_EQ(stored->notes, expected.notes);
    Sql terms(store.database(), QStringLiteral("SELECT COUNT(*) FROM patient_search_terms WHERE patient_id = ?"));
    terms.bind(id).exec();
    terms.next();
    EXPECT_GT(terms.integer(0), 0) << "no search terms";
    Sql audit(store.database(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'patient' AND "
                                               "entity_id = ? AND action = 'create' AND patient_id = ?"));
    audit.bind(QString::number(id)).bind(id).exec();
    audit.next();
    EXPECT_EQ(audit.integer(0), 1) << "no audit line";
}

} // namespace

int expectCompletePrefix(Store &store, const QString &prefix)
{
    QList<std::pair<int, qint64>> found; // number, id
    {
        Sql q(store.database(), QStringLiteral("SELECT id, ipp FROM patients WHERE ipp LIKE ?"));
        q.bind(QString(prefix + QStringLiteral("-%"))).exec();
        while (q.next())
            found << std::make_pair(q.text(1).section(QLatin1Char('-'), -1).toInt(), q.integer(0));
    }
    std::sort(found.begin(), found.end());
    for (qsizetype i = 0; i < found.size(); ++i) {
        EXPECT_EQ(found.at(i).first, i + 1) << "the writer's patients are not a prefix of what it wrote";
        expectComplete(store, found.at(i).second, prefix, found.at(i).first);
    }
    return int(found.size());
}

void expectAcknowledgedPresent(Store &store, const QList<Acknowledged> &acks)
{
    for (const Acknowledged &a : acks)
        expectComplete(store, a.id, a.ipp.section(QLatin1Char('-'), 0, -2), a.number);
}

} // namespace smr::test
