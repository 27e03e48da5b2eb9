#pragma once

#include <QSqlError>
#include <QString>

#include <stdexcept>

namespace smr {

// Thrown by repositories when the database cannot be read or written. Services catch it at
// their boundary and return a Failure, so it never crosses into the user interface (views that
// read a repository directly show message()).
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message);
    StorageError(const QString &what, const QSqlError &error);

    // The connection to the server broke (Database tells it apart from a refused statement):
    // `message` is a sentence for the user, `detail` what the driver said. `outcomeUnknown`
    // when it broke during COMMIT: the server may have committed or not.
    static StorageError connectionLost(const QString &message, const QString &detail, bool outcomeUnknown = false);

    const QString &message() const { return m_message; }
    bool isConnectionLost() const { return m_connectionLost; }
    bool isOutcomeUnknown() const { return m_outcomeUnknown; }
    const QString &detail() const { return m_detail; }

private:
    QString m_message;
    QString m_detail;
    bool m_connectionLost = false;
    bool m_outcomeUnknown = false;
};

} // namespace smr
