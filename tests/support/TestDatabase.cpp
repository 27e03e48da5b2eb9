#include "support/TestDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace smr::test {

Backend backend()
{
    return qEnvironmentVariable("SMRDESK_TEST_BACKEND") == QLatin1String("postgres") ? Backend::Postgres
                                                                                     : Backend::Sqlite;
}

bool onPostgres()
{
    return backend() == Backend::Postgres;
}

namespace {

QString serverUrl()
{
    const QString url = qEnvironmentVariable("SMRDESK_TEST_PG_URL");
    if (url.isEmpty())
        ADD_FAILURE() << "SMRDESK_TEST_BACKEND=postgres but SMRDESK_TEST_PG_URL is not set: run the suites with "
                         ".ci/test, which starts a throwaway PostgreSQL server";
    return url;
}

// Runs one statement on the test server, outside the application (creating and dropping schemas).
void onServer(const QString &statement)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        const Result<DatabaseAddress> a = DatabaseAddress::fromUrl(serverUrl());
        if (!a) {
            ADD_FAILURE() << a.failure().text().toStdString();
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(a->host);
        db.setPort(a->port);
        db.setUserName(a->user);
        db.setDatabaseName(a->database);
        if (!db.open()) {
            ADD_FAILURE() << "test server: " << db.lastError().text().toStdString();
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages = warning"));
            if (!q.exec(statement))
                ADD_FAILURE() << statement.toStdString() << ": " << q.lastError().text().toStdString();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TestDatabase::TestDatabase(const QString &folder, const QString &name)
{
    if (backend() == Backend::Sqlite) {
        m_address = DatabaseAddress::sqlite(QDir(folder).filePath(name + QStringLiteral(".sqlite")));
        return;
    }
    static QAtomicInteger<int> counter;
    const QString schema = QStringLiteral("t%1_%2_%3")
                               .arg(QCoreApplication::applicationPid())
                               .arg(counter.fetchAndAddRelaxed(1))
                               .arg(QRandomGenerator::global()->bounded(1000000));
    m_url = serverUrl() + QStringLiteral("?schema=") + schema;
    const Result<DatabaseAddress> address = DatabaseAddress::fromUrl(m_url);
    if (!address) {
        ADD_FAILURE() << address.failure().text().toStdString();
        return;
    }
    m_address = *address;
}

TestDatabase::~TestDatabase()
{
    if (m_address.isPostgres())
        onServer(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(m_address.schema));
}

QStringList TestDatabase::cliArguments() const
{
    if (m_address.isPostgres())
        return {QStringLiteral("--db-url"), m_url};
    return {QStringLiteral("--db"), m_address.path};
}

QString TestDatabase::text() const
{
    return m_address.isPostgres() ? m_url : m_address.path;
}

} // namespace smr::test
