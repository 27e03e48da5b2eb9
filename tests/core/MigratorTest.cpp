// Migrator: numbered migrations, each in one transaction with its schema_version row; re-running
// is a no-op; a failing migration leaves the version and the data as they were (issue #2, Store).

#include "core/storage/Migrator.h"
#include "core/storage/Sql.h"
#include "core/storage/StorageError.h"
#include "core/storage/WriteTransaction.h"
#include "support/Printers.h"
#include "support/TestDatabase.h"
#include "support/TestStore.h"

#include <QFile>
#include <QSqlQuery>

#include <tuple>

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestDatabase;
using test::TestStore;

bool hasTable(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(db.dialect().tableNamesQuery()))
        return false;
    while (q.next()) {
        if (q.value(0).toString() == name)
            return true;
    }
    return false;
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    return path;
}

TEST(MigratorTest, BuiltInMigrationsAreNumberedFromOneWithoutGaps)
{
    const QList<Migrator::Migration> list = Migrator::available();
    ASSERT_FALSE(list.isEmpty());
    for (int i = 0; i < list.size(); ++i) {
        EXPECT_EQ(list.at(i).version, i + 1) << list.at(i).resource.toStdString();
        EXPECT_FALSE(list.at(i).name.isEmpty());
        EXPECT_TRUE(QFile::exists(list.at(i).resource)) << list.at(i).resource.toStdString();
    }
    EXPECT_EQ(Migrator::latestVersion(), list.last().version);
    EXPECT_EQ(list.first().name, QStringLiteral("patients_and_stays"));
}

TEST(MigratorTest, FreshDatabaseIsAtTheLatestVersion)
{
    TestStore db;
    EXPECT_EQ(db->schemaVersion(), Migrator::latestVersion());
    EXPECT_EQ(db->database().schemaVersion(), Migrator::latestVersion());
    EXPECT_EQ(db.rows(QStringLiteral("schema_version")), Migrator::available().size());
    // The seeded units of issue #2 (locomoteur, neurologie, cardio-vasculaire, respiratoire,
    // gériatrie, polyvalent).
    EXPECT_EQ(db.rows(QStringLiteral("units")), 6);
    for (const char *table : {"patients", "patient_search_terms", "stays"})
        EXPECT_TRUE(hasTable(db->database(), QLatin1String(table))) << table;
}

TEST(MigratorTest, RerunningIsANoOp)
{
    TestStore db;
    db.addPatient();
    const QString before = db.dumpAll();

    const Result<int> again = Migrator::migrate(db->database());
    ASSERT_TRUE(again) << again.failure().text().toStdString();
    EXPECT_EQ(*again, Migrator::latestVersion());
    EXPECT_EQ(db.dumpAll(), before);

    db.reopen(); // what opening the application again does
    EXPECT_EQ(db->schemaVersion(), Migrator::latestVersion());
    EXPECT_EQ(db.rows(QStringLiteral("units")), 6);
    EXPECT_EQ(db.dumpAll(), before);
    // No backup copy is made when there is nothing to migrate.
    EXPECT_FALSE(QFile::exists(db.path() + QStringLiteral(".schema-1.bak")));
}

TEST(MigratorTest, FailingMigrationLeavesVersionAndDataUnchanged)
{
    TestStore db;
    db.addPatient();
    const QString before = db.dumpAll();
    const int version = db->database().schemaVersion();

    // The first statement would succeed; the second fails: both must be rolled back with the
    // version row.
    const QString broken = writeFile(db.dir() + QStringLiteral("/broken.sql"),
                                     "CREATE TABLE extra (a INTEGER);\n"
                                     "INSERT INTO units (code, label, sort_order) VALUES ('x', 'X', 99);\n"
                                     "INSERT INTO no_such_table VALUES (1);\n");
    QList<Migrator::Migration> list = Migrator::available();
    list << Migrator::Migration{version + 1, QStringLiteral("broken"), broken};

    const Result<int> migrated = Migrator::migrate(db->database(), list);
    ASSERT_FALSE(migrated);
    EXPECT_EQ(migrated.failure().kind(), Failure::Kind::Storage);
    EXPECT_TRUE(migrated.failure().text().contains(QStringLiteral("left at schema %1").arg(version)))
        << migrated.failure().text().toStdString();
    EXPECT_EQ(db->database().schemaVersion(), version);
    EXPECT_FALSE(hasTable(db->database(), QStringLiteral("extra")));
    EXPECT_EQ(db.dumpAll(), before);

    db.reopen();
    EXPECT_EQ(db->schemaVersion(), version);
    EXPECT_EQ(db.dumpAll(), before);
}

