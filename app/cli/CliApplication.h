#pragma once

#include "app/cli/CliArguments.h"
#include "core/common/Result.h"
#include "core/export/ExportScope.h"
#include "core/storage/DatabaseAddress.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace smr {
class Clock;
class Instrument;
class InstrumentCatalog;
class Store;
struct TestResult;
} // namespace smr

namespace smr::cli {

// smrdesk-cli: the command-line contract of issue #2 (see README). Success prints exactly one
// JSON document on stdout and exits 0; refused input prints a message naming the option and
// the allowed values on stderr, writes nothing and exits 2; other failures exit 1.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    enum ExitCode { Success = 0, Failed = 1, Refused = 2 };

    CliApplication(QTextStream &out, QTextStream &err, const Clock &clock);
    ~CliApplication();

    int run(const QStringList &arguments);
    static QString usage();

private:
    int dispatch(const QStringList &words, const QStringList &rest);
    int init(const QStringList &args);
    int patientAdd(const QStringList &args);
    int patientList(const QStringList &args);
    int stayOpen(const QStringList &args);
    int stayClose(const QStringList &args);
    int demo(const QStringList &args);
    int score(const QStringList &args);
    int record(const QStringList &args);
    int results(const QStringList &args);
    int audit(const QStringList &args);
    int userAdd(const QStringList &args);
    int userList(const QStringList &args);
    int userPassword(const QStringList &args);
    int backup(const QStringList &args);
    int check(const QStringList &args);
    int restore(const QStringList &args);
    int exportResults(const QStringList &args);
    // The one scope of `export` (--stay, --patient, or --unit with --from and --to), or the exit
    // code of its refusal.
    std::optional<ExportScope> readExportScope(CommandOptions &options, int &exitCode);
    // Runs `attempt` with the password known so far, and once more with a typed one when the
    // server asks for it (backup, check and restore work without a Store).
    template <typename Attempt> auto withPassword(Attempt attempt) -> decltype(attempt(QString()));
    std::optional<QString> newPassword(const QString &username, int &exitCode);

    // The instrument named on the command line and its answers, or the exit code of a refusal.
    struct Scoring {
        const Instrument *instrument = nullptr;
        QJsonObject answers;
    };
    std::optional<Scoring> readScoring(const InstrumentCatalog &catalog, const CommandOptions &options, int &exitCode);
    static QJsonObject resultObject(const TestResult &result);
    // Who enters results from the command line: SMRDESK_USER, else the login name.
    static QString systemUserName();

    Store *store();
    static DatabaseAddress defaultAddress();
    int print(const QJsonDocument &document);
    int refuse(const ArgumentError &error);
    int report(const Failure &failure);
    std::optional<CommandOptions> options(const QString &command, const QStringList &args,
                                          const QList<CommandOptions::Spec> &specs, int &exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
    DatabaseAddress m_address;
    std::unique_ptr<Store> m_store;
    std::optional<Failure> m_storeFailure;
    QString m_password; // typed once, for a server that asked
};

} // namespace smr::cli
