#pragma once

#include "core/common/Result.h"
#include "core/results/TestResult.h"

#include <QObject>

namespace smr {

class Clock;
class InstrumentCatalog;
class PatientRepository;
class ResultRepository;
class StayRepository;
class Writer;
struct Stay;

// The only way to write test results: drafts saved as a form is filled, final results scored
// from their answers and checked against the instrument's declaration, and corrections as new
// revisions with their reason (the revision they replace stays visible, marked superseded).
class ResultService : public QObject
{
    Q_OBJECT

public:
    ResultService(Writer &writer, ResultRepository &results, StayRepository &stays, PatientRepository &patients,
                  const InstrumentCatalog &instruments, const Clock &clock, QObject *parent = nullptr);

    // Field keys of the refusals (the instruments' own keys name items and measured fields).
    static inline const QString StayField = QStringLiteral("stay");
    static inline const QString InstrumentField = QStringLiteral("instrument");
    static inline const QString PerformedAtField = QStringLiteral("performed_at");
    static inline const QString EnteredByField = QStringLiteral("entered_by");
    static inline const QString RemarksField = QStringLiteral("remarks");
    static inline const QString ReasonField = QStringLiteral("correction_reason");
    static inline const QString ResultField = QStringLiteral("result");
    static constexpr int MaxRemarksLength = 2000;

    // Saves what a form holds now (partial answers allowed): a new draft when `draft.id` is not
    // set, else over the stored draft. A correction's draft carries the series it corrects.
    Result<TestResult> saveDraft(const TestResult &draft);
    // Scores and saves a final result: a new one, the draft `result.id` made final, or — when
    // `result.seriesId` is set — a correction of that series, which needs a reason.
    Result<TestResult> record(const TestResult &result);
    Status discardDraft(ResultId draft);

    Result<TestResult> find(ResultId id);
    Result<QList<TestResult>> current(StayId stay);
    Result<QList<TestResult>> drafts(StayId stay);
    // Every revision of the result, the first first.
    Result<QList<TestResult>> history(ResultId result);
    // The answers with the patient's age, sex, height and weight filled in where the instrument
    // takes them from the record: what a form shows before the tester overrides it.
    Result<QJsonObject> withPatientDefaults(StayId stay, const QString &instrument, const QJsonObject &answers,
                                            const QDateTime &performedAt);

signals:
    void resultSaved(smr::ResultId id, smr::StayId stay);

private:
    Result<Stay> openableStay(StayId id);
    QList<FieldError> checkCommon(const TestResult &result, const Stay &stay);
    Result<QJsonObject> defaultsFor(const Stay &stay, const QString &instrument, const QJsonObject &answers,
                                    const QDateTime &performedAt);

    Writer &m_writer;
    ResultRepository &m_results;
    StayRepository &m_stays;
    PatientRepository &m_patients;
    const InstrumentCatalog &m_instruments;
    const Clock &m_clock;
};

} // namespace smr
