#pragma once

#include "core/access/Actor.h"
#include "core/backup/CheckReport.h"
#include "core/common/Result.h"
#include "core/storage/DatabaseAddress.h"

#include <QCoreApplication>
#include <QString>

namespace smr {

class Clock;

// Backups, restores and checks of the application's database, on either engine. Every function
// works without a Store (before one is opened, or when the database cannot be opened at all):
// the command-line tool's backup/restore/check, and the desktop application's backup on exit
// and its "restore a backup" when the database is damaged, call the same code.
//
// - inspect never writes (an SQLite file is opened read-only, and "immutable" when nobody has
//   it open, so not even a -wal file appears beside it) and never migrates.
// - backup writes nothing to the database; the copy is consistent while others keep writing,
//   is written under a temporary name, flushed to the disk, then named, and must pass inspect.
// - restore checks the backup before touching the database, refuses to replace a database that
//   holds data unless told to, replaces it in one step (or not at all), brings it to the
//   current schema, and appends a "restore" line to the restored audit trail.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    // Success whatever the database's state (the report says what is wrong); a Failure only
    // when a server cannot be reached (Authentication when it wants a password).
    static Result<CheckReport> inspect(const DatabaseAddress &address, const QString &password = {});

    // Copies the database at `address` into `file` (SQLite: a database file; PostgreSQL:
    // pg_dump's custom format). Refuses (Invalid, field "file") when `file` exists.
    static Result<BackupReport> backup(const DatabaseAddress &address, const QString &file,
                                       const QString &password = {});

    enum class Overwrite {
        KeepData, // refuse (Invalid, field "force") when the database holds data or is not ours
        Replace,  // replace whatever is there
    };
    // Restores the backup `file` into the database at `target`, as `actor`, who needs the right
    // to restore backups (Forbidden otherwise, before anything is read). A backup that is not a
    // sound SMR Desk backup, or is newer than this program, is refused (Invalid, field "file")
    // and nothing is touched.
    static Result<RestoreReport> restore(const QString &file, const DatabaseAddress &target, const Actor &actor,
                                         Overwrite overwrite, const Clock &clock, const QString &password = {});
};

} // namespace smr
