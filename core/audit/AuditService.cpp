#include "core/audit/AuditService.h"

#include "core/access/Session.h"
#include "core/audit/AuditRepository.h"
#include "core/audit/Writer.h"

namespace smr {

Result<QList<AuditEntry>> AuditService::find(const AuditFilter &filter)
{
    if (Status allowed = m_session.require(Right::ViewAudit); !allowed)
        return allowed.failure();
    return m_writer.read([&]() -> Result<QList<AuditEntry>> { return m_audit.find(filter); });
}

Result<QStringList> AuditService::actors()
{
    if (Status allowed = m_session.require(Right::ViewAudit); !allowed)
        return allowed.failure();
    return m_writer.read([&]() -> Result<QStringList> { return m_audit.actors(); });
}

} // namespace smr
