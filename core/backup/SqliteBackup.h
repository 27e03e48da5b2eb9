#pragma once

#include "core/backup/CheckReport.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace smr {

// Checks, backups and restores of SQLite files (BackupService chooses the engine).
class SqliteBackup
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBackup)

public:
    enum class Depth {
        Quick, // what it is, its schema version and its rows
        Full,  // and SQLite's integrity and foreign-key checks, every page read
    };

    // Reads the file at `path` without writing anything to it (see SqliteConnection::openReadOnly).
    static CheckReport inspect(const QString &path, Depth depth = Depth::Full);

    // A consistent copy (VACUUM INTO) of the database at `source` into `file`, taken while other
    // connections keep writing, then checked. `file` must not exist.
    static Result<BackupReport> backup(const QString &source, const QString &file);

    // Replaces the database at `target` by the backup `file` (already checked by the caller).
    // `targetReport` is what a quick inspection of the target found.
    static Status restore(const QString &file, const QString &target, const CheckReport &targetReport);

private:
    static CheckReport inspectOnce(const QString &path, Depth depth, bool allowImmutable);
    static Status copyPages(const QString &file, const QString &target);
    static Status replaceFile(const QString &file, const QString &target);
};

} // namespace smr
