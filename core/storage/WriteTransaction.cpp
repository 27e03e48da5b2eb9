#include "core/storage/WriteTransaction.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace smr {

WriteTransaction::WriteTransaction(Database &db) : m_db(db)
{
    if (m_db.m_transactionDepth == 0) {
        m_db.execute(m_db.dialect().beginWrite());
        m_db.m_rollbackOnly = false;
        m_outermost = true;
    }
    ++m_db.m_transactionDepth;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done) {
        --m_db.m_transactionDepth;
        if (m_outermost) {
            // A broken connection has nothing to roll back: the server ends the transaction.
            if (m_db.isConnected()) {
                QSqlQuery q(m_db.connection());
                q.exec(QStringLiteral("ROLLBACK"));
            }
        } else {
            m_db.m_rollbackOnly = true;
        }
    }
}

void WriteTransaction::commit()
{
    if (m_done)
        return;
    m_done = true;
    --m_db.m_transactionDepth;
    if (!m_outermost)
        return;
    if (m_db.m_rollbackOnly) {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("ROLLBACK"));
        throw StorageError(Database::tr("A nested write failed; nothing was saved."));
    }
    if (!m_db.isConnected())
        throw m_db.failure(QString(), QSqlError());
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = q.lastError();
        StorageError failure = m_db.failure(Database::tr("The changes could not be saved"), error);
        if (failure.isConnectionLost()) {
            // The COMMIT may have reached the server before the connection broke: whether the
            // transaction was committed cannot be known from here.
            throw StorageError::connectionLost(failure.message(), failure.detail(), true);
        }
        QSqlQuery rollback(m_db.connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
        throw failure;
    }
}

} // namespace smr
