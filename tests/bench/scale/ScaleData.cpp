#include "scale/ScaleData.h"

#include "core/census/CensusRepository.h"
#include "core/demo/DemoResultGenerator.h"
#include "core/documents/DocumentService.h"
#include "core/patients/PatientService.h"
#include "core/results/ResultService.h"
#include "core/stays/StayService.h"
#include "core/storage/Sql.h"
#include "core/users/UserService.h"
#include "support/LetterStay.h"
#include "support/Need.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <stdexcept>

namespace smr::scale {

namespace {

const QString kDossierIpp = QStringLiteral("BANC-20-1000");
constexpr int kDossierStays = 20;
constexpr int kDossierResults = 1000;

using test::need;

// smrdesk-cli demo, as a site would run it; returns its duration in seconds.
double loadDemo(const ScaleOptions &options)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(options.database + suffix);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SMRDESK_TODAY"), kToday.toString(Qt::ISODate));
    cli.setProcessEnvironment(env);
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    cli.start(options.cli,
              {QStringLiteral("--db"), options.database, QStringLiteral("demo"), QStringLiteral("--patients"),
               QString::number(options.patients), QStringLiteral("--history")});
    if (!cli.waitForFinished(-1) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
        throw std::runtime_error("smrdesk-cli demo failed: " + cli.readAllStandardOutput().toStdString());
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::fprintf(stderr, "demo: %s in %.1f s\n", cli.readAllStandardOutput().trimmed().constData(), seconds);
    return seconds;
}

// A patient followed for ten years: 19 stays of twelve weeks in neurology (Berg and TUG twice a
// week, the walk at admission and discharge), then the stay in progress in the locomotor unit
// (Oswestry and Dallas weekly, the walk twice a week), each with the demonstration's follow-up
// recorded and scored by the ResultService; 1,000 results in all.
void addDossier(Store &store, ScaleData &data)
{
    Patient p;
    p.ipp = kDossierIpp;
    p.birthName = QStringLiteral("Delorme");
    p.firstNames = QStringLiteral("Hélène");
    p.birthDate = QDate(1948, 6, 14);
    p.sex = Sex::Female;
    p.heightCm = 161;
    p.weightKg = 64;
    data.dossier = need(store.patients().create(p), "the dossier's patient");
    const Patient patient = need(store.patients().find(data.dossier), "the dossier's patient");
    DemoResultGenerator generator(2026, store.instruments(), kToday);
    int left = kDossierResults;
    const auto record = [&](const Stay &stay, int share) {
        QList<TestResult> results = generator.forStay(stay, patient);
        for (int i = 0; i < share && i < results.size(); ++i) {
            TestResult r = results.at(i);
            r.status = TestResult::Status::Draft;
            r.scores = {};
            need(store.results().record(r), "a result of the dossier");
            --left;
        }
    };
    for (int k = 0; k < kDossierStays; ++k) {
        Stay draft;
        draft.patientId = data.dossier;
        // Neurology for ten years, then the low back: the stay in progress has the walk every
        // week besides its questionnaires, so that its discharge letter carries three charts.
        draft.unitCode = k == kDossierStays - 1 ? QStringLiteral("locomoteur") : QStringLiteral("neurologie");
        draft.mode = StayMode::FullHospitalisation;
        draft.programme = Programme::Individual;
        const bool current = k == kDossierStays - 1;
        // Twelve weeks each (about 52 results), the stay in progress for three months (53 so far).
        draft.admissionDate = current ? kToday.addDays(-89) : kToday.addDays(-3650 + k * 180);
        draft.plannedDischargeDate = draft.admissionDate.addDays(current ? 100 : 83);
        const StayId id = need(store.stays().open(draft), "a stay of the dossier");
        const Stay stay = need(store.stays().find(id), "a stay of the dossier");
        // The same share for every stay; the stay in progress takes what is left.
        record(stay, current ? left : kDossierResults / kDossierStays);
        if (!current)
            need(store.stays().close(id, draft.plannedDischargeDate), "a discharge of the dossier");
        else
            data.dossierStay = id;
    }
    if (left != 0)
        throw std::runtime_error("the dossier did not reach 1,000 results");
}

void addSite(Store &store)
{
    need(store.documents().setLetterhead(test::siteLetterhead()), "the letterhead");
    User u;
    u.username = kUser;
    u.displayName = QStringLiteral("Dr Claire Vernet");
    u.roles = {Role::Physician};
    const User physician = need(store.users().create(u, QStringLiteral("banc d'essai 2026")), "the account");
    store.session().signIn(physician.actor());
    SignatureBlock sig;
    sig.name = u.displayName;
    sig.qualification = QStringLiteral("Médecin MPR");
    sig.rpps = QStringLiteral("10101234567");
    need(store.documents().setSignature(sig), "the signature");
}

qint64 rows(Store &store, const QString &table)
{
    Sql q(store.database(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
    q.exec();
    q.next();
    return q.integer(0);
}

} // namespace

ScaleData prepare(const ScaleOptions &options)
{
    ScaleData data;
    data.clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(10, 0)));
    const bool reuse = options.reuse && QFile::exists(options.database);
    if (!reuse)
        data.demoSeconds = loadDemo(options);
    data.store = need(Store::open(DatabaseAddress::sqlite(options.database), *data.clock, QString()), "the database");
    Store &store = *data.store;
    store.users().setPasswordCost(PasswordHasher::Cost::Minimal);
    store.session().signIn(Actor::local(QStringLiteral("banc")));
    const std::optional<Patient> existing = store.patientRepository().findByIpp(kDossierIpp);
    if (!existing) {
        addSite(store);
        std::fprintf(stderr, "dossier: 20 stays and 1,000 results…\n");
        addDossier(store, data);
    } else {
        data.dossier = existing->id;
        for (const Stay &s : store.stayRepository().forPatient(existing->id)) {
            if (s.isOpen())
                data.dossierStay = s.id;
        }
    }
    for (const User &u : need(store.users().list(), "the accounts")) {
        if (u.username == kUser)
            store.session().signIn(u.actor());
    }
    data.dossierStays = int(store.stayRepository().forPatient(data.dossier).size());
    data.dossierResults = 0;
    for (const Stay &s : store.stayRepository().forPatient(data.dossier))
        data.dossierResults += int(store.resultRepository().current(s.id).size());

    // Berg results are saved in the stay in progress of the first patient of the census.
    CensusFilter census;
    const QList<CensusRow> first = store.census().page(census, std::nullopt, 1);
    if (first.isEmpty() || !first.first().stay)
        throw std::runtime_error("no stay in progress in the census");
    data.bergStay = first.first().stay->id;

    data.counts = {{QStringLiteral("patients"), rows(store, QStringLiteral("patients"))},
                   {QStringLiteral("stays"), rows(store, QStringLiteral("stays"))},
                   {QStringLiteral("results"), rows(store, QStringLiteral("results"))},
                   {QStringLiteral("size_mb"), double(QFileInfo(options.database).size()) / 1e6},
                   {QStringLiteral("reused"), reuse}};
    return data;
}

} // namespace smr::scale
