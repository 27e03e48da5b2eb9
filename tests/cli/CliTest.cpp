// smrdesk-cli against its contract (issue #2, "Command-line tool — contract"): success prints
// exactly one JSON document on stdout and exits 0; other failures (unreadable file, I/O) exit 1.
// The refusals (exit 2) are in CliRefusalTest.cpp.

#include "cli/CliHarness.h"
#include "core/Store.h"
#include "core/common/Clock.h"
#include "core/storage/Migrator.h"
#include "core/storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

// ---- Successful commands ----

TEST_F(CliTest, InitPrintsTheSchemaVersion)
{
    const QJsonDocument doc = json(cli({QStringLiteral("init")}));
    EXPECT_EQ(doc.object(), (QJsonObject{{QStringLiteral("schema_version"), Migrator::latestVersion()}}));
    if (!onPostgres()) {
        EXPECT_TRUE(QFile::exists(database()));
    }
    // Running it again is harmless and says the same.
    const QString before = snapshot(database());
    EXPECT_EQ(json(cli({QStringLiteral("init")})).object(), doc.object());
    EXPECT_EQ(snapshot(database()), before);
}

TEST_F(SqliteCliTest, DefaultDatabaseIsInTheUsersDataFolder)
{
    const CliRun r = runWith({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("init")}, environment());
    json(r);
    EXPECT_TRUE(QFile::exists(dir() + QStringLiteral("/data/smrdesk/smrdesk.sqlite")));
}

TEST_F(CliTest, PatientAddPrintsTheNewId)
{
    EXPECT_EQ(addPatient(QStringLiteral("IPP001")), 1);
    // Every option, "--name=value" as well as "--name value", a decimal comma, a Corsican NIR
    // typed with spaces, a lower-case sex.
    EXPECT_EQ(id({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--ipp"), QStringLiteral("IPP002"),
                  QStringLiteral("--last-name"), QString::fromUtf8("Lefèvre"), QStringLiteral("--first-name"),
                  QString::fromUtf8("Hélène"), QStringLiteral("--birth-date"), QStringLiteral("1948-07-01"),
                  QStringLiteral("--sex"), QStringLiteral("f"), QStringLiteral("--nir"),
                  QStringLiteral("2 48 07 2A 350 012 21"), QStringLiteral("--height-cm=163"),
                  QStringLiteral("--weight-kg"), QStringLiteral("61,5")}),
              2);

    FixedClock clock(QDate(2026, 11, 22));
    Result<std::unique_ptr<Store>> store = Store::open(addressOf(database()), clock);
    ASSERT_TRUE(store);
    const std::optional<Patient> p = store.value()->patientRepository().find(PatientId(2));
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->birthName, QString::fromUtf8("Lefèvre"));
    EXPECT_EQ(p->firstNames, QString::fromUtf8("Hélène"));
    EXPECT_EQ(p->nir, QStringLiteral("248072A35001221"));
    EXPECT_EQ(p->sex, Sex::Female);
    EXPECT_EQ(p->heightCm, 163.0);
    EXPECT_EQ(p->weightKg, 61.5);
}

TEST_F(CliTest, PatientListIsAnArrayWithTheContractKeys)
{
    EXPECT_EQ(json(cli({QStringLiteral("patient"), QStringLiteral("list")})).array(), QJsonArray());

    addPatient(QStringLiteral("IPP001"), QStringLiteral("Martin"), QStringLiteral("Paul"), QStringLiteral("1960-01-05"),
               QStringLiteral("M"));
    addPatient(QStringLiteral("IPP002"), QString::fromUtf8("Lefèvre"), QString::fromUtf8("Hélène"),
               QStringLiteral("1956-03-12"), QStringLiteral("F"));
    const QJsonDocument doc = json(cli({QStringLiteral("patient"), QStringLiteral("list")}));
    ASSERT_TRUE(doc.isArray());
    const QJsonArray list = doc.array();
    ASSERT_EQ(list.size(), 2);
    const QSet<QString> keys{QStringLiteral("id"),         QStringLiteral("ipp"),        QStringLiteral("last_name"),
                             QStringLiteral("first_name"), QStringLiteral("birth_date"), QStringLiteral("sex")};
    for (const QJsonValue &v : list) {
        const QStringList k = v.toObject().keys();
        EXPECT_EQ(QSet<QString>(k.begin(), k.end()), keys);
    }
    // Alphabetical: Lefèvre before Martin.
    EXPECT_EQ(list.at(0).toObject(), (QJsonObject{{QStringLiteral("id"), 2},
                                                  {QStringLiteral("ipp"), QStringLiteral("IPP002")},
                                                  {QStringLiteral("last_name"), QString::fromUtf8("Lefèvre")},
                                                  {QStringLiteral("first_name"), QString::fromUtf8("Hélène")},
                                                  {QStringLiteral("birth_date"), QStringLiteral("1956-03-12")},
                                                  {QStringLiteral("sex"), QStringLiteral("F")}}));
    EXPECT_EQ(list.at(1).toObject().value(QStringLiteral("ipp")).toString(), QStringLiteral("IPP001"));
    EXPECT_EQ(list.at(1).toObject().value(QStringLiteral("sex")).toString(), QStringLiteral("M"));
    EXPECT_EQ(list.at(1).toObject().value(QStringLiteral("id")).toInteger(), 1);
}

