// smrdesk-cli export (issue #9): `export --format csv|fhir (--stay ID | --patient ID | --unit U
// --from DATE --to DATE) [--bom]` puts the document on stdout, byte for byte what the core writes
// (the CSV's byte order mark included); every refusal exits 2 naming its option and the allowed
// values, with nothing on stdout.

#include "cli/CliHarness.h"

#include "core/Store.h"
#include "core/common/Clock.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

QStringList args(const char *text)
{
    return words(text);
}

class CliExport : public CliTest
{
protected:
    void SetUp() override
    {
        json(cli({QStringLiteral("init")}));
        addPatient();
        id(args("stay open --patient 1 --mode HC --admitted 2026-11-02 --unit locomoteur"));
        json(cli(args("record --stay 1 --performed-at 2026-11-03T10:30 --remarks") +
                 QStringList{QStringLiteral("Genou droit, \"instable\"\nà revoir"), QStringLiteral("tug"),
                             QStringLiteral(R"({"seconds": 14.2})")}));
        json(cli(args("record --stay 1 --performed-at 2026-11-04T09:00") +
                 QStringList{QStringLiteral("berg"), QStringLiteral(R"({"items": [4,4,3,4,4,4,3,3,3,4,4,3,2,2]})")}));
        json(cli(args("record --stay 1 --performed-at 2026-11-05T09:00") +
                 QStringList{QStringLiteral("startback"), QStringLiteral(R"({"items": [1,1,0,1,1,1,0,1,3]})")}));
        addPatient(QStringLiteral("IPP002"), QStringLiteral("Martin"), QStringLiteral("Paul"),
                   QStringLiteral("1950-06-30"), QStringLiteral("M"));
        id(args("stay open --patient 2 --mode HTP --admitted 2026-11-01 --unit neurologie"));
        json(cli(args("record --stay 2 --performed-at 2026-11-01T09:00") +
                 QStringList{QStringLiteral("tug"), QStringLiteral(R"({"seconds": 11})")}));
    }

    // What the core itself writes for the same database.
    QByteArray coreExport(const ExportScope &scope, ExportFormat format, bool bom = false) const
    {
        FixedClock clock(QDate(2026, 11, 22));
        Result<std::unique_ptr<Store>> store = Store::open(addressOf(database()), clock, QString());
        if (!store) {
            ADD_FAILURE() << store.failure().text().toStdString();
            return {};
        }
        // As the command-line tool signs in: the local administrator, who may export.
        store.value()->session().signIn(Actor::local(QStringLiteral("test")));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Result<ExportSummary> written = store.value()->exports().write(scope, {format, bom}, buffer);
        EXPECT_TRUE(written);
        return buffer.data();
    }
};

struct ExportCase {
    const char *name;
    const char *command;
    ExportScope scope;
    ExportFormat format;
    int results;
};

void PrintTo(const ExportCase &c, std::ostream *os)
{
    *os << c.name;
}

class CliExportScope : public CliExport, public ::testing::WithParamInterface<ExportCase>
{
};

TEST_P(CliExportScope, PrintsTheDocumentOnStdout)
{
    const ExportCase &c = GetParam();
    const CliRun r = cli(args(c.command));
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.err.isEmpty()) << r;
    EXPECT_EQ(r.outBytes, coreExport(c.scope, c.format)) << "byte for byte what the core writes";
    if (c.format == ExportFormat::Csv) {
        EXPECT_TRUE(r.outBytes.startsWith("result_id,series_id,revision,")) << r;
        EXPECT_EQ(r.outBytes.count("\r\n"), 1 + c.results) << "the header and one row per result";
    } else {
        EXPECT_EQ(json(r).object().value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
    }
}

INSTANTIATE_TEST_SUITE_P(
    ScopesAndFormats, CliExportScope,
    ::testing::Values(
        ExportCase{"CsvStay", "export --format csv --stay 1", ExportScope::ofStay(StayId(1)), ExportFormat::Csv, 3},
        ExportCase{"CsvPatient", "export --format csv --patient 2", ExportScope::ofPatient(PatientId(2)),
                   ExportFormat::Csv, 1},
        ExportCase{"CsvUnit", "export --format=csv --unit locomoteur --from 2026-11-04 --to 2026-11-05",
                   ExportScope::ofUnit(QStringLiteral("locomoteur"), QDate(2026, 11, 4), QDate(2026, 11, 5)),
                   ExportFormat::Csv, 2},
        ExportCase{"FhirStay", "export --format fhir --stay 1", ExportScope::ofStay(StayId(1)), ExportFormat::Fhir, 3},
        ExportCase{"FhirPatient", "export --format fhir --patient 1", ExportScope::ofPatient(PatientId(1)),
                   ExportFormat::Fhir, 3},
        ExportCase{"FhirUnit", "export --format FHIR --unit neurologie --from 2026-11-01 --to 2026-11-22",
                   ExportScope::ofUnit(QStringLiteral("neurologie"), QDate(2026, 11, 1), QDate(2026, 11, 22)),
                   ExportFormat::Fhir, 1}),
    [](const auto &test) { return std::string(test.param.name); });

