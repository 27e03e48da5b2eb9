#pragma once

#include "core/patients/Patient.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace smr {

// How patients are found as the user types: by the beginning of any word of their names,
// their IPP or their birth date (22/11/1956, 22/11, 1956-11-22, or the year 1956). Each word
// of the query must match; the search is a range scan over an index, the same on every engine.
class PatientSearch
{
public:
    // The terms stored for a patient (patient_search_terms).
    static QStringList termsFor(const Patient &patient);
    // The prefixes a query asks for; empty for a blank query.
    static QStringList prefixesOf(const QString &query);

    // A condition "<column> IN (…)" for `prefixes` (not empty); appends its values to `binds`.
    static QString condition(const QString &patientIdColumn, const QStringList &prefixes, QVariantList &binds);

    // The sort key of the lists of patients (folded birth name, then first names).
    static QString sortKeyOf(const Patient &patient);
};

} // namespace smr
