#include "core/stays/StayRules.h"

#include "core/common/Dates.h"

namespace smr {

Stay StayRules::normalized(Stay s)
{
    s.unitCode = s.unitCode.trimmed().toLower();
    s.programmeDetail = s.programmeDetail.simplified();
    s.referrerName = s.referrerName.simplified();
    s.coordinatingPhysician = s.coordinatingPhysician.simplified();
    s.cancellationReason = s.cancellationReason.trimmed();
    return s;
}

QList<FieldError> StayRules::check(const Stay &s, const Patient &patient, const QDate &today)
{
    QList<FieldError> errors;
    if (!s.admissionDate.isValid()) {
        errors << FieldError{AdmissionDate, tr("The admission date is required.")};
    } else if (patient.birthDate.isValid() && s.admissionDate < patient.birthDate) {
        errors << FieldError{
            AdmissionDate,
            tr("The admission date cannot be before the birth date (%1).").arg(dates::display(patient.birthDate))};
    } else if (s.admissionDate > today.addDays(MaxDaysAhead)) {
        errors << FieldError{AdmissionDate, tr("The admission date cannot be more than a year ahead (after %1).")
                                                .arg(dates::display(today.addDays(MaxDaysAhead)))};
    } else if (s.status == StayStatus::Active && s.admissionDate > today) {
        errors << FieldError{AdmissionDate, tr("A stay in progress cannot have its admission date in the future "
                                               "(today is %1).")
                                                .arg(dates::display(today))};
    }

    if (s.plannedDischargeDate.isValid() && s.admissionDate.isValid() && s.plannedDischargeDate < s.admissionDate) {
        errors << FieldError{PlannedDischargeDate,
                             tr("The planned discharge date (%1) cannot be before the admission date (%2).")
                                 .arg(dates::display(s.plannedDischargeDate), dates::display(s.admissionDate))};
    }

    if (s.programmeDetail.size() > MaxTextLength)
        errors << FieldError{ProgrammeField,
                             tr("The programme's description is too long (at most %1 characters).").arg(MaxTextLength)};
    if (s.referrerName.size() > MaxTextLength)
        errors << FieldError{ReferrerName,
                             tr("The referrer's name is too long (at most %1 characters).").arg(MaxTextLength)};
    return errors;
}

std::optional<FieldError> StayRules::checkDischarge(const Stay &s, const QDate &discharge, const QDate &today)
{
    if (!discharge.isValid())
        return FieldError{DischargeDate, tr("The discharge date is required.")};
    if (discharge < s.admissionDate)
        return FieldError{DischargeDate, tr("The discharge date (%1) cannot be before the admission date (%2).")
                                             .arg(dates::display(discharge), dates::display(s.admissionDate))};
    if (discharge > today)
        return FieldError{DischargeDate, tr("The discharge date cannot be in the future (today is %1); the "
                                            "expected date goes in the planned discharge date.")
                                             .arg(dates::display(today))};
    return std::nullopt;
}

} // namespace smr
