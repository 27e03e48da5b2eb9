// smrdesk-cli's refusals (issue #2, "Command-line tool — contract"): refused input prints
// nothing on stdout, a message on stderr naming the option and the allowed values, writes
// nothing and exits 2. Issue #2 asks for a test of each of: NIR with a wrong key; birth date in
// the future; discharge before admission; a second active stay; duplicate IPP; empty names;
// unknown sex or mode; malformed dates.

#include "cli/CliHarness.h"

#include <QFile>
#include <QJsonArray>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

struct Refusal {
    const char *name;
    QList<QStringList> setup; // commands run first, each of which must succeed
    QStringList command;
    QString option;       // the option the message must name ("--sex: "), or empty
    QStringList mentions; // what the message must also say (allowed values, dates, …)
    const char *source;
};

void PrintTo(const Refusal &r, std::ostream *os)
{
    *os << r.name;
}

// "patient add" followed by the options of a case.
QStringList patientAdd(const char *options)
{
    return words("patient add") + words(options);
}

const QStringList kInit = words("init");
const QStringList kPatient = words("patient add --ipp IPP001 --last-name Dupont --first-name Marie "
                                   "--birth-date 1956-03-12 --sex F");
const QStringList kStay = words("stay open --patient 1 --mode HC --admitted 2026-11-02");

class CliRefusals : public CliTest, public ::testing::WithParamInterface<Refusal>
{
};

TEST_P(CliRefusals, ExitTwoNothingOnStdoutNothingWritten)
{
    const Refusal &c = GetParam();
    for (const QStringList &command : c.setup)
        json(cli(command));
    const QString before = snapshot(database());

    const CliRun r = cli(c.command);
    EXPECT_EQ(r.exitCode, 2) << c.source << "\n" << r;
    EXPECT_TRUE(r.out.isEmpty()) << r;
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("smrdesk-cli: "))) << r;
    if (!c.option.isEmpty()) {
        EXPECT_TRUE(r.err.contains(QStringLiteral("smrdesk-cli: ") + c.option + QStringLiteral(": ")))
            << c.source << "\n"
            << r;
    }
    for (const QString &word : c.mentions)
        EXPECT_TRUE(r.err.contains(word)) << c.source << ": should mention \"" << word.toStdString() << "\"\n" << r;
    EXPECT_EQ(snapshot(database()), before) << "nothing is written on a refusal";
}

