#pragma once

#include "core/audit/AuditEntry.h"

#include <QCoreApplication>
#include <QStringList>

namespace smr::ui {

// How an audit entry reads: "Stay — discharge", the fields that changed with their values
// before and after, in the user's language.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    static QString what(const AuditEntry &entry);
    // One line per field that differs: "Weight (kg): 70 → 71,5" (every field of a creation).
    static QStringList changes(const AuditEntry &entry);
    static QString fieldLabel(const QString &key);
    static QString value(const QJsonValue &value);
    // 22/11/2026 10:45:12, local time.
    static QString when(const AuditEntry &entry);
};

} // namespace smr::ui
