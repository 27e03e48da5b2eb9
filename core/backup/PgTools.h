#pragma once

#include "core/common/Result.h"
#include "core/storage/DatabaseAddress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace smr {

// PostgreSQL's own client programs (pg_dump, pg_restore, psql, from the package
// postgresql-client), run as child processes. Found in SMRDESK_PG_BINDIR when it is set (to
// choose the client version that matches the server), else on PATH, else in
// /usr/lib/postgresql/<newest>/bin. The password goes to the child in PGPASSWORD, never on its
// command line; the programs never prompt (-w): a missing password comes back as a Failure of
// kind Authentication for the caller to ask for it.
class PgTools
{
    Q_DECLARE_TR_FUNCTIONS(PgTools)

public:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    // The program's path, or a Failure naming the package to install.
    static Result<QString> find(const QString &program);

    // -h HOST -p PORT [-U USER] for `address` (the database name is the caller's: its option
    // differs between the programs).
    static QStringList connectionArguments(const DatabaseAddress &address);

    // Runs `program` with `arguments` and waits for it; stdout is kept unless `discardOutput`.
    static Run run(const QString &program, const QStringList &arguments, const QString &password,
                   bool discardOutput = false);

    // The Failure for a program that exited with an error (Authentication when the server
    // wanted a password).
    static Failure failure(const QString &what, const DatabaseAddress &address, const Run &run);
};

} // namespace smr
