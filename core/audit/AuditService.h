#pragma once

#include "core/audit/AuditEntry.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace smr {

class AuditRepository;
class Session;

// Reading the audit trail, for those whose role gives the right to (physicians,
// administrators, the command-line tool). Nobody writes it except the Writer.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    AuditService(AuditRepository &audit, Session &session) : m_audit(audit), m_session(session) {}

    Result<QList<AuditEntry>> find(const AuditFilter &filter);
    Result<QStringList> actors();

private:
    AuditRepository &m_audit;
    Session &m_session;
};

} // namespace smr
