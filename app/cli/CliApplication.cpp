#include "app/cli/CliApplication.h"

#include "app/cli/PasswordPrompt.h"
#include "core/Store.h"
#include "core/common/Dates.h"
#include "core/i18n/Language.h"
#include "core/storage/Locations.h"

#include <QSettings>

#include <QJsonArray>
#include <QJsonObject>

namespace smr::cli {

namespace {

// The option of the command line that carries each field of the core's refusals.
QString optionFor(const QString &field)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("ipp"), QStringLiteral("--ipp")},
        {QStringLiteral("nir"), QStringLiteral("--nir")},
        {QStringLiteral("birth_name"), QStringLiteral("--last-name")},
        {QStringLiteral("first_names"), QStringLiteral("--first-name")},
        {QStringLiteral("birth_date"), QStringLiteral("--birth-date")},
        {QStringLiteral("sex"), QStringLiteral("--sex")},
        {QStringLiteral("height_cm"), QStringLiteral("--height-cm")},
        {QStringLiteral("weight_kg"), QStringLiteral("--weight-kg")},
        {QStringLiteral("patient"), QStringLiteral("--patient")},
        {QStringLiteral("unit"), QStringLiteral("--unit")},
        {QStringLiteral("mode"), QStringLiteral("--mode")},
        {QStringLiteral("admission_date"), QStringLiteral("--admitted")},
        {QStringLiteral("planned_discharge_date"), QStringLiteral("--planned-discharge")},
        {QStringLiteral("discharge_date"), QStringLiteral("--discharged")},
        {QStringLiteral("programme"), QStringLiteral("--programme")},
        {QStringLiteral("stay"), QStringLiteral("--stay")},
        {QStringLiteral("patients"), QStringLiteral("--patients")},
        {QStringLiteral("seed"), QStringLiteral("--seed")},
        {QStringLiteral("performed_at"), QStringLiteral("--performed-at")},
        {QStringLiteral("entered_by"), QStringLiteral("--by")},
        {QStringLiteral("remarks"), QStringLiteral("--remarks")},
        {QStringLiteral("username"), QStringLiteral("--username")},
        {QStringLiteral("display_name"), QStringLiteral("--name")},
        {QStringLiteral("roles"), QStringLiteral("--roles")},
        {QStringLiteral("file"), QStringLiteral("FILE")},
        {QStringLiteral("from"), QStringLiteral("--from")},
        {QStringLiteral("to"), QStringLiteral("--to")},
    };
    return options.value(field);
}

} // namespace

CliApplication::CliApplication(QTextStream &out, QTextStream &err, const Clock &clock)
    : m_out(out), m_err(err), m_clock(clock)
{
}

CliApplication::~CliApplication() = default;

