#include "core/access/Rights.h"

namespace smr {

QList<Right> rightsOf(Role role)
{
    switch (role) {
    case Role::Physician:
        return {Right::ManageIdentities, Right::ManageStays,     Right::RecordTests,    Right::WriteNotes,
                Right::WriteAssessments, Right::SignAssessments, Right::ManageMeetings, Right::CloseMeetings,
                Right::ViewAudit,        Right::WriteDocuments,  Right::SignDocuments,  Right::ExportResults};
    case Role::Physiotherapist:
    case Role::OccupationalTherapist:
    case Role::AdaptedPhysicalActivity:
    case Role::Psychomotricist:
        return {Right::RecordTests, Right::WriteNotes};
    case Role::Nurse:
    case Role::Psychologist:
    case Role::SocialWorker:
        return {Right::WriteNotes};
    case Role::Secretary:
        return {Right::ManageIdentities, Right::ManageStays, Right::ManageMeetings, Right::WriteDocuments,
                Right::ManageLetterhead};
    case Role::Administrator:
        return {Right::ManageUsers, Right::ManageUnits,    Right::ViewAudit,
                Right::LoadDemo,    Right::RestoreBackups, Right::ManageLetterhead};
    }
    return {};
}

} // namespace smr
