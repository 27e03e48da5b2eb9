#pragma once

#include "core/common/CodeTable.h"

namespace smr {

// What a person does in the unit. A user holds one or more roles; the rights follow from them
// (Rights.h). The therapists' roles are also the disciplines their notes belong to.
enum class Role {
    Physician,
    Physiotherapist,
    OccupationalTherapist,
    AdaptedPhysicalActivity,
    Psychomotricist,
    Nurse,
    Psychologist,
    SocialWorker,
    Secretary,
    Administrator,
};

inline constexpr CodeTable<Role, 10> kRoles{
    "Role",
    {{
        {Role::Physician, "physician", QT_TRANSLATE_NOOP("Role", "Physician"), QT_TRANSLATE_NOOP("Role", "physician")},
        {Role::Physiotherapist, "physiotherapist", QT_TRANSLATE_NOOP("Role", "Physiotherapist"),
         QT_TRANSLATE_NOOP("Role", "physiotherapist")},
        {Role::OccupationalTherapist, "occupational_therapist", QT_TRANSLATE_NOOP("Role", "Occupational therapist"),
         QT_TRANSLATE_NOOP("Role", "occupational therapist")},
        {Role::AdaptedPhysicalActivity, "adapted_physical_activity",
         QT_TRANSLATE_NOOP("Role", "Adapted physical activity instructor"),
         QT_TRANSLATE_NOOP("Role", "adapted physical activity instructor")},
        {Role::Psychomotricist, "psychomotricist", QT_TRANSLATE_NOOP("Role", "Psychomotricist"),
         QT_TRANSLATE_NOOP("Role", "psychomotricist")},
        {Role::Nurse, "nurse", QT_TRANSLATE_NOOP("Role", "Nurse"), QT_TRANSLATE_NOOP("Role", "nurse")},
        {Role::Psychologist, "psychologist", QT_TRANSLATE_NOOP("Role", "Psychologist"),
         QT_TRANSLATE_NOOP("Role", "psychologist")},
        {Role::SocialWorker, "social_worker", QT_TRANSLATE_NOOP("Role", "Social worker"),
         QT_TRANSLATE_NOOP("Role", "social worker")},
        {Role::Secretary, "secretary", QT_TRANSLATE_NOOP("Role", "Medical secretary"),
         QT_TRANSLATE_NOOP("Role", "medical secretary")},
        {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("Role", "Administrator"),
         QT_TRANSLATE_NOOP("Role", "administrator")},
    }}};

} // namespace smr