TEST(MigratorTest, UnreadableMigrationIsAFailureAndChangesNothing)
{
    TestStore db;
    const QString before = db.dumpAll();
    QList<Migrator::Migration> list = Migrator::available();
    list << Migrator::Migration{Migrator::latestVersion() + 1, QStringLiteral("missing"),
                                db.dir() + QStringLiteral("/does-not-exist.sql")};
    const Result<int> migrated = Migrator::migrate(db->database(), list);
    ASSERT_FALSE(migrated);
    EXPECT_EQ(migrated.failure().kind(), Failure::Kind::Storage);
    EXPECT_TRUE(migrated.failure().text().contains(QStringLiteral("does-not-exist.sql")));
    EXPECT_EQ(db.dumpAll(), before);
}

TEST(MigratorTest, NewMigrationAppliesOnceAndBacksUpADatabaseWithData)
{
    TestStore db;
    db.addPatient();
    const int version = db->database().schemaVersion();
    const QString next =
        writeFile(db.dir() + QStringLiteral("/next.sql"), "-- A later migration.\n"
                                                          "CREATE TABLE notes (\n"
                                                          "    id {{pk}},\n"
                                                          "    body TEXT NOT NULL\n"
                                                          ");\n"
                                                          "\n"
                                                          "INSERT INTO notes (body) VALUES ('first');\n");
    QList<Migrator::Migration> list = Migrator::available();
    list << Migrator::Migration{version + 1, QStringLiteral("notes"), next};

    const Result<int> migrated = Migrator::migrate(db->database(), list);
    ASSERT_TRUE(migrated) << migrated.failure().text().toStdString();
    EXPECT_EQ(*migrated, version + 1);
    EXPECT_EQ(db->database().schemaVersion(), version + 1);
    EXPECT_EQ(db.rows(QStringLiteral("notes")), 1);
    EXPECT_EQ(db.rows(QStringLiteral("patients")), 1);
    // Migrator.h: before changing a database that holds data, a copy is written beside it (SQLite;
    // a PostgreSQL server is backed up with pg_dump by the site).
    if (!test::onPostgres()) {
        EXPECT_TRUE(QFile::exists(db.path() + QStringLiteral(".schema-%1.bak").arg(version)));
    }

    const Result<int> again = Migrator::migrate(db->database(), list);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, version + 1);
    EXPECT_EQ(db.rows(QStringLiteral("notes")), 1);
    EXPECT_EQ(db.rows(QStringLiteral("schema_version")), version + 1);
}

TEST(MigratorTest, SearchTermsOfAnEarlierVersionReceiveTheirSortKey)
{
    // Migration 0010 (issue #10): the terms written before it carry their patient's sort key
    // afterwards, so that a search finds those patients in name order.
    TestStore db;
    TestDatabase old(db.dir(), QStringLiteral("v9"));
    Result<std::unique_ptr<Database>> opened = Database::open(old.address());
    ASSERT_TRUE(opened) << opened.failure().text().toStdString();
    Database &database = *opened.value();
    ASSERT_TRUE(Migrator::migrate(database, Migrator::available().mid(0, 9)));
    {
        // Written as version 9 wrote it: the terms without a sort key.
        WriteTransaction tx(database);
        for (const auto &[id, name, first] : {std::tuple{1, "MARTIN", "ANNE"}, std::tuple{2, "MARCHAND", "LUC"}}) {
            Sql(database, QStringLiteral("INSERT INTO patients (id, ipp, birth_name, first_names, birth_date, sex, "
                                         "sort_key, created_at, updated_at) VALUES (?, ?, ?, ?, '1956-03-12', 'F', "
                                         "?, '2026-11-22T08:00:00Z', '2026-11-22T08:00:00Z')"))
                .bind(id)
                .bind(QStringLiteral("IPP%1").arg(id))
                .bind(QString::fromLatin1(name))
                .bind(QString::fromLatin1(first))
                .bind(QStringLiteral("%1 %2").arg(QString::fromLatin1(name), QString::fromLatin1(first)))
                .exec();
            for (const char *term : {name, first})
                Sql(database, QStringLiteral("INSERT INTO patient_search_terms (term, patient_id) VALUES (?, ?)"))
                    .bind(QString::fromLatin1(term))
                    .bind(id)
                    .exec();
        }
        tx.commit();
    }
    ASSERT_TRUE(Migrator::migrate(database, Migrator::available()));
    Sql q(database, QStringLiteral("SELECT term, sort_key FROM patient_search_terms ORDER BY term"));
    q.exec();
    QStringList rows;
    while (q.next())
        rows << q.text(0) + QLatin1Char('=') + q.text(1);
    EXPECT_EQ(rows, (QStringList{QStringLiteral("ANNE=MARTIN ANNE"), QStringLiteral("LUC=MARCHAND LUC"),
                                 QStringLiteral("MARCHAND=MARCHAND LUC"), QStringLiteral("MARTIN=MARTIN ANNE")}));
}

