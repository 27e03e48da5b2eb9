#include "core/stays/StayCalendar.h"

#include "core/common/Dates.h"

namespace smr {

std::optional<int> StayCalendar::dayOfStay(const Stay &stay, const QDate &today)
{
    if (stay.status != StayStatus::Active || !stay.admissionDate.isValid() || today < stay.admissionDate)
        return std::nullopt;
    return int(stay.admissionDate.daysTo(today)) + 1;
}

std::optional<int> StayCalendar::plannedLength(const Stay &stay)
{
    if (!stay.admissionDate.isValid() || !stay.plannedDischargeDate.isValid() ||
        stay.plannedDischargeDate < stay.admissionDate)
        return std::nullopt;
    return int(stay.admissionDate.daysTo(stay.plannedDischargeDate)) + 1;
}

std::optional<int> StayCalendar::usualLengthDays(Programme programme)
{
    switch (programme) {
    case Programme::SpineRestoration:
    case Programme::Individual:
        return 28;
    case Programme::Education:
        return 7;
    case Programme::Other:
        break;
    }
    return std::nullopt;
}

QDate StayCalendar::suggestedPlannedDischarge(Programme programme, const QDate &admission)
{
    const std::optional<int> days = usualLengthDays(programme);
    if (!days || !admission.isValid())
        return {};
    return admission.addDays(*days - 1);
}

QString StayCalendar::progressText(const Stay &stay, const QDate &today)
{
    switch (stay.status) {
    case StayStatus::PreAdmission:
        return tr("Admission on %1").arg(dates::display(stay.admissionDate));
    case StayStatus::Discharged:
        return tr("Discharged on %1").arg(dates::display(stay.dischargeDate));
    case StayStatus::Cancelled:
        return tr("Cancelled");
    case StayStatus::Active:
        break;
    }
    const std::optional<int> day = dayOfStay(stay, today);
    if (!day)
        return tr("Admission on %1").arg(dates::display(stay.admissionDate));
    if (const std::optional<int> length = plannedLength(stay))
        return tr("Day %1 of %2").arg(*day).arg(*length);
    return tr("Day %1").arg(*day);
}

} // namespace smr

namespace smr {

QString StayCalendar::shortProgressText(const Stay &stay, const QDate &today)
{
    if (stay.status == StayStatus::PreAdmission)
        return tr("Arrival %1").arg(stay.admissionDate.toString(QStringLiteral("dd/MM")));
    return progressText(stay, today);
}

} // namespace smr
