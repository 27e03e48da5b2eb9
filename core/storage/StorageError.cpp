#include "core/storage/StorageError.h"

namespace smr {

StorageError::StorageError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}

StorageError::StorageError(const QString &what, const QSqlError &error)
    : StorageError(what + QStringLiteral(": ") + error.text())
{
}

StorageError StorageError::connectionLost(const QString &message, const QString &detail, bool outcomeUnknown)
{
    StorageError e(message);
    e.m_detail = detail;
    e.m_connectionLost = true;
    e.m_outcomeUnknown = outcomeUnknown;
    return e;
}

} // namespace smr
