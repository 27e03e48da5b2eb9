#pragma once

#include "core/audit/AuditEntry.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace smr {

class AuditRepository;
class Session;
class Writer;

// Reading the audit trail, for those whose role gives the right to (physicians,
// administrators, the command-line tool). Nobody writes it except the Writer.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    AuditService(Writer &writer, AuditRepository &audit, Session &session)
        : m_writer(writer), m_audit(audit), m_session(session)
    {
    }

    Result<QList<AuditEntry>> find(const AuditFilter &filter);
    Result<QStringList> actors();

private:
    Writer &m_writer;
    AuditRepository &m_audit;
    Session &m_session;
};

} // namespace smr
