#pragma once

// Runs smrdesk_test_writer (SMRDESK_TEST_WRITER_PATH) and checks what it wrote.

#include "core/Store.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>

#include <memory>

namespace smr::test {

// One line of the writer: a patient whose commit it acknowledged.
struct Acknowledged {
    qint64 id = 0;
    QString ipp;
    int number = 0; // n of writerPatient(prefix, n)
};

// The complete lines of the writer's output (a line cut by a kill is not an acknowledgement).
QList<Acknowledged> acknowledged(const QByteArray &output);

// Starts the writer on `database` (a file or a postgresql:// URL) with `prefix`, and returns
// once it has the database open; what it printed so far is in `output`.
std::unique_ptr<QProcess> startWriter(const QString &database, const QString &prefix, QByteArray &output);

// The database's text for the writer: the file, or the URL.
QString writerDatabase(const DatabaseAddress &address);

// Every patient the writer `prefix` left in `store` is complete (every field as written, its
// search terms, its audit line) and they are its first patients, without a gap: a consistent
// prefix of what it wrote. Returns how many there are.
int expectCompletePrefix(Store &store, const QString &prefix);

// Every acknowledged patient is there, complete.
void expectAcknowledgedPresent(Store &store, const QList<Acknowledged> &acks);

} // namespace smr::test