QString CliApplication::usage()
{
    return tr("Usage: smrdesk-cli [--db PATH | --db-url postgresql://user@host:port/dbname] [--lang fr|en] COMMAND "
              "[OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  init\n"
              "  patient add --ipp TEXT --last-name TEXT --first-name TEXT --birth-date YYYY-MM-DD --sex F|M\n"
              "              [--nir 15CHARS] [--height-cm N] [--weight-kg N]\n"
              "  patient list [--search TEXT]\n"
              "  stay open --patient ID --mode HC|HTP --admitted YYYY-MM-DD [--unit TEXT]\n"
              "            [--programme rfr|individual|education|other] [--planned-discharge YYYY-MM-DD]\n"
              "  stay close --stay ID --discharged YYYY-MM-DD\n"
              "  demo --patients N [--seed S] [--history]\n"
              "  score INSTRUMENT JSON\n"
              "  record --stay ID [--performed-at YYYY-MM-DDTHH:MM] [--by NAME] [--remarks TEXT] INSTRUMENT JSON\n"
              "  results --stay ID\n"
              "  audit [--patient ID] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--user NAME]\n"
              "  user add --username LOGIN --name TEXT --roles ROLE[,ROLE...]\n"
              "  user list\n"
              "  user password --username LOGIN\n"
              "  backup FILE\n"
              "  check\n"
              "  restore FILE [--force]\n"
              "  export --format csv|fhir (--stay ID | --patient ID | --unit CODE --from YYYY-MM-DD --to YYYY-MM-DD)\n"
              "         [--bom]\n"
              "\n"
              "Instruments: tug, 6mwt, berg, dallas, odi, startback. JSON holds the answers, for example\n"
              "  '{\"seconds\": 12.4}' (tug) or '{\"items\": [4, 4, 3, 4, 4, 4, 3, 3, 3, 4, 4, 3, 2, 2]}' (berg).\n"
              "\n"
              "Roles: physician, physiotherapist, occupational_therapist, adapted_physical_activity,\n"
              "  psychomotricist, nurse, psychologist, social_worker, secretary, administrator.\n"
              "A new account's password comes from SMRDESK_NEW_PASSWORD or is typed twice.\n"
              "Writes are recorded in the audit trail as cli:<operating-system user>.\n"
              "\n"
              "demo fills an empty database with made-up patients, stays and results (the stays of the last\n"
              "  year; --history: every stay of ten years, about 20 results a stay, to measure speed at scale).\n"
              "backup copies the database into FILE while others keep working (SQLite: a database file;\n"
              "  PostgreSQL: pg_dump's custom format) and never replaces an existing FILE.\n"
              "check reads the database without changing it: {\"ok\": true, ...} exits 0; a damaged,\n"
              "  foreign or newer database prints {\"ok\": false, \"problem\": ...} and exits 1.\n"
              "restore replaces the database by the backup FILE, once FILE is checked; a database that\n"
              "  holds data is replaced only with --force. PostgreSQL needs the package postgresql-client.\n"
              "export prints the final results of a stay, of a patient (every stay) or of a unit over a period\n"
              "  (both days included) on stdout: CSV (one row per result; --bom starts it with a UTF-8 byte\n"
              "  order mark for spreadsheets) or one FHIR R4 JSON bundle. The columns and codes are in\n"
              "  docs/EXPORT.md.\n"
              "\n"
              "--db defaults to %1; the password of --db-url comes from PGPASSWORD, ~/.pgpass or a prompt.\n"
              "Success prints one JSON document on stdout (export: the CSV or the bundle; exit 0); refused\n"
              "input exits 2 with a message on stderr and writes nothing; other failures exit 1.\n")
        .arg(Locations::defaultDatabase());
}

int CliApplication::run(const QStringList &arguments)
{
    // Global options may stand anywhere; the rest are the command's words and options.
    QStringList words;
    QStringList rest;
    m_address = defaultAddress();
    bool dbGiven = false;
    bool urlGiven = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            m_out << usage();
            m_out.flush();
            return Success;
        }
        if (a == QLatin1String("--version")) {
            m_out << QStringLiteral("smrdesk-cli %1\n").arg(QStringLiteral(SMRDESK_VERSION));
            m_out.flush();
            return Success;
        }
        if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            if (a == QLatin1String("--db") && i + 1 >= arguments.size())
                return refuse({QStringLiteral("--db"), tr("A path is expected after --db.")});
            m_address = DatabaseAddress::sqlite(a == QLatin1String("--db") ? arguments.at(++i) : a.mid(5));
            dbGiven = true;
            continue;
        }
        if (a == QLatin1String("--db-url") || a.startsWith(QLatin1String("--db-url="))) {
            if (a == QLatin1String("--db-url") && i + 1 >= arguments.size())
                return refuse({QStringLiteral("--db-url"), tr("An address is expected after --db-url.")});
            const Result<DatabaseAddress> url =
                DatabaseAddress::fromUrl(a == QLatin1String("--db-url") ? arguments.at(++i) : a.mid(9));
            if (!url)
                return refuse({QStringLiteral("--db-url"), url.failure().text()});
            m_address = *url;
            urlGiven = true;
            continue;
        }
        if (a == QLatin1String("--lang") || a.startsWith(QLatin1String("--lang="))) {
            // Already applied by main(); here it is only checked.
            const QString code = a == QLatin1String("--lang") ? arguments.value(++i) : a.mid(7);
            if (!Translations::parse(code))
                return refuse(
                    {QStringLiteral("--lang"), tr("\"%1\" is not allowed; the values are fr, en.").arg(code)});
            continue;
        }
        if (rest.isEmpty() && !a.startsWith(QLatin1String("--")) && words.size() < 2)
            words << a;
        else
            rest << a;
    }
    if (dbGiven && urlGiven)
        return refuse({QStringLiteral("--db-url"), tr("Give either --db (a file) or --db-url (a server), not both.")});
    return dispatch(words, rest);
}