TEST_F(CliTest, PatientListSearch)
{
    addPatient(QStringLiteral("IPP001"), QStringLiteral("Martin"), QStringLiteral("Paul"), QStringLiteral("1960-01-05"),
               QStringLiteral("M"));
    addPatient(QStringLiteral("IPP002"), QString::fromUtf8("Lefèvre"), QString::fromUtf8("Hélène"),
               QStringLiteral("1956-03-12"), QStringLiteral("F"));
    const auto ipps = [this](const QString &search) {
        QStringList out;
        const QJsonArray list =
            json(cli({QStringLiteral("patient"), QStringLiteral("list"), QStringLiteral("--search"), search})).array();
        for (const QJsonValue &v : list)
            out << v.toObject().value(QStringLiteral("ipp")).toString();
        return out;
    };
    EXPECT_EQ(ipps(QStringLiteral("lefev")), QStringList{QStringLiteral("IPP002")});
    EXPECT_EQ(ipps(QStringLiteral("helene lef")), QStringList{QStringLiteral("IPP002")});
    EXPECT_EQ(ipps(QStringLiteral("ipp001")), QStringList{QStringLiteral("IPP001")});
    EXPECT_EQ(ipps(QStringLiteral("12/03/1956")), QStringList{QStringLiteral("IPP002")});
    EXPECT_EQ(ipps(QStringLiteral("1960")), QStringList{QStringLiteral("IPP001")});
    EXPECT_EQ(ipps(QStringLiteral("ipp")), (QStringList{QStringLiteral("IPP002"), QStringLiteral("IPP001")}));
    EXPECT_EQ(ipps(QStringLiteral("nobody")), QStringList());
}

TEST_F(CliTest, StayOpenAndClose)
{
    addPatient();
    const qint64 stayId =
        id({QStringLiteral("stay"), QStringLiteral("open"), QStringLiteral("--patient"), QStringLiteral("1"),
            QStringLiteral("--mode"), QStringLiteral("HTP"), QStringLiteral("--admitted"), QStringLiteral("2026-11-02"),
            QStringLiteral("--unit"), QStringLiteral("neurologie"), QStringLiteral("--programme"),
            QStringLiteral("individual"), QStringLiteral("--planned-discharge"), QStringLiteral("2026-11-29")});
    EXPECT_EQ(stayId, 1);
    std::optional<Stay> s = stay(database(), stayId);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->status, StayStatus::Active);
    EXPECT_EQ(s->unitCode, QStringLiteral("neurologie"));
    EXPECT_EQ(s->mode, StayMode::DayHospital);
    EXPECT_EQ(s->programme, Programme::Individual);
    EXPECT_EQ(s->admissionDate, QDate(2026, 11, 2));
    EXPECT_EQ(s->plannedDischargeDate, QDate(2026, 11, 29));

    const QJsonDocument closed =
        json(cli({QStringLiteral("stay"), QStringLiteral("close"), QStringLiteral("--stay"), QStringLiteral("1"),
                  QStringLiteral("--discharged"), QStringLiteral("2026-11-20")}));
    EXPECT_EQ(closed.object(), (QJsonObject{{QStringLiteral("id"), 1}}));
    s = stay(database(), stayId);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->status, StayStatus::Discharged);
    EXPECT_EQ(s->dischargeDate, QDate(2026, 11, 20));
}

TEST_F(CliTest, StayOpenDefaultsAndPreAdmission)
{
    addPatient();
    // Without --unit: the first open unit; after SMRDESK_TODAY: a pre-admission.
    const qint64 stayId = id({QStringLiteral("stay"), QStringLiteral("open"), QStringLiteral("--patient"),
                              QStringLiteral("1"), QStringLiteral("--mode"), QStringLiteral("hc"),
                              QStringLiteral("--admitted"), QStringLiteral("2026-11-30")});
    const std::optional<Stay> s = stay(database(), stayId);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->status, StayStatus::PreAdmission);
    EXPECT_EQ(s->unitCode, QStringLiteral("locomoteur"));
    EXPECT_EQ(s->mode, StayMode::FullHospitalisation);
    EXPECT_FALSE(s->programme.has_value());
}

