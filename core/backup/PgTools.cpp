#include "core/backup/PgTools.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QVersionNumber>

#include <algorithm>

namespace smr {

Result<QString> PgTools::find(const QString &program)
{
    const QString chosen = qEnvironmentVariable("SMRDESK_PG_BINDIR");
    if (!chosen.isEmpty()) {
        const QString path = QStandardPaths::findExecutable(program, {chosen});
        if (path.isEmpty())
            return Failure::storage(tr("%1 was not found in %2 (SMRDESK_PG_BINDIR): install the package "
                                       "postgresql-client, or point SMRDESK_PG_BINDIR to its programs.")
                                        .arg(program, QDir::toNativeSeparators(chosen)));
        return path;
    }
    if (const QString path = QStandardPaths::findExecutable(program); !path.isEmpty())
        return path;
    // Debian's versioned folders: the newest client reads archives of every older server.
    QStringList folders = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &version : folders) {
        const QString path =
            QStandardPaths::findExecutable(program, {QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version)});
        if (!path.isEmpty())
            return path;
    }
    return Failure::storage(tr("%1 was not found (on PATH or in /usr/lib/postgresql/*/bin): install the package "
                               "postgresql-client.")
                                .arg(program));
}

QStringList PgTools::connectionArguments(const DatabaseAddress &address)
{
    QStringList args{QStringLiteral("-h"), address.host, QStringLiteral("-p"), QString::number(address.port),
                     QStringLiteral("-w")};
    if (!address.user.isEmpty())
        args << QStringLiteral("-U") << address.user;
    return args;
}

PgTools::Run PgTools::run(const QString &program, const QStringList &arguments, const QString &password,
                          bool discardOutput)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    // Messages in the language of the tool's users would not match the checks below.
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    if (discardOutput)
        process.setStandardOutputFile(QProcess::nullDevice());
    Run r;
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        r.err = process.errorString();
        return r;
    }
    // QProcess empties the pipes into its buffers while it waits: a full pipe never blocks.
    process.waitForFinished(-1);
    if (!discardOutput)
        r.out = process.readAllStandardOutput();
    r.err = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return r;
}

Failure PgTools::failure(const QString &what, const DatabaseAddress &address, const Run &run)
{
    // libpq: "fe_sendauth: no password supplied", "password authentication failed for user".
    if (run.err.contains(QLatin1String("password"), Qt::CaseInsensitive))
        return Failure::authentication(tr("The server %1 asks for a password: %2").arg(address.display(), run.err));
    return Failure::storage(tr("%1 failed: %2").arg(what, run.err.isEmpty() ? tr("no message") : run.err));
}

} // namespace smr
