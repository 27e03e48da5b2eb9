#pragma once

// The patients smrdesk_test_writer creates, one per number: the writer and the tests that
// check what survived compute them from the same function, field by field.

#include "core/patients/Patient.h"

#include <QDate>
#include <QString>

namespace smr::test {

// "<prefix>-<n>": the IPP of the writer's n-th patient (n from 1).
inline QString writerIpp(const QString &prefix, int n)
{
    return prefix + QLatin1Char('-') + QString::number(n);
}

inline Patient writerPatient(const QString &prefix, int n)
{
    static const char *const lastNames[] = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Lefèvre"};
    static const char *const firstNames[] = {"Marie", "Jean", "Claire", "Luc", "Hélène"};
    Patient p;
    p.ipp = writerIpp(prefix, n);
    p.birthName = QString::fromUtf8(lastNames[n % 6]);
    p.firstNames = QString::fromUtf8(firstNames[n % 5]);
    p.birthDate = QDate(1940, 1, 1).addDays(n * 37 % 20000);
    p.sex = n % 2 ? Sex::Male : Sex::Female;
    p.heightCm = 150 + n % 40;
    p.weightKg = 50.5 + n % 35;
    p.generalPractitioner = QStringLiteral("Dr Roux");
    p.notes = QStringLiteral("écrit par le test, n° %1").arg(n);
    return p;
}

} // namespace smr::test
