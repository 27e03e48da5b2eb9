#include "core/oncall/OnCallNotes.h"

#include "core/common/JsonValues.h"

namespace smr::snapshot {

QJsonObject of(const OnCallNotes &n)
{
    using json::textOrNull;
    return {{QStringLiteral("stay_id"), n.stay.value},
            {QStringLiteral("medical_issues"), textOrNull(n.medicalIssues)},
            {QStringLiteral("treatments"), textOrNull(n.treatments)},
            {QStringLiteral("instructions"), textOrNull(n.instructions)},
            {QStringLiteral("version"), n.version},
            {QStringLiteral("updated_by"), textOrNull(n.updatedBy)}};
}

} // namespace smr::snapshot
