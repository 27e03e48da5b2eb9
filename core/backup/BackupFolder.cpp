#include "core/backup/BackupFolder.h"

#include "core/backup/BackupService.h"

#include <algorithm>
#include <utility>

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace smr {

namespace {
const QString kPattern = QStringLiteral("smrdesk-*.sqlite");
}

BackupFolder::BackupFolder(QString dir) : m_dir(std::move(dir)) {}

QString BackupFolder::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/smrdesk/backups");
}

QStringList BackupFolder::files() const
{
    // By the date in the name (not the file's time, which copies change), then the suffix of
    // backups made within the same second.
    const QDir dir(m_dir);
    QStringList names = dir.entryList({kPattern}, QDir::Files);
    const auto key = [](const QString &name) {
        const QStringList parts = name.chopped(int(qstrlen(".sqlite"))).split(QLatin1Char('-'));
        // smrdesk, yyyy, MM, dd, HHmmss[, n]
        return std::make_pair(parts.mid(1, 4).join(QLatin1Char('-')), parts.size() > 5 ? parts[5].toInt() : 1);
    };
    std::sort(names.begin(), names.end(), [&key](const QString &a, const QString &b) { return key(b) < key(a); });
    for (QString &name : names)
        name = dir.absoluteFilePath(name);
    return names;
}

Result<BackupReport> BackupFolder::save(const DatabaseAddress &address, const QDateTime &now, int keep)
{
    if (!QDir().mkpath(m_dir))
        return Failure::storage(BackupService::tr("The folder %1 could not be created: check its permissions.")
                                    .arg(QDir::toNativeSeparators(m_dir)));
    const QString stamp = now.toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    QString path = QDir(m_dir).absoluteFilePath(QStringLiteral("smrdesk-%1.sqlite").arg(stamp));
    // Two backups within a second (a quick restart): the second gets a suffix, never the first's name.
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(m_dir).absoluteFilePath(QStringLiteral("smrdesk-%1-%2.sqlite").arg(stamp).arg(n));
    Result<BackupReport> saved = BackupService::backup(address, path);
    if (!saved)
        return saved;
    const QStringList all = files();
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i)
        QFile::remove(all[i]);
    return saved;
}

} // namespace smr