int CliApplication::dispatch(const QStringList &words, const QStringList &rest)
{
    const QString first = words.value(0);
    const QString second = words.value(1);
    QStringList args = rest;
    // A command of one word hands its second word back to its arguments.
    if (!second.isEmpty() && first != QLatin1String("patient") && first != QLatin1String("stay") &&
        first != QLatin1String("user"))
        args.prepend(second);
    if (first == QLatin1String("init"))
        return init(args);
    if (first == QLatin1String("demo"))
        return demo(args);
    if (first == QLatin1String("score"))
        return score(args);
    if (first == QLatin1String("record"))
        return record(args);
    if (first == QLatin1String("results"))
        return results(args);
    if (first == QLatin1String("audit"))
        return audit(args);
    if (first == QLatin1String("backup"))
        return backup(args);
    if (first == QLatin1String("check"))
        return check(args);
    if (first == QLatin1String("restore"))
        return restore(args);
    if (first == QLatin1String("export"))
        return exportResults(args);
    if (first == QLatin1String("user") && second == QLatin1String("add"))
        return userAdd(args);
    if (first == QLatin1String("user") && second == QLatin1String("list"))
        return userList(args);
    if (first == QLatin1String("user") && second == QLatin1String("password"))
        return userPassword(args);
    if (first == QLatin1String("patient") && second == QLatin1String("add"))
        return patientAdd(args);
    if (first == QLatin1String("patient") && second == QLatin1String("list"))
        return patientList(args);
    if (first == QLatin1String("stay") && second == QLatin1String("open"))
        return stayOpen(args);
    if (first == QLatin1String("stay") && second == QLatin1String("close"))
        return stayClose(args);

    const QString given = words.join(QLatin1Char(' '));
    const QString commands =
        QStringLiteral("init, patient add, patient list, stay open, stay close, demo, score, record, results, audit, "
                       "user add, user list, user password, backup, check, restore, export");
    const QString message = given.isEmpty() ? tr("A command is required; the commands are %1.").arg(commands)
                                            : tr("Unknown command \"%1\"; the commands are %2.").arg(given, commands);
    m_err << QStringLiteral("smrdesk-cli: ") << message << QLatin1Char('\n') << usage();
    m_err.flush();
    return Refused;
}

DatabaseAddress CliApplication::defaultAddress()
{
    // The application's own choice: the server set in the settings, else the local file.
    const QString url =
        QSettings(Locations::settingsFile(), QSettings::IniFormat).value(QStringLiteral("database/url")).toString();
    if (!url.isEmpty()) {
        if (const Result<DatabaseAddress> address = DatabaseAddress::fromUrl(url))
            return *address;
    }
    return DatabaseAddress::sqlite(Locations::defaultDatabase());
}

Store *CliApplication::store()
{
    if (!m_store && !m_storeFailure) {
        Result<std::unique_ptr<Store>> opened = Store::open(m_address, m_clock);
        // The server wants a password that PGPASSWORD and ~/.pgpass did not give: ask, once.
        if (!opened && opened.failure().kind() == Failure::Kind::Authentication) {
            if (const std::optional<QString> password =
                    readPassword(tr("Password for %1: ").arg(m_address.display()), m_err))
                opened = Store::open(m_address, m_clock, InstrumentCatalog::defaultSiteFolder(), *password);
        }
        if (opened) {
            m_store = std::move(opened).value();
            // The local administrator's tool: every right, and its writes signed "cli:<user>".
            m_store->session().signIn(Actor::local(Actor::operatingSystemUser()));
        } else
            m_storeFailure = opened.failure();
    }
    return m_store.get();
}