TEST_F(CliTest, DemoPrintsWhatItLoaded)
{
    const QJsonDocument doc = json(cli({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("40"),
                                        QStringLiteral("--seed"), QStringLiteral("9")}));
    const QJsonObject o = doc.object();
    // The contract's keys, extended with the number of test results of the recent stays.
    EXPECT_EQ(o.keys(), (QStringList{QStringLiteral("patients"), QStringLiteral("results"), QStringLiteral("stays")}));
    EXPECT_EQ(o.value(QStringLiteral("patients")).toInteger(), 40);
    EXPECT_EQ(count(database(), QStringLiteral("patients")), 40);
    EXPECT_EQ(count(database(), QStringLiteral("stays")), o.value(QStringLiteral("stays")).toInteger());
    EXPECT_EQ(count(database(), QStringLiteral("results")), o.value(QStringLiteral("results")).toInteger());
    EXPECT_GT(o.value(QStringLiteral("results")).toInteger(), 0);
    EXPECT_EQ(json(cli({QStringLiteral("patient"), QStringLiteral("list")})).array().size(), 40);
}

TEST_F(CliTest, DemoHistoryFillsEveryStay)
{
    const QJsonObject recent = json(cli({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("40"),
                                         QStringLiteral("--seed"), QStringLiteral("9")}))
                                   .object();
    const QString other = otherDatabase(QStringLiteral("history"));
    const QJsonObject history = json(cli({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("40"),
                                          QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--history")},
                                         other))
                                    .object();
    EXPECT_EQ(history.keys(), recent.keys()) << "the same output, extended by nothing";
    EXPECT_EQ(history.value(QStringLiteral("stays")), recent.value(QStringLiteral("stays")));
    EXPECT_GT(history.value(QStringLiteral("results")).toInteger(),
              recent.value(QStringLiteral("results")).toInteger());
    EXPECT_EQ(count(other, QStringLiteral("results")), history.value(QStringLiteral("results")).toInteger());
}

TEST_F(CliTest, DemoIsDeterministicForASeed)
{
    const QString a = otherDatabase(QStringLiteral("a"));
    const QString b = otherDatabase(QStringLiteral("b"));
    const QString c = otherDatabase(QStringLiteral("c"));
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("60"),
                           QStringLiteral("--seed"), QStringLiteral("2026")};
    const QJsonObject sa = json(cli(demo, a)).object();
    const QJsonObject sb = json(cli(demo, b)).object();
    EXPECT_EQ(sa, sb);
    const QStringList list{QStringLiteral("patient"), QStringLiteral("list")};
    const CliRun la = cli(list, a);
    json(la);
    EXPECT_EQ(la.out, cli(list, b).out);
    // The stays too (without their created/updated timestamps, which record the time of day).
    const QString stayColumns =
        QStringLiteral("id, patient_id, unit_code, mode, status, admission_date, "
                       "planned_discharge_date, discharge_date, programme, programme_detail, "
                       "referrer_type, referrer_name, coordinating_physician, cancellation_reason");
    const auto stays = [&](const QString &db) {
        return snapshot(db, stayColumns)
            .section(QStringLiteral("stays\n"), 1)
            .section(QStringLiteral("results\n"), 0, 0);
    };
    EXPECT_EQ(stays(a), stays(b));

    QStringList other = demo;
    other.last() = QStringLiteral("2027");
    json(cli(other, c));
    EXPECT_NE(la.out, cli(list, c).out);
}

TEST_F(CliTest, GlobalOptionsMayStandAnywhere)
{
    const QStringList db = dbArguments(database());
    json(runWith(QStringList{QStringLiteral("init"), QStringLiteral("--lang"), QStringLiteral("en")} + db,
                 environment()));
    json(runWith({QStringLiteral("patient"), db.first() + QLatin1Char('=') + db.last(), QStringLiteral("list")},
                 environment()));
}

TEST_F(CliTest, SpeaksFrenchByDefaultInTheCLocale)
{
    // French is the users' language: a machine without a locale (C) gets French messages.
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    const QStringList db = dbArguments(database());
    json(runWith(db + QStringList{QStringLiteral("init")}, env));
    env.remove(QStringLiteral("LANG"));
    json(runWith(db + QStringList{QStringLiteral("patient"), QStringLiteral("list")}, env));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    json(runWith(db + QStringList{QStringLiteral("patient"), QStringLiteral("list")}, env));
    // A refusal still exits 2 whatever the language.
    const CliRun r =
        runWith(db + QStringList{QStringLiteral("stay"), QStringLiteral("open"), QStringLiteral("--patient"),
                                 QStringLiteral("1"), QStringLiteral("--mode"), QStringLiteral("XX"),
                                 QStringLiteral("--admitted"), QStringLiteral("2026-11-01")},
                env);
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.out.isEmpty()) << r;
    EXPECT_EQ(r.err,
              QStringLiteral("smrdesk-cli: --mode: « XX » n'est pas accepté ; les valeurs possibles sont HC, HTP.\n"))
        << r;
}

