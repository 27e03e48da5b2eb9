#pragma once

#include "core/audit/AuditEntry.h"

#include <QList>
#include <QStringList>

namespace smr {

class Database;

// Appends to and reads the audit trail. There is deliberately no update and no delete.
// Throws StorageError.
class AuditRepository
{
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    // Appends one line and returns its id.
    qint64 append(const AuditEntry &entry);
    QList<AuditEntry> find(const AuditFilter &filter);
    // Everyone who appears in the trail, for the viewer's filter.
    QStringList actors();
    // The newest line's id (0 for an empty trail).
    qint64 lastId();
    // At most `limit` lines after `afterId`, oldest first, with what they are about (id, entity,
    // entity id, patient, action) but not the values: what the ChangeWatcher reports.
    QList<AuditEntry> linesAfter(qint64 afterId, int limit);

private:
    Database &m_db;
};

} // namespace smr
