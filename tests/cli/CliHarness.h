#pragma once

// Runs the real smrdesk-cli (SMRDESK_CLI_PATH) with QProcess on a database in a temporary
// folder, on the day pinned by SMRDESK_TODAY, and looks into the databases it writes.

#include "core/stays/Stay.h"
#include "support/Printers.h"
#include "support/TestDatabase.h"

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <optional>
#include <ostream>

namespace smr::test {

// What one run of smrdesk-cli did.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray outBytes; // stdout as written (an export's byte order mark included)
};

std::ostream &operator<<(std::ostream &os, const CliRun &r);

QByteArray sha256(const QString &path);

// "patient add --ipp X" -> its words (no word of the tests contains a space).
QStringList words(const char *text);

// Another program's SQLite database: one table "foo" with a row, no schema_version.
void writeForeignDatabase(const QString &path);
// The names of the files in `dir`, sorted.
QStringList filesIn(const QString &dir);

class CliTest : public ::testing::Test
{
protected:
    // The test's database: a file, or a URL on the test PostgreSQL server (see TestDatabase).
    QString database() const { return otherDatabase(QStringLiteral("smrdesk")); }
    // Another fresh database of the test, by name.
    QString otherDatabase(const QString &name) const;
    QString dir() const { return m_dir.path(); }
    // --db FILE or --db-url URL for `db`.
    static QStringList dbArguments(const QString &db);
    static DatabaseAddress addressOf(const QString &db);

    // The environment of every run: the pinned day, XDG folders inside the temporary folder (so
    // that the default database and the settings file are the test's own), no inherited language.
    QProcessEnvironment environment() const;

    static CliRun runWith(const QStringList &arguments, const QProcessEnvironment &env);
    // smrdesk-cli --db <db, by default database()> --lang en <arguments>
    CliRun cli(const QStringList &arguments, const QString &db = QString()) const;

    // The one JSON document of a successful run (checks exit 0, empty stderr, one line).
    static QJsonDocument json(const CliRun &r);
    // Runs a command that must succeed with {"id": N} and returns N.
    qint64 id(const QStringList &arguments) const;
    qint64 addPatient(const QString &ipp = QStringLiteral("IPP001"), const QString &lastName = QStringLiteral("Dupont"),
                      const QString &firstName = QStringLiteral("Marie"),
                      const QString &birthDate = QStringLiteral("1956-03-12"),
                      const QString &sex = QStringLiteral("F"));

    // Every table of the database, every column (`stayColumns` for stays), to compare before and
    // after a refused command; "(no file)" while the database does not exist.
    static QString snapshot(const QString &path, const QString &stayColumns = QStringLiteral("*"));
    static qint64 count(const QString &path, const QString &table);
    static std::optional<Stay> stay(const QString &path, qint64 id);

private:
    QTemporaryDir m_dir;
    mutable std::map<QString, std::unique_ptr<TestDatabase>> m_databases;
};

// The suites about files themselves (paths, folders, damaged or newer files): SQLite only; the
// PostgreSQL run excludes them by name (Sqlite*), it does not skip them silently.
class SqliteCliTest : public CliTest
{
};

} // namespace smr::test
