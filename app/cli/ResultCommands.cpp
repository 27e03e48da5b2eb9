// smrdesk-cli score, record and results: the functional tests of issue #3.

#include "app/cli/CliApplication.h"

#include "core/Store.h"
#include "core/common/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace smr::cli {

namespace {
const QString kInstrument = QStringLiteral("INSTRUMENT");
const QString kJson = QStringLiteral("JSON");
} // namespace

std::optional<CliApplication::Scoring> CliApplication::readScoring(const InstrumentCatalog &catalog,
                                                                   const CommandOptions &options, int &exitCode)
{
    Scoring s;
    s.instrument = catalog.find(options.positional(0));
    if (!s.instrument) {
        exitCode = refuse({kInstrument, tr("Unknown instrument \"%1\"; the instruments are %2.")
                                            .arg(options.positional(0), catalog.ids().join(QStringLiteral(", ")))});
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(options.positional(1).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        exitCode = refuse(
            {kJson,
             tr("The answers are not valid JSON (%1, at character %2).").arg(error.errorString()).arg(error.offset)});
        return std::nullopt;
    }
    if (!doc.isObject()) {
        exitCode = refuse(
            {kJson,
             tr("The answers must be a JSON object, for example %1.")
                 .arg(s.instrument->definition().isQuestionnaire()
                          ? QStringLiteral("{\"items\": [...]}")
                          : QStringLiteral("{\"%1\": ...}").arg(s.instrument->definition().fields.first().key))});
        return std::nullopt;
    }
    s.answers = doc.object();
    return s;
}

QJsonObject CliApplication::resultObject(const TestResult &r)
{
    QJsonObject out = r.scores;
    out.insert(QStringLiteral("id"), r.id.value);
    out.insert(QStringLiteral("instrument"), r.instrument);
    out.insert(QStringLiteral("performed_at"), r.performedAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    return out;
}

int CliApplication::score(const QStringList &args)
{
    int code = Success;
    ArgumentError error;
    const std::optional<CommandOptions> o =
        CommandOptions::parse(QStringLiteral("score"), args, {}, error, {kInstrument, kJson});
    if (!o)
        return refuse(error);
    // No database: the catalog alone scores.
    const InstrumentCatalog catalog(InstrumentCatalog::defaultSiteFolder());
    const std::optional<Scoring> s = readScoring(catalog, *o, code);
    if (!s)
        return code;
    const Result<QJsonObject> scores = s->instrument->score(s->answers);
    if (!scores)
        return report(scores.failure());
    return print(QJsonDocument(*scores));
}

int CliApplication::record(const QStringList &args)
{
    int code = Success;
    ArgumentError error;
    std::optional<CommandOptions> o = CommandOptions::parse(QStringLiteral("record"), args,
                                                            {{QStringLiteral("stay"), true},
                                                             {QStringLiteral("performed-at"), false},
                                                             {QStringLiteral("by"), false},
                                                             {QStringLiteral("remarks"), false}},
                                                            error, {kInstrument, kJson});
    if (!o)
        return refuse(error);
    TestResult r;
    r.stayId = StayId(o->integer(QStringLiteral("stay"), 1, std::numeric_limits<qint64>::max()).value_or(0));
    r.performedAt = m_clock.now();
    r.performedAt.setTime(QTime(r.performedAt.time().hour(), r.performedAt.time().minute()));
    if (o->has(QStringLiteral("performed-at")))
        r.performedAt = o->dateTime(QStringLiteral("performed-at")).value_or(QDateTime());
    r.enteredBy = o->has(QStringLiteral("by")) ? o->text(QStringLiteral("by")) : systemUserName();
    r.remarks = o->text(QStringLiteral("remarks"));
    if (o->error())
        return refuse(*o->error());
    if (!store())
        return report(*m_storeFailure);
    const std::optional<Scoring> s = readScoring(m_store->instruments(), *o, code);
    if (!s)
        return code;
    r.instrument = s->instrument->id();
    r.answers = s->answers;
    const Result<TestResult> recorded = m_store->results().record(r);
    if (!recorded)
        return report(recorded.failure());
    // record() returns once the transaction is committed (synchronous=FULL): durable.
    QJsonObject out = recorded->scores;
    out.insert(QStringLiteral("id"), recorded->id.value);
    return print(QJsonDocument(out));
}

int CliApplication::results(const QStringList &args)
{
    ArgumentError error;
    std::optional<CommandOptions> o =
        CommandOptions::parse(QStringLiteral("results"), args, {{QStringLiteral("stay"), true}}, error);
    if (!o)
        return refuse(error);
    const StayId stay(o->integer(QStringLiteral("stay"), 1, std::numeric_limits<qint64>::max()).value_or(0));
    if (o->error())
        return refuse(*o->error());
    if (!store())
        return report(*m_storeFailure);
    if (const Result<Stay> found = m_store->stays().find(stay); !found)
        return report(found.failure());
    const Result<QList<TestResult>> current = m_store->results().current(stay);
    if (!current)
        return report(current.failure());
    QJsonArray array;
    for (const TestResult &r : *current)
        array.append(resultObject(r));
    return print(QJsonDocument(array));
}

QString CliApplication::systemUserName()
{
    for (const char *variable : {"SMRDESK_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("smrdesk-cli");
}

} // namespace smr::cli