int CliApplication::print(const QJsonDocument &document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Compact)) << QLatin1Char('\n');
    m_out.flush();
    return Success;
}

int CliApplication::refuse(const ArgumentError &error)
{
    m_err << QStringLiteral("smrdesk-cli: ");
    if (!error.option.isEmpty())
        m_err << error.option << QStringLiteral(": ");
    m_err << error.message << QLatin1Char('\n');
    m_err.flush();
    return Refused;
}

int CliApplication::report(const Failure &failure)
{
    if (!failure.fields().isEmpty()) {
        for (const FieldError &e : failure.fields()) {
            m_err << QStringLiteral("smrdesk-cli: ");
            if (const QString option = optionFor(e.field); !option.isEmpty())
                m_err << option << QStringLiteral(": ");
            m_err << e.message << QLatin1Char('\n');
        }
    } else {
        m_err << QStringLiteral("smrdesk-cli: ") << failure.text() << QLatin1Char('\n');
    }
    m_err.flush();
    return failure.isRefusal() ? Refused : Failed;
}

std::optional<CommandOptions> CliApplication::options(const QString &command, const QStringList &args,
                                                      const QList<CommandOptions::Spec> &specs, int &exitCode)
{
    ArgumentError error;
    std::optional<CommandOptions> parsed = CommandOptions::parse(command, args, specs, error);
    if (!parsed)
        exitCode = refuse(error);
    return parsed;
}

int CliApplication::init(const QStringList &args)
{
    int code = Success;
    if (!options(QStringLiteral("init"), args, {}, code))
        return code;
    if (!store())
        return report(*m_storeFailure);
    return print(QJsonDocument(QJsonObject{{QStringLiteral("schema_version"), m_store->schemaVersion()}}));
}

int CliApplication::patientAdd(const QStringList &args)
{
    int code = Success;
    std::optional<CommandOptions> o = options(QStringLiteral("patient add"), args,
                                              {{QStringLiteral("ipp"), true},
                                               {QStringLiteral("last-name"), true},
                                               {QStringLiteral("first-name"), true},
                                               {QStringLiteral("birth-date"), true},
                                               {QStringLiteral("sex"), true},
                                               {QStringLiteral("nir"), false},
                                               {QStringLiteral("height-cm"), false},
                                               {QStringLiteral("weight-kg"), false}},
                                              code);
    if (!o)
        return code;
    Patient p;
    p.ipp = o->text(QStringLiteral("ipp"));
    p.birthName = o->text(QStringLiteral("last-name"));
    p.firstNames = o->text(QStringLiteral("first-name"));
    p.nir = o->text(QStringLiteral("nir"));
    p.birthDate = o->date(QStringLiteral("birth-date")).value_or(QDate());
    p.sex = o->code(QStringLiteral("sex"), kSexes).value_or(Sex::Female);
    if (o->has(QStringLiteral("height-cm")))
        p.heightCm = o->decimal(QStringLiteral("height-cm"));
    if (o->has(QStringLiteral("weight-kg")))
        p.weightKg = o->decimal(QStringLiteral("weight-kg"));
    if (o->error())
        return refuse(*o->error());
    if (!store())
        return report(*m_storeFailure);
    const Result<PatientId> id = m_store->patients().create(p);
    if (!id)
        return report(id.failure());
    return print(QJsonDocument(QJsonObject{{QStringLiteral("id"), id->value}}));
}

int CliApplication::patientList(const QStringList &args)
{
    int code = Success;
    std::optional<CommandOptions> o =
        options(QStringLiteral("patient list"), args, {{QStringLiteral("search"), false}}, code);
    if (!o)
        return code;
    if (!store())
        return report(*m_storeFailure);
    const Result<QList<Patient>> patients = m_store->patients().search(o->text(QStringLiteral("search")));
    if (!patients)
        return report(patients.failure());
    QJsonArray array;
    for (const Patient &p : *patients) {
        array.append(QJsonObject{{QStringLiteral("id"), p.id.value},
                                 {QStringLiteral("ipp"), p.ipp},
                                 {QStringLiteral("last_name"), p.birthName},
                                 {QStringLiteral("first_name"), p.firstNames},
                                 {QStringLiteral("birth_date"), dates::toIso(p.birthDate)},
                                 {QStringLiteral("sex"), kSexes.code(p.sex)}});
    }
    return print(QJsonDocument(array));
}

