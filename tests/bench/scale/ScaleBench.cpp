// smrdesk_scale_bench (issue #10): SMR Desk on a large establishment's ten years of data,
// measured against the floor, the same work done the most direct way, in the same run on the same
// data. Prints one JSON summary on stdout (progress on stderr) and exits 1 when a target is missed.
//
//   smrdesk_scale_bench --cli PATH --probe PATH [--database FILE] [--patients N] [--runs N]
//                       [--reuse] [--only search,dossier,…] [--smoke] [--output FILE]
//
// .ci/bench builds it and runs it on build/scale/smrdesk-100k.sqlite. docs/PERFORMANCE.md explains
// each row and records the figures.

#include "core/common/Text.h"
#include "core/demo/FrenchNames.h"
#include "scale/Measures.h"
#include "scale/Operations.h"
#include "scale/ScaleData.h"
#include "support/UiApplication.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>

namespace {

using namespace smr::scale;

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

double memoryGb()
{
    QFile f(QStringLiteral("/proc/meminfo"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray first = f.readLine();
    return first.simplified().split(' ').value(1).toDouble() / 1024 / 1024;
}

QJsonObject machine()
{
    return {{QStringLiteral("cpu"), cpuModel()},
            {QStringLiteral("cores"), QThread::idealThreadCount()},
            {QStringLiteral("memory_gb"), std::round(memoryGb() * 10) / 10},
            {QStringLiteral("os"), QSysInfo::prettyProductName()},
            {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion())},
#ifdef NDEBUG
            {QStringLiteral("build"), QStringLiteral("Release")},
#else
            {QStringLiteral("build"), QStringLiteral("Debug (figures not meaningful)")},
#endif
            {QStringLiteral("qpa"), QGuiApplication::platformName()}};
}

// The 3-letter beginnings of the demonstration's names (surnames and first names), each one
// searched in turn: frequent ones ("MAR": nearly 10,000 patients) and rare ones alike.
QStringList prefixes()
{
    QStringList out;
    for (const QStringList *names :
         {&smr::demo::surnames(), &smr::demo::femaleFirstNames(), &smr::demo::maleFirstNames()}) {
        for (const QString &name : *names) {
            const QString folded = smr::text::fold(name).left(3);
            if (folded.size() == 3 && !out.contains(folded))
                out << folded;
        }
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    smr::test::chooseOffscreenUnlessAsked();
    QApplication app(argc, argv);
    const auto appearance = smr::test::setUpUiApplication(app);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("SQLite file."),
                                            QStringLiteral("file"), QStringLiteral("smrdesk-100k.sqlite"));
    const QCommandLineOption patientsOption(QStringLiteral("patients"), QStringLiteral("Demonstration patients."),
                                            QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measures of each quick operation."),
                                        QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"),
                                         QStringLiteral("Keep the database a previous run prepared (the demo's load "
                                                        "is then not measured)."));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("smrdesk-cli."), QStringLiteral("path"));
    const QCommandLineOption probeOption(QStringLiteral("probe"), QStringLiteral("smrdesk_start_probe."),
                                         QStringLiteral("path"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Measure these only (comma-separated: search, dossier, chart, "
                                                       "berg, letter, start, memory); the summary then says so."),
                                        QStringLiteral("names"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"),
                                         QStringLiteral("Check that every operation runs and reports, not the "
                                                        "targets (ctest, on a small database)."));
    const QCommandLineOption outputOption(QStringLiteral("output"), QStringLiteral("Also write the summary here."),
                                          QStringLiteral("file"));
    parser.addOptions({databaseOption, patientsOption, runsOption, reuseOption, cliOption, probeOption, onlyOption,
                       smokeOption, outputOption});
    parser.process(app);

    ScaleOptions options;
    options.database = parser.value(databaseOption);
    options.patients = parser.value(patientsOption).toInt();
    options.runs = std::max(20, parser.value(runsOption).toInt());
    options.reuse = parser.isSet(reuseOption);
    options.cli = parser.value(cliOption);
    options.probe = parser.value(probeOption);
    options.output = parser.value(outputOption);

    QList<Row> rows;
    QJsonObject database;
    try {
        ScaleData data = prepare(options);
        database = data.counts;
        database.insert(QStringLiteral("dossier_stays"), data.dossierStays);
        database.insert(QStringLiteral("dossier_results"), data.dossierResults);
        if (data.demoSeconds)
            rows << demoRow(*data.demoSeconds, options.patients);
        Operations operations(data, options);
        const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const auto wanted = [&](const char *name) { return only.isEmpty() || only.contains(QLatin1String(name)); };
        if (wanted("search"))
            rows << operations.search(prefixes());
        if (wanted("dossier"))
            rows << operations.openDossier();
        if (wanted("chart"))
            rows << operations.chart();
        if (wanted("berg"))
            rows << operations.saveBerg();
        if (wanted("letter"))
            rows << operations.dischargeLetter();
        if (wanted("start"))
            rows << operations.coldStart();
        if (wanted("memory"))
            rows << operations.memory();
        if (!only.isEmpty())
            database.insert(QStringLiteral("only"), only.join(QLatin1Char(',')));
    } catch (const std::exception &e) {
        std::fprintf(stderr, "smrdesk_scale_bench: %s\n", e.what());
        return 2;
    }

    QJsonArray operations;
    bool allMet = true;
    for (const Row &row : std::as_const(rows)) {
        operations.append(row.json());
        allMet = allMet && row.met();
        std::fprintf(stderr, "%-28s median %9.2f %s  p95 %9.2f %s%s  %s\n", qPrintable(row.operation),
                     row.timing.app.median(), qPrintable(row.unit), row.timing.app.p95(), qPrintable(row.unit),
                     row.floor.isEmpty() ? ""
                                         : qPrintable(QStringLiteral("  floor %1 (×%2)")
                                                          .arg(row.timing.floor.median(), 0, 'f', 2)
                                                          .arg(row.ratio(), 0, 'f', 2)),
                     row.met() ? "met" : "MISSED");
    }
    const QJsonObject summary{
        {QStringLiteral("issue"), 10},          {QStringLiteral("machine"), machine()},
        {QStringLiteral("database"), database}, {QStringLiteral("operations"), operations},
        {QStringLiteral("all_met"), allMet},    {QStringLiteral("targets_checked"), !parser.isSet(smokeOption)}};
    const QByteArray json = QJsonDocument(summary).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    if (!options.output.isEmpty()) {
        QFile out(options.output);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(json);
    }
    if (parser.isSet(smokeOption))
        return 0; // every operation ran and reported (a failure returned 2 above)
    return allMet ? 0 : 1;
}
