// smrdesk_test_writer DB PREFIX [COUNT]: creates patients one after the other through the real
// Store and PatientService (one write transaction and its audit line each), and after each
// commit prints "<id> <ipp>" on stdout and flushes it: a printed line is an acknowledged write.
// It prints "ready" first, once the database is open.
// DB is an SQLite file or a postgresql:// URL. The crash tests kill it at random moments.

#include "core/Store.h"
#include "core/common/Clock.h"
#include "support/WriterPatients.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: smrdesk_test_writer DB PREFIX [COUNT]\n");
        return 2;
    }
    const QString db = args.at(1);
    const QString prefix = args.at(2);
    const int count = args.size() > 3 ? args.at(3).toInt() : 0;

    smr::DatabaseAddress address = smr::DatabaseAddress::sqlite(db);
    if (db.startsWith(QLatin1String("postgresql://"))) {
        const smr::Result<smr::DatabaseAddress> url = smr::DatabaseAddress::fromUrl(db);
        if (!url) {
            std::fprintf(stderr, "%s\n", qPrintable(url.failure().text()));
            return 2;
        }
        address = *url;
    }
    smr::FixedClock clock(QDate(2026, 11, 22));
    smr::Result<std::unique_ptr<smr::Store>> opened = smr::Store::open(address, clock, QString());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.failure().text()));
        return 1;
    }
    smr::Store &store = *opened.value();
    store.session().signIn(smr::Actor::local(QStringLiteral("writer")));
    std::printf("ready\n");
    std::fflush(stdout);
    for (int n = 1; count == 0 || n <= count; ++n) {
        const smr::Result<smr::PatientId> id = store.patients().create(smr::test::writerPatient(prefix, n));
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.failure().text()));
            return 1;
        }
        std::printf("%lld %s\n", static_cast<long long>(id->value), qPrintable(smr::test::writerIpp(prefix, n)));
        std::fflush(stdout);
    }
    return 0;
}
