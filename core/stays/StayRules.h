#pragma once

#include "core/common/Result.h"
#include "core/patients/Patient.h"
#include "core/stays/Stay.h"

#include <QCoreApplication>
#include <QDate>

namespace smr {

// The rules of a stay's dates and fields that need no database; StayService adds the unit
// list, the patient's other stays and the status transitions.
class StayRules
{
    Q_DECLARE_TR_FUNCTIONS(StayRules)

public:
    static inline const QString StayField = QStringLiteral("stay");
    static inline const QString PatientField = QStringLiteral("patient");
    static inline const QString UnitField = QStringLiteral("unit");
    static inline const QString ModeField = QStringLiteral("mode");
    static inline const QString AdmissionDate = QStringLiteral("admission_date");
    static inline const QString PlannedDischargeDate = QStringLiteral("planned_discharge_date");
    static inline const QString DischargeDate = QStringLiteral("discharge_date");
    static inline const QString ProgrammeField = QStringLiteral("programme");
    static inline const QString ReferrerName = QStringLiteral("referrer_name");
    static inline const QString CancellationReason = QStringLiteral("cancellation_reason");

    static constexpr int MaxTextLength = 200;
    static constexpr int MaxDaysAhead = 365;

    static Stay normalized(Stay stay);
    // Dates (admission, planned discharge) and free-text lengths, for a stay of `patient`.
    static QList<FieldError> check(const Stay &stay, const Patient &patient, const QDate &today);
    // The date a stay in progress is closed on.
    static std::optional<FieldError> checkDischarge(const Stay &stay, const QDate &discharge, const QDate &today);
};

} // namespace smr
