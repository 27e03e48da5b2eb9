#include "core/patients/Patient.h"

#include "core/common/Dates.h"
#include "core/instruments/Instrument.h"

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

PatientFacts Patient::factsOn(const QDate &day) const
{
    return PatientFacts{kSexes.code(sex), ageOn(day), heightCm, weightKg};
}

} // namespace smr
