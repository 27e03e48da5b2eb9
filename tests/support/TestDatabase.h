#pragma once

#include "core/storage/DatabaseAddress.h"

#include <QString>
#include <QStringList>

namespace smr::test {

// The engine the storage, service and CLI suites run against: SQLite by default, PostgreSQL
// when SMRDESK_TEST_BACKEND=postgres (ctest registers those suites once per engine; the test
// command starts a throwaway server and gives its address in SMRDESK_TEST_PG_URL).
enum class Backend { Sqlite, Postgres };
Backend backend();
bool onPostgres();

// A fresh, empty database for one test: a file in `folder`, or a schema of its own on the test
// server, dropped when the test ends.
class TestDatabase
{
public:
    TestDatabase(const QString &folder, const QString &name);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    const DatabaseAddress &address() const { return m_address; }
    // The global options that make smrdesk-cli use this database.
    QStringList cliArguments() const;
    // The file (SQLite) or the URL (PostgreSQL).
    QString text() const;

private:
    DatabaseAddress m_address;
    QString m_url;
};

} // namespace smr::test
