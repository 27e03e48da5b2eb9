#pragma once

#include "core/common/Result.h"

#include <QString>

namespace smr::durable {

// Small file operations that make a copy survive a power cut and never leave a half-written
// file under its final name: write beside the target under a temporary name, flush it to the
// disk, then give it its name in one step.

// A name beside `target` for the file being written (".<name>.<tag>-<random>", hidden).
QString partialName(const QString &target, const QString &tag);

// Flushes a file's contents (fsync) or a folder's entries (so that a rename is on the disk).
bool syncFile(const QString &path);
bool syncFolder(const QString &folder);

enum class Publish { Done, Exists, Failed };
// Gives `partial` the name `target` unless `target` exists (hard link, then the partial name is
// removed); falls back to a rename where the file system has no hard links. Syncs the folder.
Publish publishWithoutReplacing(const QString &partial, const QString &target);
// Gives `partial` the name `target`, replacing what was there, in one step (rename). Syncs the
// folder.
bool publishReplacing(const QString &partial, const QString &target);

// The last steps of every backup: flushes `partial`, then names it `target` unless `target`
// exists meanwhile; on failure `partial` is removed and the message names `target`.
Status publishBackup(const QString &partial, const QString &target);

// A path as the user reads it: absolute, with the system's separators.
QString nativePath(const QString &path);

} // namespace smr::durable
