#pragma once

#include <QSqlError>
#include <QString>

#include <stdexcept>

namespace smr {

// Thrown by repositories when the database cannot be read or written. Services catch it at
// their boundary and return Failure::storage, so it never crosses into the user interface.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message);
    StorageError(const QString &what, const QSqlError &error);

    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace smr