// ---- Failures that are not the user's input: exit 1 ----

TEST_F(SqliteCliTest, FolderAsDatabaseExitsOne)
{
    const CliRun r = cli({QStringLiteral("init")}, dir());
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.out.isEmpty()) << r;
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("smrdesk-cli: "))) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a file"))) << r;
}

TEST_F(SqliteCliTest, GarbageFileExitsOneAndIsLeftAlone)
{
    const QString path = dir() + QStringLiteral("/garbage.sqlite");
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes.append(char((i * 131 + 7) % 256));
        f.write(bytes);
    }
    const QByteArray before = sha256(path);
    for (const QStringList &command :
         {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("patient"), QStringLiteral("list")}}) {
        const CliRun r = cli(command, path);
        EXPECT_EQ(r.exitCode, 1) << r;
        EXPECT_TRUE(r.out.isEmpty()) << r;
        EXPECT_TRUE(r.err.contains(QStringLiteral("garbage.sqlite"))) << r;
    }
    EXPECT_EQ(sha256(path), before);
}

// Issue #4: another program's SQLite file is refused by every command, not migrated into.
TEST_F(SqliteCliTest, ForeignDatabaseIsRefusedByEveryCommandAndLeftAlone)
{
    QDir().mkpath(dir() + QStringLiteral("/foreign"));
    const QString path = dir() + QStringLiteral("/foreign/other.sqlite");
    writeForeignDatabase(path);
    const QByteArray before = sha256(path);
    for (const QStringList &command :
         {words("init"), words("patient list"), words("audit"), words("user list"), words("demo --patients 2"),
          words("patient add --ipp X1 --last-name Roux --first-name Luc --birth-date 1970-01-01 --sex M")}) {
        const CliRun r = cli(command, path);
        EXPECT_EQ(r.exitCode, 1) << r;
        EXPECT_TRUE(r.out.isEmpty()) << r;
        EXPECT_EQ(r.err, QStringLiteral("smrdesk-cli: The database %1 cannot be opened: it is not an SMR Desk "
                                        "database.\n")
                             .arg(path))
            << r;
    }
    EXPECT_EQ(sha256(path), before);
    EXPECT_EQ(filesIn(dir() + QStringLiteral("/foreign")), QStringList{QStringLiteral("other.sqlite")});
}

TEST_F(SqliteCliTest, TextFileIsRefusedByEveryCommandAndLeftAlone)
{
    QDir().mkpath(dir() + QStringLiteral("/text"));
    const QString path = dir() + QStringLiteral("/text/notes.sqlite");
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Ceci n'est pas une base.\n");
    }
    const QByteArray before = sha256(path);
    for (const QStringList &command : {words("init"), words("patient list"), words("audit")}) {
        const CliRun r = cli(command, path);
        EXPECT_EQ(r.exitCode, 1) << r;
        EXPECT_TRUE(r.out.isEmpty()) << r;
        EXPECT_TRUE(r.err.contains(path)) << r;
        EXPECT_TRUE(r.err.contains(QStringLiteral("not an SQLite database file"))) << r;
    }
    EXPECT_EQ(sha256(path), before);
    EXPECT_EQ(filesIn(dir() + QStringLiteral("/text")), QStringList{QStringLiteral("notes.sqlite")});
}

TEST_F(SqliteCliTest, NewerDatabaseExitsOneAndIsLeftAlone)
{
    json(cli({QStringLiteral("init")}));
    addPatient();
    {
        FixedClock clock(QDate(2026, 11, 22));
        Result<std::unique_ptr<Store>> store = Store::openSqlite(database(), clock);
        ASSERT_TRUE(store);
        Sql(store.value()->database(),
            QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, 'future', 'x')"))
            .bind(Migrator::latestVersion() + 1)
            .exec();
    }
    const QByteArray before = sha256(database());
    const CliRun r = cli({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--ipp"),
                          QStringLiteral("IPP002"), QStringLiteral("--last-name"), QStringLiteral("Roux"),
                          QStringLiteral("--first-name"), QStringLiteral("Luc"), QStringLiteral("--birth-date"),
                          QStringLiteral("1970-01-01"), QStringLiteral("--sex"), QStringLiteral("M")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.out.isEmpty()) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("newer version"))) << r;
    EXPECT_EQ(sha256(database()), before);
}

} // namespace
} // namespace smr::test
