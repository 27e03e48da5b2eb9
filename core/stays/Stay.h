#pragma once

#include "core/common/CodeTable.h"
#include "core/common/Ids.h"

#include <QDate>
#include <QString>

#include <optional>

namespace smr {

enum class StayMode { FullHospitalisation, DayHospital };
enum class Programme { SpineRestoration, Individual, Education, Other };
enum class ReferrerType { GeneralPractitioner, Rheumatologist, Surgeon, PainCentre, OccupationalPhysician, Other };
enum class StayStatus { PreAdmission, Active, Discharged, Cancelled };

inline constexpr CodeTable<StayMode, 2> kStayModes{
    "StayMode",
    {{
        {StayMode::FullHospitalisation, "HC", QT_TRANSLATE_NOOP("StayMode", "Full hospitalisation (HC)"),
         QT_TRANSLATE_NOOP("StayMode", "HC")},
        {StayMode::DayHospital, "HTP", QT_TRANSLATE_NOOP("StayMode", "Day hospital (HTP)"),
         QT_TRANSLATE_NOOP("StayMode", "HTP")},
    }}};

// Programmes of the regional low-back-pain referential (clinical reference §8).
inline constexpr CodeTable<Programme, 4> kProgrammes{
    "Programme",
    {{
        {Programme::SpineRestoration, "rfr", QT_TRANSLATE_NOOP("Programme", "Functional spine restoration (4 weeks)"),
         QT_TRANSLATE_NOOP("Programme", "Spine restoration")},
        {Programme::Individual, "individual", QT_TRANSLATE_NOOP("Programme", "Individual sessions (4 weeks)"),
         QT_TRANSLATE_NOOP("Programme", "Individual")},
        {Programme::Education, "education", QT_TRANSLATE_NOOP("Programme", "Education and prevention (1 week)"),
         QT_TRANSLATE_NOOP("Programme", "Education")},
        {Programme::Other, "other", QT_TRANSLATE_NOOP("Programme", "Other programme"),
         QT_TRANSLATE_NOOP("Programme", "Other")},
    }}};

inline constexpr CodeTable<ReferrerType, 6> kReferrerTypes{
    "ReferrerType",
    {{
        {ReferrerType::GeneralPractitioner, "gp", QT_TRANSLATE_NOOP("ReferrerType", "General practitioner"),
         QT_TRANSLATE_NOOP("ReferrerType", "GP")},
        {ReferrerType::Rheumatologist, "rheumatologist", QT_TRANSLATE_NOOP("ReferrerType", "Rheumatologist"),
         QT_TRANSLATE_NOOP("ReferrerType", "Rheumatologist")},
        {ReferrerType::Surgeon, "surgeon", QT_TRANSLATE_NOOP("ReferrerType", "Surgeon"),
         QT_TRANSLATE_NOOP("ReferrerType", "Surgeon")},
        {ReferrerType::PainCentre, "pain_centre", QT_TRANSLATE_NOOP("ReferrerType", "Pain centre"),
         QT_TRANSLATE_NOOP("ReferrerType", "Pain centre")},
        {ReferrerType::OccupationalPhysician, "occupational_physician",
         QT_TRANSLATE_NOOP("ReferrerType", "Occupational physician"),
         QT_TRANSLATE_NOOP("ReferrerType", "Occupational physician")},
        {ReferrerType::Other, "other", QT_TRANSLATE_NOOP("ReferrerType", "Other referrer"),
         QT_TRANSLATE_NOOP("ReferrerType", "Other")},
    }}};

inline constexpr CodeTable<StayStatus, 4> kStayStatuses{
    "StayStatus",
    {{
        {StayStatus::PreAdmission, "pre_admission", QT_TRANSLATE_NOOP("StayStatus", "Pre-admission"),
         QT_TRANSLATE_NOOP("StayStatus", "Pre-admission")},
        {StayStatus::Active, "active", QT_TRANSLATE_NOOP("StayStatus", "In progress"),
         QT_TRANSLATE_NOOP("StayStatus", "In progress")},
        {StayStatus::Discharged, "discharged", QT_TRANSLATE_NOOP("StayStatus", "Discharged"),
         QT_TRANSLATE_NOOP("StayStatus", "Discharged")},
        {StayStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("StayStatus", "Cancelled"),
         QT_TRANSLATE_NOOP("StayStatus", "Cancelled")},
    }}};

// A stay (séjour) of a patient in a unit, from pre-admission to discharge.
struct Stay {
    StayId id;
    PatientId patientId;
    QString unitCode;
    StayMode mode = StayMode::FullHospitalisation;
    StayStatus status = StayStatus::Active;
    QDate admissionDate;
    QDate plannedDischargeDate; // invalid when not yet planned
    QDate dischargeDate;        // set when discharged
    std::optional<Programme> programme;
    QString programmeDetail; // what "other" means, or a precision
    std::optional<ReferrerType> referrerType;
    QString referrerName;
    QString coordinatingPhysician;
    QString cancellationReason;
    int version = 0;

    bool isOpen() const { return status == StayStatus::PreAdmission || status == StayStatus::Active; }
};

} // namespace smr