int CliApplication::stayOpen(const QStringList &args)
{
    int code = Success;
    std::optional<CommandOptions> o = options(QStringLiteral("stay open"), args,
                                              {{QStringLiteral("patient"), true},
                                               {QStringLiteral("mode"), true},
                                               {QStringLiteral("admitted"), true},
                                               {QStringLiteral("unit"), false},
                                               {QStringLiteral("programme"), false},
                                               {QStringLiteral("planned-discharge"), false}},
                                              code);
    if (!o)
        return code;
    Stay s;
    s.patientId = PatientId(o->integer(QStringLiteral("patient"), 1, std::numeric_limits<qint64>::max()).value_or(0));
    s.mode = o->code(QStringLiteral("mode"), kStayModes).value_or(StayMode::FullHospitalisation);
    s.admissionDate = o->date(QStringLiteral("admitted")).value_or(QDate());
    if (o->has(QStringLiteral("programme")))
        s.programme = o->code(QStringLiteral("programme"), kProgrammes);
    if (o->has(QStringLiteral("planned-discharge")))
        s.plannedDischargeDate = o->date(QStringLiteral("planned-discharge")).value_or(QDate());
    if (o->error())
        return refuse(*o->error());
    if (!store())
        return report(*m_storeFailure);
    if (o->has(QStringLiteral("unit"))) {
        s.unitCode = o->text(QStringLiteral("unit"));
    } else {
        // Without --unit, the first open unit of the establishment's list.
        const Result<QList<Unit>> units = m_store->units().list();
        if (!units)
            return report(units.failure());
        for (const Unit &u : *units) {
            if (u.active) {
                s.unitCode = u.code;
                break;
            }
        }
    }
    const Result<StayId> id = m_store->stays().open(s);
    if (!id)
        return report(id.failure());
    return print(QJsonDocument(QJsonObject{{QStringLiteral("id"), id->value}}));
}

int CliApplication::stayClose(const QStringList &args)
{
    int code = Success;
    std::optional<CommandOptions> o =
        options(QStringLiteral("stay close"), args,
                {{QStringLiteral("stay"), true}, {QStringLiteral("discharged"), true}}, code);
    if (!o)
        return code;
    const StayId id(o->integer(QStringLiteral("stay"), 1, std::numeric_limits<qint64>::max()).value_or(0));
    const QDate discharged = o->date(QStringLiteral("discharged")).value_or(QDate());
    if (o->error())
        return refuse(*o->error());
    if (!store())
        return report(*m_storeFailure);
    if (const Status closed = m_store->stays().close(id, discharged); !closed)
        return report(closed.failure());
    return print(QJsonDocument(QJsonObject{{QStringLiteral("id"), id.value}}));
}

int CliApplication::demo(const QStringList &args)
{
    int code = Success;
    std::optional<CommandOptions> o = options(
        QStringLiteral("demo"), args,
        {{QStringLiteral("patients"), true}, {QStringLiteral("seed"), false}, {QStringLiteral("history"), false, true}},
        code);
    if (!o)
        return code;
    const qint64 patients = o->integer(QStringLiteral("patients"), 1, DemoService::MaxPatients).value_or(0);
    const quint64 seed = o->has(QStringLiteral("seed")) ? o->unsignedInteger(QStringLiteral("seed")).value_or(0) : 1;
    if (o->error())
        return refuse(*o->error());
    if (!store())
        return report(*m_storeFailure);
    const Result<DemoSummary> summary = m_store->demo().load(
        int(patients), seed, o->has(QStringLiteral("history")) ? DemoResults::EveryStay : DemoResults::RecentStays);
    if (!summary)
        return report(summary.failure());
    return print(QJsonDocument(QJsonObject{{QStringLiteral("patients"), summary->patients},
                                           {QStringLiteral("stays"), summary->stays},
                                           {QStringLiteral("results"), summary->results}}));
}

} // namespace smr::cli
