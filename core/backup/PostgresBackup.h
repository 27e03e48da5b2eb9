#pragma once

#include "core/backup/CheckReport.h"
#include "core/common/Result.h"
#include "core/storage/DatabaseAddress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace smr {

// Checks, backups and restores of an SMR Desk database on a PostgreSQL server: one schema (the
// URL's ?schema=, else the server's default one), dumped with pg_dump -Fc and restored with
// pg_restore and psql in one transaction (see PgTools for how the programs are found and given
// the password).
class PostgresBackup
{
    Q_DECLARE_TR_FUNCTIONS(PostgresBackup)

public:
    // Reads the schema at `address` without writing anything. Fails only when the server cannot
    // be reached or refuses the connection (Authentication when it wants a password).
    static Result<CheckReport> inspect(const DatabaseAddress &address, const QString &password, bool full);

    static Result<BackupReport> backup(const DatabaseAddress &address, const QString &file, const QString &password);

    // What a backup file holds, read before anything is changed.
    struct Archive {
        QString schema;  // the schema it was taken from
        int version = 0; // its schema version
        QStringList toc; // its table of contents (pg_restore -l)
    };
    // Refuses (Invalid) a file that is not an SMR Desk backup made on PostgreSQL, or is newer.
    static Result<Archive> readArchive(const QString &file);

    // Replaces the content of the target's schema by the archive's, in one transaction: on any
    // error nothing changes. The archive may come from another schema or server.
    static Status restore(const Archive &archive, const QString &file, const DatabaseAddress &target,
                          const CheckReport &targetReport, const QString &password);

private:
    static QString emptySchema(const QString &schema);
    static QString moveSchemaContents(const QString &from, const QString &to);
};

} // namespace smr