struct Split {
    const char *name;
    const char *sql;
    QStringList statements;
};

void PrintTo(const Split &s, std::ostream *os)
{
    *os << s.name;
}

class MigratorStatements : public ::testing::TestWithParam<Split>
{
};

// Migrator.h: statements are split at the semicolons outside quoted text ('…' and $$…$$) and
// outside a trigger's BEGIN … END; "--" comments (outside quoted text) and blank lines are dropped.
const Split kSplits[] = {
    {"OnePerLine",
     "CREATE TABLE a (x INTEGER);\nCREATE TABLE b (y INTEGER);\n",
     {QStringLiteral("CREATE TABLE a (x INTEGER)"), QStringLiteral("CREATE TABLE b (y INTEGER)")}},
    {"MultiLine",
     "CREATE TABLE a (\n    x INTEGER,\n    y TEXT\n);\n",
     {QStringLiteral("CREATE TABLE a (\n    x INTEGER,\n    y TEXT\n)")}},
    {"CommentsAndBlankLines",
     "-- header\n\nCREATE TABLE a (\n    -- inside\n    x INTEGER\n);\n\n-- end\n",
     {QStringLiteral("CREATE TABLE a (\n    x INTEGER\n)")}},
    {"SemicolonInsideALine", "INSERT INTO t VALUES ('a;b');\n", {QStringLiteral("INSERT INTO t VALUES ('a;b')")}},
    {"LastStatementWithoutSemicolon",
     "CREATE TABLE a (x INTEGER);\nCREATE INDEX i ON a (x)",
     {QStringLiteral("CREATE TABLE a (x INTEGER)"), QStringLiteral("CREATE INDEX i ON a (x)")}},
    {"WindowsLineEnds",
     "CREATE TABLE a (x INTEGER);\r\nCREATE TABLE b (y INTEGER);\r\n",
     {QStringLiteral("CREATE TABLE a (x INTEGER)"), QStringLiteral("CREATE TABLE b (y INTEGER)")}},
    {"OnlyComments", "-- nothing\n\n   -- still nothing\n", {}},
    {"CommentAfterTheSemicolon",
     "CREATE TABLE a (x INTEGER); -- the first\nCREATE TABLE b (y INTEGER);\n",
     {QStringLiteral("CREATE TABLE a (x INTEGER)"), QStringLiteral("CREATE TABLE b (y INTEGER)")}},
    {"DashesInsideAString",
     "INSERT INTO t VALUES ('a -- b'); -- c\n",
     {QStringLiteral("INSERT INTO t VALUES ('a -- b')")}},
    {"TwoStatementsOnOneLine",
     "DELETE FROM a; DELETE FROM b;\n",
     {QStringLiteral("DELETE FROM a"), QStringLiteral("DELETE FROM b")}},
    {"Empty", "", {}},
    {"SqliteTriggerBody",
     "CREATE TRIGGER t BEFORE DELETE ON a BEGIN SELECT RAISE(ABORT, 'no'); END;\nDELETE FROM b;\n",
     {QStringLiteral("CREATE TRIGGER t BEFORE DELETE ON a BEGIN SELECT RAISE(ABORT, 'no'); END"),
      QStringLiteral("DELETE FROM b")}},
    {"PostgresDollarQuotedBody",
     "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no'; END; $$;\n"
     "CREATE TRIGGER t BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION f();\n",
     {QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no'; END; $$"),
      QStringLiteral("CREATE TRIGGER t BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION f()")}},
};

TEST_P(MigratorStatements, Split)
{
    EXPECT_EQ(Migrator::statements(QString::fromUtf8(GetParam().sql)), GetParam().statements);
}

INSTANTIATE_TEST_SUITE_P(Migrator, MigratorStatements, ::testing::ValuesIn(kSplits),
                         [](const auto &test) { return std::string(test.param.name); });

TEST(MigratorTest, BuiltInMigrationSplitsIntoCompleteStatements)
{
    QFile f(Migrator::available().first().resource);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList statements = Migrator::statements(QString::fromUtf8(f.readAll()));
    ASSERT_FALSE(statements.isEmpty());
    for (const QString &s : statements) {
        EXPECT_FALSE(s.endsWith(QLatin1Char(';'))) << s.toStdString();
        EXPECT_FALSE(s.contains(QStringLiteral(";\n"))) << "two statements in one: " << s.toStdString();
        EXPECT_TRUE(s.startsWith(QLatin1String("CREATE")) || s.startsWith(QLatin1String("INSERT"))) << s.toStdString();
    }
}

} // namespace
} // namespace smr
