#include "core/backup/DurableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace smr::durable {

QString partialName(const QString &target, const QString &tag)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2-%3")
                                           .arg(info.fileName(), tag)
                                           .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
}

namespace {
bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
} // namespace

bool syncFile(const QString &path)
{
    return syncPath(path, O_RDONLY);
}

bool syncFolder(const QString &folder)
{
    return syncPath(folder, O_RDONLY | O_DIRECTORY);
}

Publish publishWithoutReplacing(const QString &partial, const QString &target)
{
    const QByteArray from = QFile::encodeName(partial);
    const QByteArray to = QFile::encodeName(target);
    if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
    } else if (errno == EEXIST) {
        return Publish::Exists;
    } else {
        // No hard links here (some network or FAT file systems): check, then rename.
        if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
            return Publish::Exists;
        if (::rename(from.constData(), to.constData()) != 0)
            return Publish::Failed;
    }
    syncFolder(QFileInfo(target).absolutePath());
    return Publish::Done;
}

bool publishReplacing(const QString &partial, const QString &target)
{
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0)
        return false;
    syncFolder(QFileInfo(target).absolutePath());
    return true;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

Status publishBackup(const QString &partial, const QString &target)
{
    if (!syncFile(partial)) {
        QFile::remove(partial);
        return Failure::storage(
            QCoreApplication::translate("BackupService", "The backup %1 could not be written to the disk.")
                .arg(nativePath(target)));
    }
    switch (publishWithoutReplacing(partial, target)) {
    case Publish::Done:
        return Done{};
    case Publish::Exists:
        QFile::remove(partial);
        return Failure::invalid(QStringLiteral("file"),
                                QCoreApplication::translate("BackupService",
                                                            "%1 already exists; a backup never replaces a file: choose "
                                                            "another name, or move the old file away first.")
                                    .arg(nativePath(target)));
    case Publish::Failed:
        break;
    }
    QFile::remove(partial);
    return Failure::storage(
        QCoreApplication::translate("BackupService", "The backup could not be named %1.").arg(nativePath(target)));
}

} // namespace smr::durable
