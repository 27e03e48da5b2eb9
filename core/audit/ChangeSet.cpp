#include "core/audit/ChangeSet.h"

#include <algorithm>

namespace smr {

bool ChangeSet::touches(const QString &entity) const
{
    return everything ||
           std::any_of(entries.cbegin(), entries.cend(), [&](const Entry &e) { return e.entity == entity; });
}

bool ChangeSet::touchesPatient(PatientId patient) const
{
    return everything ||
           std::any_of(entries.cbegin(), entries.cend(), [&](const Entry &e) { return e.patient == patient; });
}

QList<PatientId> ChangeSet::patients() const
{
    QList<PatientId> out;
    for (const Entry &e : entries) {
        if (e.patient.isValid() && !out.contains(e.patient))
            out << e.patient;
    }
    return out;
}

} // namespace smr
