#pragma once

#include "core/patients/Patient.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace smr {

// How the unit's documents (the on-call sheet, the meeting's minutes) name a patient on one line,
// identity-vigilance style: the name, sex, age, birth date and IPP together.
class PatientLine
{
    Q_DECLARE_TR_FUNCTIONS(PatientLine)

public:
    // "F, 62 y, born on 12/03/1964, IPP 123456" (age on `on`).
    static QString facts(const Patient &patient, const QDate &on);
    // "DUPONT Marie — F, 62 y, born on 12/03/1964, IPP 123456".
    static QString identity(const Patient &patient, const QDate &on);
};

} // namespace smr