TEST_F(CliExport, TheByteOrderMarkLeadsTheCsvWhenAsked)
{
    const CliRun with = cli(args("export --format csv --stay 1 --bom"));
    const CliRun without = cli(args("export --format csv --stay 1"));
    ASSERT_EQ(with.exitCode, 0) << with;
    EXPECT_TRUE(with.outBytes.startsWith("\xEF\xBB\xBFresult_id,")) << with;
    EXPECT_EQ(with.outBytes.mid(3), without.outBytes);
    EXPECT_EQ(with.outBytes, coreExport(ExportScope::ofStay(StayId(1)), ExportFormat::Csv, true));
    // The remark keeps its comma, quotes, line break and accent, quoted as RFC 4180 says.
    EXPECT_TRUE(without.outBytes.contains(",\"Genou droit, \"\"instable\"\"\nà revoir\"\r\n")) << without;
}

TEST_F(CliExport, AFhirBundleIsOneJsonDocument)
{
    const QJsonObject bundle = json(cli(args("export --format fhir --patient 1"))).object();
    QStringList types;
    for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray())
        types << e[QStringLiteral("resource")][QStringLiteral("resourceType")].toString();
    EXPECT_EQ(types.count(QStringLiteral("Patient")), 1);
    EXPECT_EQ(types.count(QStringLiteral("Encounter")), 1);
    EXPECT_EQ(types.count(QStringLiteral("QuestionnaireResponse")), 2) << "Berg and STarT Back";
    EXPECT_EQ(types.count(QStringLiteral("Observation")), 5 + 4 + 3);
}

TEST_F(CliExport, TheExportIsTracedInTheAuditTrailAsTheLocalAdministrators)
{
    ASSERT_EQ(cli(args("export --format csv --unit neurologie --from 2026-11-01 --to 2026-11-22")).exitCode, 0);
    FixedClock clock(QDate(2026, 11, 22));
    Result<std::unique_ptr<Store>> store = Store::open(addressOf(database()), clock, QString());
    ASSERT_TRUE(store) << store.failure().text().toStdString();
    AuditFilter newest;
    newest.newestFirst = true;
    newest.limit = 1;
    const QList<AuditEntry> last = store.value()->auditRepository().find(newest);
    ASSERT_EQ(last.size(), 1);
    EXPECT_TRUE(last.first().actor.startsWith(QStringLiteral("cli:"))) << last.first().actor.toStdString();
    EXPECT_EQ(last.first().entity, QStringLiteral("export"));
    EXPECT_EQ(last.first().entityId, QStringLiteral("unit:neurologie:2026-11-01:2026-11-22"));
    EXPECT_EQ(last.first().after.value(QStringLiteral("results")).toInteger(), 1);
}

struct Refusal {
    const char *name;
    const char *command;
    QStringList mentions;
};

void PrintTo(const Refusal &r, std::ostream *os)
{
    *os << r.name;
}

class CliExportRefusal : public CliExport, public ::testing::WithParamInterface<Refusal>
{
};

TEST_P(CliExportRefusal, ExitsTwoNamingTheOptionAndPrintsNothing)
{
    const CliRun r = cli(args(GetParam().command));
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.outBytes.isEmpty()) << r;
    for (const QString &m : GetParam().mentions) {
        EXPECT_TRUE(r.err.contains(m)) << m.toStdString() << "\n" << r;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Options, CliExportRefusal,
    ::testing::Values(
        Refusal{"NoFormat", "export --stay 1", {QStringLiteral("--format is required")}},
        Refusal{
            "UnknownFormat", "export --format xml --stay 1", {QStringLiteral("--format"), QStringLiteral("csv, fhir")}},
        Refusal{"NoScope",
                "export --format csv",
                {QStringLiteral("--stay"), QStringLiteral("--patient"), QStringLiteral("--unit"),
                 QStringLiteral("--from")}},
        Refusal{"TwoScopes", "export --format csv --stay 1 --patient 1", {QStringLiteral("--patient: Give one scope")}},
        Refusal{"UnitWithoutFrom",
                "export --format csv --unit locomoteur --to 2026-11-22",
                {QStringLiteral("--from: --from YYYY-MM-DD is required with --unit")}},
        Refusal{"UnitWithoutTo",
                "export --format csv --unit locomoteur --from 2026-11-01",
                {QStringLiteral("--to: --to YYYY-MM-DD is required")}},
        Refusal{"FromWithAStay",
                "export --format csv --stay 1 --from 2026-11-01",
                {QStringLiteral("--from: --from goes with --unit only")}},
        Refusal{"FrenchDate",
                "export --format csv --unit locomoteur --from 01/11/2026 --to 2026-11-22",
                {QStringLiteral("--from"), QStringLiteral("YYYY-MM-DD")}},
        Refusal{"PeriodBackwards",
                "export --format csv --unit locomoteur --from 2026-11-22 --to 2026-11-01",
                {QStringLiteral("--to"), QStringLiteral("01/11/2026"), QStringLiteral("22/11/2026")}},
        Refusal{"BomWithFhir",
                "export --format fhir --stay 1 --bom",
                {QStringLiteral("--bom"), QStringLiteral("--format csv")}},
        Refusal{
            "UnknownStay", "export --format csv --stay 99", {QStringLiteral("--stay: No stay has the identifier 99.")}},
        Refusal{"UnknownPatient",
                "export --format fhir --patient 99",
                {QStringLiteral("--patient: No patient has the identifier 99.")}},
        Refusal{"UnknownUnit",
                "export --format csv --unit cardio --from 2026-11-01 --to 2026-11-22",
                {QStringLiteral("--unit"), QStringLiteral("\"cardio\""), QStringLiteral("locomoteur, neurologie")}},
        Refusal{"StayNotANumber", "export --format csv --stay one", {QStringLiteral("--stay")}}),
    [](const auto &test) { return std::string(test.param.name); });

} // namespace
} // namespace smr::test
