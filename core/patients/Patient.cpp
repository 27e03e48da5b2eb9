#include "core/patients/Patient.h"

#include "core/common/Dates.h"

namespace smr {

QString Patient::displayName() const
{
    QString name = birthName.toUpper();
    if (!usedName.isEmpty() && usedName.compare(birthName, Qt::CaseInsensitive) != 0)
        name += QStringLiteral(" (") + usedName.toUpper() + QLatin1Char(')');
    return name + QLatin1Char(' ') + firstNames;
}

int Patient::ageOn(const QDate &day) const
{
    return dates::completedYears(birthDate, day);
}

} // namespace smr
