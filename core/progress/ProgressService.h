#pragma once

#include "core/common/Result.h"
#include "core/progress/ProgressChart.h"
#include "core/progress/UnitProgress.h"

#include <QDate>
#include <QObject>

namespace smr {

class CarePlanRepository;
class Clock;
class InstrumentCatalog;
class PatientRepository;
class ProgressRepository;
class StayRepository;
class UnitRepository;
class Writer;
struct PatientHistory;

// The data of the progress charts (issue #6), read-only: nothing here writes, and no right is
// needed beyond being signed in to read the record. Every chart of a patient covers all the
// patient's stays: the stay shown is "current", the others "earlier". ChartBuilder (pure) builds
// the charts from what is read here in a few queries.
class ProgressService : public QObject
{
    Q_OBJECT

public:
    ProgressService(Writer &writer, ProgressRepository &progress, PatientRepository &patients, StayRepository &stays,
                    CarePlanRepository &plans, UnitRepository &units, const InstrumentCatalog &instruments,
                    const Clock &clock, QObject *parent = nullptr);

    // Field keys of the refusals.
    static inline const QString StayField = QStringLiteral("stay");
    static inline const QString InstrumentField = QStringLiteral("instrument");
    static inline const QString MeasureField = QStringLiteral("measure");
    static inline const QString UnitField = QStringLiteral("unit");
    static inline const QString DayField = QStringLiteral("day");

    // The chart of one measure of an instrument for the patient of `stay`: the stay's points
    // (CurrentStay) and the other stays' (EarlierStays, left out when there are none), the spans
    // of the stays with points, the reference's lines and bands (Instrument::referenceLines and
    // bands, from the latest result), the MCID/MDC band around the stay's first result
    // (Instrument::threshold), and the stay's care-plan goals on that measure as Goal lines
    // (GoalProgress's target). Invalid for an unknown instrument or measure (fields "instrument"
    // and "measure", naming the allowed ones), NotFound for an unknown stay. Five queries.
    Result<ProgressChart> chart(StayId stay, const QString &instrument, const QString &measureKey);
    // The stay's four Dallas dimensions over time (four Dimension series named as the measures,
    // the stay's results only), with the profile's border at 50 %.
    Result<ProgressChart> dallasDimensions(StayId stay);
    // The small multiples: for each instrument of the catalog (in its order) with at least one
    // result for the patient, its main measure's chart (for Dallas, the dimensions chart). Five
    // queries whatever the number of results.
    Result<QList<ProgressChart>> stayCharts(StayId stay);
    // The stay's Dallas square: its path from the first to the latest Dallas of the stay, points
    // labelled "dd/MM", each with its quadrant (Grouping::suggest).
    Result<DallasSquare> dallasSquare(StayId stay);

    // The unit's Dallas square on `day`: one path per patient in progress in the unit (admitted on
    // or before the day, not discharged) with a Dallas questionnaire in that stay, from its first
    // to its latest Dallas (one point when it has one), in the order of the patient list. Results
    // after the day are left out. Three queries (the unit, its stays, their first and latest
    // results) whatever the number of patients. Invalid for an unknown unit or no day.
    Result<DallasSquare> unitSquare(const QString &unitCode, const QDate &day);
    // The unit's table on `day`: one row per patient in progress (with or without results), each
    // instrument's first and latest values of its main measure and the change between them
    // (ChangeAnalysis). Three queries, as unitSquare.
    Result<QList<UnitProgressRow>> unitChanges(const QString &unitCode, const QDate &day);

private:
    // Reads what a stay's charts need; `instrument` empty: every instrument's results.
    Result<PatientHistory> history(StayId stay, const QString &instrument);
    QList<FieldError> checkUnitDay(const QString &unitCode, const QDate &day);

    Writer &m_writer;
    ProgressRepository &m_progress;
    PatientRepository &m_patients;
    StayRepository &m_stays;
    CarePlanRepository &m_plans;
    UnitRepository &m_units;
    const InstrumentCatalog &m_instruments;
    const Clock &m_clock;
};

} // namespace smr
