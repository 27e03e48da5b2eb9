#include "core/storage/StorageError.h"

namespace smr {

StorageError::StorageError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}

StorageError::StorageError(const QString &what, const QSqlError &error)
    : StorageError(what + QStringLiteral(": ") + error.text())
{
}

} // namespace smr
