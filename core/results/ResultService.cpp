#include "core/results/ResultService.h"

#include "core/audit/AuditEntry.h"
#include "core/audit/Snapshots.h"
#include "core/audit/Writer.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/instruments/InstrumentCatalog.h"
#include "core/patients/PatientRepository.h"
#include "core/results/ResultRepository.h"
#include "core/stays/StayRepository.h"

namespace smr {

ResultService::ResultService(Writer &writer, ResultRepository &results, StayRepository &stays,
                             PatientRepository &patients, const InstrumentCatalog &instruments, const Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_results(results)
    , m_stays(stays)
    , m_patients(patients)
    , m_instruments(instruments)
    , m_clock(clock)
{
}

Result<Stay> ResultService::openableStay(StayId id)
{
    const std::optional<Stay> stay = m_stays.find(id);
    if (!stay)
        return Failure::notFound(StayField, tr("No stay has the identifier %1.").arg(id.value));
    if (stay->status == StayStatus::Cancelled)
        return Failure::invalid(StayField, tr("Stay %1 was cancelled: it takes no test results.").arg(id.value));
    return *stay;
}

QList<FieldError> ResultService::checkCommon(const TestResult &r, const Stay &stay)
{
    QList<FieldError> errors;
    if (!m_instruments.find(r.instrument))
        errors << FieldError{InstrumentField, tr("Unknown instrument \"%1\"; the instruments are %2.")
                                                  .arg(r.instrument, m_instruments.ids().join(QStringLiteral(", ")))};
    if (!r.performedAt.isValid()) {
        errors << FieldError{PerformedAtField, tr("The date and time of the test are required.")};
    } else if (r.performedAt.date() < stay.admissionDate) {
        errors << FieldError{
            PerformedAtField,
            tr("The test cannot be dated before the admission (%1).").arg(dates::display(stay.admissionDate))};
    } else if (stay.dischargeDate.isValid() && r.performedAt.date() > stay.dischargeDate) {
        errors << FieldError{
            PerformedAtField,
            tr("The test cannot be dated after the discharge (%1).").arg(dates::display(stay.dischargeDate))};
    } else if (r.performedAt > m_clock.now().addSecs(60)) {
        errors << FieldError{PerformedAtField, tr("The test cannot be dated in the future (now: %1).")
                                                   .arg(m_clock.now().toString(QStringLiteral("dd/MM/yyyy HH:mm")))};
    }
    if (r.enteredBy.trimmed().isEmpty())
        errors << FieldError{EnteredByField, tr("The name of the person who entered the result is required.")};
    if (r.remarks.size() > MaxRemarksLength)
        errors << FieldError{RemarksField,
                             tr("The remarks are too long (at most %1 characters).").arg(MaxRemarksLength)};
    return errors;
}

Result<QJsonObject> ResultService::defaultsFor(const Stay &stay, const QString &instrumentId,
                                               const QJsonObject &answers, const QDateTime &performedAt)
{
    const Instrument *instrument = m_instruments.find(instrumentId);
    const std::optional<Patient> patient = m_patients.find(stay.patientId);
    if (!instrument || !patient)
        return answers;
    const QDate day = performedAt.isValid() ? performedAt.date() : m_clock.today();
    return instrument->withPatientDefaults(answers, patient->factsOn(day));
}

Result<QJsonObject> ResultService::withPatientDefaults(StayId stayId, const QString &instrument,
                                                       const QJsonObject &answers, const QDateTime &performedAt)
{
    return m_writer.read([&]() -> Result<QJsonObject> {
        const std::optional<Stay> stay = m_stays.find(stayId);
        if (!stay)
            return Failure::notFound(StayField, tr("No stay has the identifier %1.").arg(stayId.value));
        return defaultsFor(*stay, instrument, answers, performedAt);
    });
}

Result<TestResult> ResultService::saveDraft(const TestResult &draft)
{
    TestResult r = draft;
    r.status = TestResult::Status::Draft;
    r.scores = QJsonObject();
    r.primaryScore.reset();
    if (!r.performedAt.isValid())
        r.performedAt = m_clock.now();
    auto result = m_writer.write(Right::RecordTests, [&](Change &change) -> Result<TestResult> {
        const Result<Stay> stay = openableStay(r.stayId);
        if (!stay)
            return stay.failure();
        const Instrument *instrument = m_instruments.find(r.instrument);
        if (!instrument)
            return Failure::invalid(InstrumentField,
                                    tr("Unknown instrument \"%1\"; the instruments are %2.")
                                        .arg(r.instrument, m_instruments.ids().join(QStringLiteral(", "))));
        r.instrumentVersion = instrument->definition().version;
        const QString &now = change.now();
        QJsonObject before;
        if (r.id.isValid()) {
            const std::optional<TestResult> stored = m_results.find(r.id);
            if (!stored)
                return Failure::notFound(ResultField,
                                         tr("The draft %1 no longer exists: it was discarded.").arg(r.id.value));
            if (stored->status != TestResult::Status::Draft)
                return Failure::invalid(
                    ResultField, tr("Result %1 is already final: a change is made as a correction.").arg(r.id.value));
            r.seriesId = stored->seriesId;
            r.revision = stored->revision;
            if (!m_results.update(r, now))
                return Failure::conflict(tr("This draft was changed elsewhere; reopen it to continue."));
            before = snapshot::of(*stored);
        } else {
            if (r.seriesId.isValid()) {
                // The draft of a correction: the next revision of the series it corrects.
                const QList<TestResult> series = m_results.series(r.seriesId);
                if (series.isEmpty())
                    return Failure::notFound(ResultField,
                                             tr("There is no final result %1 to correct.").arg(r.seriesId.value));
                r.revision = series.last().revision + 1;
            }
            r.id = m_results.insert(r, now);
        }
        const TestResult saved = *m_results.find(r.id);
        change.record(audit::Result, saved.id, stay->patientId, audit::SaveDraft, before, snapshot::of(saved));
        return saved;
    });
    if (result)
        emit resultSaved(result->id, result->stayId);
    return result;
}

Result<TestResult> ResultService::record(const TestResult &input)
{
    TestResult r = input;
    r.status = TestResult::Status::Final;
    r.progress = QJsonObject();
    r.remarks = r.remarks.trimmed();
    r.correctionReason = r.correctionReason.trimmed();
    auto result = m_writer.write(Right::RecordTests, [&](Change &change) -> Result<TestResult> {
        const Result<Stay> stay = openableStay(r.stayId);
        if (!stay)
            return stay.failure();
        QList<FieldError> errors = checkCommon(r, *stay);
        if (!errors.isEmpty())
            return Failure::invalid(errors);
        const Instrument *instrument = m_instruments.find(r.instrument);
        const Result<QJsonObject> answers = defaultsFor(*stay, r.instrument, r.answers, r.performedAt);
        const Result<QJsonObject> scores = instrument->score(*answers);
        if (!scores)
            return scores.failure();
        r.answers = *answers;
        r.scores = *scores;
        r.instrumentVersion = instrument->definition().version;
        const QJsonValue primary = r.scores.value(instrument->measures().first().key);
        r.primaryScore = primary.isDouble() ? std::optional<double>(primary.toDouble()) : std::nullopt;

        std::optional<TestResult> stored;
        if (r.id.isValid()) {
            stored = m_results.find(r.id);
            if (!stored || stored->status != TestResult::Status::Draft)
                return Failure::invalid(
                    ResultField, tr("Result %1 is already final: a change is made as a correction.").arg(r.id.value));
            r.seriesId = stored->seriesId;
            r.revision = stored->revision;
        }
        // A correction: a new revision of a series, or the draft of one.
        const bool correcting = stored ? stored->revision > 1 : r.seriesId.isValid();
        std::optional<TestResult> replaced;
        if (correcting) {
            replaced = m_results.currentOf(r.seriesId);
            if (!replaced)
                return Failure::notFound(ResultField,
                                         tr("There is no final result %1 to correct.").arg(r.seriesId.value));
            if (replaced->stayId != r.stayId || replaced->instrument != r.instrument)
                return Failure::invalid(ResultField, tr("A correction keeps the stay and the instrument of the result "
                                                        "it corrects."));
            if (r.correctionReason.isEmpty())
                return Failure::invalid(ReasonField,
                                        tr("Give the reason for the correction: the previous version stays "
                                           "visible with it."));
            if (!stored)
                r.revision = m_results.series(r.seriesId).last().revision + 1;
        }
        const QString &now = change.now();
        if (replaced)
            m_results.markSuperseded(replaced->id, now);
        if (stored) {
            if (!m_results.update(r, now))
                return Failure::conflict(tr("This draft was changed elsewhere; reopen it before confirming."));
        } else {
            r.id = m_results.insert(r, now);
        }
        const TestResult saved = *m_results.find(r.id);
        // A correction shows the revision it replaces as "before"; confirming a draft, the draft.
        const QJsonObject before = replaced ? snapshot::of(*replaced) : stored ? snapshot::of(*stored) : QJsonObject();
        change.record(audit::Result, saved.id, stay->patientId, replaced ? audit::Correct : audit::Record, before,
                      snapshot::of(saved));
        return saved;
    });
    if (result)
        emit resultSaved(result->id, result->stayId);
    return result;
}

Status ResultService::discardDraft(ResultId draft)
{
    std::optional<StayId> stay;
    auto result = m_writer.write(Right::RecordTests, [&](Change &change) -> Status {
        const std::optional<TestResult> stored = m_results.find(draft);
        if (!stored || stored->status != TestResult::Status::Draft)
            return Failure::notFound(ResultField, tr("There is no draft %1.").arg(draft.value));
        stay = stored->stayId;
        const std::optional<Stay> owner = m_stays.find(stored->stayId);
        m_results.remove(draft);
        change.record(audit::Result, draft, owner ? owner->patientId : PatientId(), audit::Discard,
                      snapshot::of(*stored), {});
        return Done{};
    });
    if (result)
        emit resultSaved(draft, *stay);
    return result;
}

Result<TestResult> ResultService::find(ResultId id)
{
    return m_writer.read([&]() -> Result<TestResult> {
        if (std::optional<TestResult> r = m_results.find(id))
            return *r;
        return Failure::notFound(ResultField, tr("No result has the identifier %1.").arg(id.value));
    });
}

Result<QList<TestResult>> ResultService::current(StayId stay)
{
    return m_writer.read([&]() -> Result<QList<TestResult>> { return m_results.current(stay); });
}

Result<QList<TestResult>> ResultService::drafts(StayId stay)
{
    return m_writer.read([&]() -> Result<QList<TestResult>> { return m_results.drafts(stay); });
}

Result<QList<TestResult>> ResultService::history(ResultId id)
{
    return m_writer.read([&]() -> Result<QList<TestResult>> {
        const std::optional<TestResult> r = m_results.find(id);
        if (!r)
            return Failure::notFound(ResultField, tr("No result has the identifier %1.").arg(id.value));
        return m_results.series(r->seriesId);
    });
}

} // namespace smr
