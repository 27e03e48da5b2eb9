#pragma once

#include "core/patients/Patient.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

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

    // Every term that starts with `prefix` (not empty) lies in [prefix, this): the prefix with its
    // last character incremented, an index range under binary (or "C") collation.
    static QString upperBoundOf(const QString &prefix);

    // A condition "<column> IN (…)" for `prefixes` (not empty); appends its values to `binds`.
    static QString condition(const QString &patientIdColumn, const QStringList &prefixes, QVariantList &binds);

    // A query of the columns (sort_key, patient_id) of the first `limit` patients matching
    // `prefixes` (not empty) in name order, after (sortKey, patientId) when `afterSortKey` is set;
    // appends its values to `binds`. It reads one index range of patient_search_terms (term,
    // sort_key, patient_id), the longest prefix's, and checks the other words per patient: no
    // patient row is read to sort the matches (migration 0010).
    static QString firstInOrder(const QStringList &prefixes, const std::optional<QString> &afterSortKey,
                                qint64 afterPatientId, int limit, QVariantList &binds);
    // A query of the distinct ids (column patient_id) of the patients matching `prefixes` (not
    // empty), from the search terms alone.
    static QString matching(const QStringList &prefixes, QVariantList &binds);

    // The sort key of the lists of patients (folded birth name, then first names).
    static QString sortKeyOf(const Patient &patient);

private:
    // " FROM patient_search_terms t WHERE …": the longest prefix's range, the others per patient.
    static QString termsMatching(const QStringList &prefixes, QVariantList &binds);
};

} // namespace smr
