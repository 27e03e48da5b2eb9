#pragma once

// The unit view's table (issue #6): for each patient in progress in a unit, each instrument's
// change from the stay's first result to its latest, on the instrument's main measure.

#include "core/common/Ids.h"
#include "core/instruments/ChangeAnalysis.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace smr {

// One instrument in a stay: its first ("admission") and latest results' values of the main
// measure, and the change between them when there are two results.
struct InstrumentProgress {
    QString instrument;              // catalog id: "odi"
    QString title;                   // short title: "ODI"
    Measure measure;                 // the instrument's main measure (its first)
    std::optional<double> admission; // nothing: no result of the instrument in the stay
    std::optional<double> latest;    // the same result as the admission's when there is one
    QDateTime admissionAt;
    QDateTime latestAt;
    QString admissionText; // "48,0": the measure's decimals, the locale's decimal comma
    QString latestText;
    // With two results or more: difference, trend, threshold (ChangeAnalysis::compare).
    std::optional<MeasureChange> change;
    QString changeText; // ChangeAnalysis::describe: "−14,0 % ▲ better (MCID reached)"; empty without change

    bool hasResult() const { return admission.has_value(); }
};

// One stay in progress in the unit, patients without any result included.
struct UnitProgressRow {
    StayId stay;
    PatientId patient;
    QString name; // "DUPONT Marie", as the census shows it
    QDate admissionDate;
    QDate plannedDischargeDate;            // invalid when not planned
    QList<InstrumentProgress> instruments; // every instrument of the catalog, in its order
};

} // namespace smr
