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

    void append(const AuditEntry &entry);
    QList<AuditEntry> find(const AuditFilter &filter);
    // Everyone who appears in the trail, for the viewer's filter.
    QStringList actors();

private:
    Database &m_db;
};

} // namespace smr
