#pragma once

#include "core/backup/CheckReport.h"
#include "core/common/Result.h"
#include "core/storage/DatabaseAddress.h"

#include <QDateTime>
#include <QStringList>

namespace smr {

// The desktop application's own backups of its local database: one file per backup, named by
// its date (smrdesk-2026-11-22-183005.sqlite), the newest `keep` kept. The copy itself is
// BackupService's (consistent while others write, checked before it is named).
class BackupFolder
{
public:
    static constexpr int DefaultKeep = 10;

    explicit BackupFolder(QString dir);
    // <data folder>/smrdesk/backups, beside the default database.
    static QString defaultDir();

    const QString &dir() const { return m_dir; }
    // The backups, newest first.
    QStringList files() const;
    // Backs up the database at `address` into a new file named after `now`, then removes the
    // oldest backups beyond `keep`.
    Result<BackupReport> save(const DatabaseAddress &address, const QDateTime &now, int keep = DefaultKeep);

private:
    QString m_dir;
};

} // namespace smr