const Refusal kRefusals[] = {
    // The refusals listed by issue #2, each with a test.
    {"NirWithAWrongKey",
     {kInit},
     patientAdd("--ipp IPP001 --last-name Dupont --first-name Marie --birth-date 1955-08-01 --sex F "
                "--nir 255081416802539"),
     QStringLiteral("--nir"),
     {QStringLiteral("NIR"), QStringLiteral("key")},
     "issue #2 + clinical reference §11"},
    {"CorsicanNirWithAWrongKey",
     {kInit},
     patientAdd("--ipp IPP001 --last-name Dupont --first-name Marie --birth-date 1969-02-01 --sex F "
                "--nir 269022A35001277"),
     QStringLiteral("--nir"),
     {QStringLiteral("key")},
     "clinical reference §11: 2A read as 19 (key 76)"},
    {"BirthDateInTheFuture",
     {kInit},
     patientAdd("--ipp IPP001 --last-name Dupont --first-name Marie --birth-date 2026-11-23 --sex F"),
     QStringLiteral("--birth-date"),
     {QStringLiteral("future"), QStringLiteral("22/11/2026")},
     "issue #2"},
    {"DischargeBeforeAdmission",
     {kInit, kPatient, kStay},
     words("stay close --stay 1 --discharged 2026-11-01"),
     QStringLiteral("--discharged"),
     {QStringLiteral("01/11/2026"), QStringLiteral("02/11/2026")},
     "issue #2"},
    {"DischargeInTheFuture",
     {kInit, kPatient, kStay},
     words("stay close --stay 1 --discharged 2026-11-23"),
     QStringLiteral("--discharged"),
     {QStringLiteral("future"), QStringLiteral("22/11/2026")},
     "StayRules::checkDischarge"},
    {"SecondActiveStay",
     {kInit, kPatient, kStay},
     words("stay open --patient 1 --mode HTP --admitted 2026-11-20"),
     QStringLiteral("--patient"),
     {QStringLiteral("already has an open stay")},
     "issue #2: at most one active stay"},
    {"StayWhilePreAdmitted",
     {kInit, kPatient, words("stay open --patient 1 --mode HC --admitted 2026-12-01")},
     kStay,
     QStringLiteral("--patient"),
     {QStringLiteral("pre-admission")},
     "a pre-admission is an open stay"},
    {"DuplicateIpp",
     {kInit, kPatient},
     patientAdd("--ipp ipp001 --last-name Martin --first-name Paul --birth-date 1960-01-01 --sex M"),
     QStringLiteral("--ipp"),
     {QStringLiteral("IPP001"), QStringLiteral("already used")},
     "issue #2: IPP unique"},
    {"EmptyLastName",
     {kInit},
     QStringList{QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--ipp"), QStringLiteral("IPP001"),
                 QStringLiteral("--last-name"), QString(), QStringLiteral("--first-name"), QStringLiteral("Marie"),
                 QStringLiteral("--birth-date"), QStringLiteral("1956-03-12"), QStringLiteral("--sex"),
                 QStringLiteral("F")},
     QStringLiteral("--last-name"),
     {QStringLiteral("birth name")},
     "issue #2: empty names"},
    {"BlankFirstName",
     {kInit},
     QStringList{QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--ipp"), QStringLiteral("IPP001"),
                 QStringLiteral("--last-name"), QStringLiteral("Dupont"), QStringLiteral("--first-name"),
                 QStringLiteral("  "), QStringLiteral("--birth-date"), QStringLiteral("1956-03-12"),
                 QStringLiteral("--sex"), QStringLiteral("F")},
     QStringLiteral("--first-name"),
     {QStringLiteral("first name")},
     "issue #2: empty names"},
    {"UnknownSex",
     {kInit},
     patientAdd("--ipp IPP001 --last-name Dupont --first-name Marie --birth-date 1956-03-12 --sex X"),
     QStringLiteral("--sex"),
     {QStringLiteral("\"X\""), QStringLiteral("F, M")},
     "issue #2: sex F|M"},
    {"UnknownSexBeforeAnyDatabase",
     {},
     patientAdd("--ipp IPP001 --last-name Dupont --first-name Marie --birth-date 1956-03-12 --sex W"),
     QStringLiteral("--sex"),
     {QStringLiteral("F, M")},
     "issue #2: refused input writes nothing, not even a file"},
    {"UnknownMode",
     {kInit, kPatient},
     words("stay open --patient 1 --mode HDJ --admitted 2026-11-02"),
     QStringLiteral("--mode"),
     {QStringLiteral("HC, HTP")},
     "issue #2: mode HC|HTP"},
    {"UnknownProgramme",
     {kInit, kPatient},
     words("stay open --patient 1 --mode HC --admitted 2026-11-02 --programme yoga"),
     QStringLiteral("--programme"),
     {QStringLiteral("rfr, individual, education, other")},
     "issue #2: programme list"},
    {"MalformedBirthDate",
     {kInit},
     patientAdd("--ipp IPP001 --last-name Dupont --first-name Marie --birth-date 12/03/1956 --sex F"),
     QStringLiteral("--birth-date"),
     {QStringLiteral("12/03/1956"), QStringLiteral("YYYY-MM-DD")},
     "issue #2: malformed dates"},
    {"ImpossibleBirthDate",
     {kInit},
     patientAdd("--ipp IPP001 --last-name Dupont --first-name Marie --birth-date 1956-02-30 --sex F"),
     QStringLiteral("--birth-date"),
     {QStringLiteral("YYYY-MM-DD")},
     "issue #2: malformed dates"},
    {"MalformedAdmission",
     {kInit, kPatient},
     words("stay open --patient 1 --mode HC --admitted 2026-11"),
     QStringLiteral("--admitted"),
     {QStringLiteral("YYYY-MM-DD")},
     "issue #2: malformed dates"},
    {"MalformedPlannedDischarge",
     {kInit, kPatient},
     words("stay open --patient 1 --mode HC --admitted 2026-11-02 --planned-discharge soon"),
     QStringLiteral("--planned-discharge"),
     {QStringLiteral("YYYY-MM-DD")},
     "issue #2: malformed dates"},
    {"MalformedDischarge",
     {kInit, kPatient, kStay},
     words("stay close --stay 1 --discharged 20-11-2026"),
     QStringLiteral("--discharged"),
     {QStringLiteral("YYYY-MM-DD")},
     "issue #2: malformed dates"},
    // Other refusals of the same commands.
    {"PlannedDischargeBeforeAdmission",
     {kInit, kPatient},
     words("stay open --patient 1 --mode HC --admitted 2026-11-02 --planned-discharge 2026-11-01"),
     QStringLiteral("--planned-discharge"),
     {QStringLiteral("01/11/2026")},
     "StayRules"},
    {"UnknownUnit",
     {kInit, kPatient},
     words("stay open --patient 1 --mode HC --admitted 2026-11-02 --unit pediatrie"),
     QStringLiteral("--unit"),
     {QStringLiteral("pediatrie"),
      QStringLiteral("locomoteur, neurologie, cardio-vasculaire, respiratoire, geriatrie, polyvalent")},
     "issue #2: units are a configured list"},
    {"UnknownPatient",
     {kInit},
     words("stay open --patient 7 --mode HC --admitted 2026-11-02"),
     QStringLiteral("--patient"),
     {QStringLiteral("7")},
     "StayService: the patient must exist"},
    {"PatientIdNotANumber",
     {kInit},
     words("stay open --patient seven --mode HC --admitted 2026-11-02"),
     QStringLiteral("--patient"),
     {QStringLiteral("whole number")},
     "CommandOptions::integer"},
    {"UnknownStay",
     {kInit},
     words("stay close --stay 3 --discharged 2026-11-20"),
     QStringLiteral("--stay"),
     {QStringLiteral("3")},
     "StayService: the stay must exist"},
    {"HeightNotANumber",
     {kInit},
     patientAdd("--ipp IPP001 --last-name Dupont --first-name Marie --birth-date 1956-03-12 --sex F --height-cm tall"),
     QStringLiteral("--height-cm"),
     {QStringLiteral("not a number")},
     "CommandOptions::decimal"},
    {"HeightOutOfRange",
     {kInit},
     patientAdd("--ipp IPP001 --last-name Dupont --first-name Marie --birth-date 1956-03-12 --sex F --height-cm 300"),
     QStringLiteral("--height-cm"),
     {QStringLiteral("50"), QStringLiteral("250")},
     "PatientRules height range"},
    {"WeightOutOfRange",
     {kInit},
     patientAdd("--ipp IPP001 --last-name Dupont --first-name Marie --birth-date 1956-03-12 --sex F --weight-kg 400"),
     QStringLiteral("--weight-kg"),
     {QStringLiteral("2"), QStringLiteral("350")},
     "PatientRules weight range"},
    {"DemoIntoANonEmptyDatabase",
     {kInit, kPatient},
     words("demo --patients 10"),
     QStringLiteral("--patients"),
     {QStringLiteral("empty database")},
     "DemoService: only into an empty database"},
    {"DemoWithoutPatients",
     {kInit},
     words("demo --patients 0"),
     QStringLiteral("--patients"),
     {QStringLiteral("1"), QStringLiteral("500000")},
     "DemoService::MaxPatients"},
    {"DemoSeedNotANumber",
     {kInit},
     words("demo --patients 5 --seed abc"),
     QStringLiteral("--seed"),
     {QStringLiteral("whole number")},
     "CommandOptions::unsignedInteger"},
    // The command line itself.
    {"UnknownCommand",
     {kInit},
     words("frobnicate"),
     QString(),
     {QStringLiteral("frobnicate"), QStringLiteral("init, patient add, patient list, stay open, stay close, demo")},
     "contract: the commands"},
    {"UnknownSubcommand",
     {kInit},
     words("patient delete --id 1"),
     QString(),
     {QStringLiteral("patient delete"), QStringLiteral("patient add, patient list")},
     "contract: the commands"},
    {"NoCommand", {kInit}, QStringList(), QString(), {QStringLiteral("init, patient add")}, "contract: the commands"},
    {"UnknownOption",
     {kInit},
     patientAdd("--ipp IPP001 --last-name Dupont --first-name Marie --birth-date 1956-03-12 --sex F --colour blue"),
     QStringLiteral("--colour"),
     {QStringLiteral("--ipp, --last-name, --first-name, --birth-date, --sex")},
     "contract: the options of patient add"},
    {"MissingRequiredOption",
     {kInit},
     patientAdd("--ipp IPP001 --last-name Dupont --first-name Marie --birth-date 1956-03-12"),
     QStringLiteral("--sex"),
     {QStringLiteral("required")},
     "contract: --sex F|M is required"},
    {"MissingRequiredOptionOfStayClose",
     {kInit, kPatient, kStay},
     words("stay close --stay 1"),
     QStringLiteral("--discharged"),
     {QStringLiteral("required")},
     "contract: stay close --discharged"},
    {"OptionWithoutValue",
     {kInit},
     words("patient list --search"),
     QStringLiteral("--search"),
     {QStringLiteral("value")},
     "CommandOptions::parse"},
    {"RepeatedOption",
     {kInit},
     patientAdd("--ipp IPP001 --ipp IPP002 --last-name Dupont --first-name Marie --birth-date 1956-03-12 --sex F"),
     QStringLiteral("--ipp"),
     {QStringLiteral("twice")},
     "CommandOptions::parse"},
    {"UnexpectedArgument", {kInit}, words("init now"), QString(), {QStringLiteral("\"now\"")}, "CommandOptions::parse"},
    {"UnknownLanguage",
     {kInit},
     words("patient list --lang de"),
     QStringLiteral("--lang"),
     {QStringLiteral("de"), QStringLiteral("fr, en")},
     "README: --lang fr|en"},
    // Issue #4: backup, check and restore.
    {"BackupWithoutAFile",
     {kInit, kPatient},
     words("backup"),
     QStringLiteral("FILE"),
     {QStringLiteral("required"), QStringLiteral("backup FILE")},
     "contract: backup FILE"},
    {"CheckTakesNoArgument", {kInit}, words("check now"), QString(), {QStringLiteral("\"now\"")}, "contract: check"},
    {"ForceTakesNoValue",
     {kInit},
     words("restore backup.file --force=yes"),
     QStringLiteral("--force"),
     {QStringLiteral("takes no value")},
     "contract: restore FILE [--force]"},
    {"RestoreOfAMissingFile",
     {kInit, kPatient},
     words("restore no-such-backup --force"),
     QStringLiteral("FILE"),
     {QStringLiteral("no-such-backup does not exist")},
     "contract: restore checks FILE before touching the database"},
    {"RestoreOfAMissingFileCreatesNoDatabase",
     {},
     words("restore no-such-backup"),
     QStringLiteral("FILE"),
     {QStringLiteral("no-such-backup does not exist")},
     "contract: restore checks FILE before touching the database"},
};

INSTANTIATE_TEST_SUITE_P(Contract, CliRefusals, ::testing::ValuesIn(kRefusals),
                         [](const auto &test) { return std::string(test.param.name); });

TEST_F(CliTest, DbWithoutAPathIsRefused)
{
    const CliRun r =
        runWith({QStringLiteral("init"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db")},
                environment());
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.out.isEmpty()) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("smrdesk-cli: --db: "))) << r;
    EXPECT_FALSE(QFile::exists(dir() + QStringLiteral("/data/smrdesk/smrdesk.sqlite")));
}

TEST_F(CliTest, RefusalAfterRefusalLeavesTheDatabaseUsable)
{
    json(cli(kInit));
    EXPECT_EQ(addPatient(), 1);
    const CliRun dup = cli(kPatient);
    EXPECT_EQ(dup.exitCode, 2) << dup;
    // The next patient gets the next id: the refused one consumed nothing visible.
    EXPECT_EQ(addPatient(QStringLiteral("IPP002"), QStringLiteral("Martin"), QStringLiteral("Paul")), 2);
    EXPECT_EQ(json(cli(words("patient list"))).array().size(), 2);
}

} // namespace
} // namespace smr::test
