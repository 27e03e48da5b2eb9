#include "core/assessment/AssessmentService.h"

#include "core/assessment/AssessmentRepository.h"
#include "core/audit/AuditEntry.h"
#include "core/audit/Snapshots.h"
#include "core/audit/Writer.h"
#include "core/common/Clock.h"
#include "core/instruments/InstrumentCatalog.h"
#include "core/patients/PatientRepository.h"
#include "core/results/ResultRepository.h"
#include "core/stays/StayRepository.h"

namespace smr {

AssessmentService::AssessmentService(Writer &writer, AssessmentRepository &assessments, StayRepository &stays,
                                     PatientRepository &patients, ResultRepository &results,
                                     const InstrumentCatalog &instruments, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_assessments(assessments)
    , m_stays(stays)
    , m_patients(patients)
    , m_results(results)
    , m_instruments(instruments)
    , m_clock(clock)
{
}

Failure AssessmentService::conflict()
{
    return Failure::conflict(tr("This admission assessment was changed elsewhere since you opened it. Your changes "
                                "were not saved: reopen it to see the latest version."));
}

Result<Stay> AssessmentService::writableStay(StayId id)
{
    const std::optional<Stay> stay = m_stays.find(id);
    if (!stay)
        return Failure::notFound(AssessmentRules::StayField, tr("No stay has the identifier %1.").arg(id.value));
    if (stay->status == StayStatus::Cancelled)
        return Failure::invalid(
            AssessmentRules::StayField,
            tr("The stay no. %1 was cancelled: its admission assessment cannot be written.").arg(id.value));
    return *stay;
}

Result<AdmissionAssessment> AssessmentService::newDraft(StayId stayId)
{
    return m_writer.read([&]() -> Result<AdmissionAssessment> {
        const std::optional<Stay> stay = m_stays.find(stayId);
        if (!stay)
            return Failure::notFound(AssessmentRules::StayField,
                                     tr("No stay has the identifier %1.").arg(stayId.value));
        AdmissionAssessment a;
        a.stayId = stayId;
        if (const std::optional<Patient> p = m_patients.find(stay->patientId)) {
            a.heightCm = p->heightCm;
            a.weightKg = p->weightKg;
        }
        return a;
    });
}

Result<std::optional<AdmissionAssessment>> AssessmentService::current(StayId stay)
{
    return m_writer.read([&]() -> Result<std::optional<AdmissionAssessment>> { return m_assessments.current(stay); });
}

Result<QList<AdmissionAssessment>> AssessmentService::revisions(StayId stay)
{
    return m_writer.read([&]() -> Result<QList<AdmissionAssessment>> { return m_assessments.revisions(stay); });
}

Result<AdmissionAssessment> AssessmentService::saveDraft(const AdmissionAssessment &incoming, Change &change,
                                                         PatientId patient)
{
    const AdmissionAssessment a = AssessmentRules::normalized(incoming);
    if (QList<FieldError> errors = AssessmentRules::check(a, m_clock.today()); !errors.isEmpty())
        return Failure::invalid(errors);
    if (!a.id.isValid()) {
        if (const std::optional<AdmissionAssessment> existing = m_assessments.current(a.stayId)) {
            return Failure::conflict(tr("This stay already has an admission assessment (saved elsewhere since you "
                                        "opened the form). Your changes were not saved: reopen it."));
        }
        AdmissionAssessment created = a;
        created.revision = 1;
        created.status = AdmissionAssessment::Status::Draft;
        created.amendmentReason.clear();
        created.id = m_assessments.insert(created, change.now());
        created.version = 1;
        change.record(audit::Assessment, created.id, patient, audit::Create, {}, snapshot::of(created));
        return created;
    }
    const std::optional<AdmissionAssessment> stored = m_assessments.find(a.id);
    if (!stored || stored->stayId != a.stayId)
        return Failure::notFound(AssessmentRules::AssessmentField,
                                 tr("No admission assessment has the identifier %1.").arg(a.id.value));
    if (stored->isSigned())
        return Failure::invalid(AssessmentRules::AssessmentField,
                                tr("This admission assessment is signed and can no longer be changed: amend it, "
                                   "giving the reason, to write a new version."));
    if (stored->version != a.version)
        return conflict();
    AdmissionAssessment saved = a;
    saved.revision = stored->revision;
    saved.status = AdmissionAssessment::Status::Draft;
    saved.amendmentReason = stored->amendmentReason;
    if (!m_assessments.updateDraft(saved, change.now()))
        return conflict();
    saved.version = stored->version + 1;
    change.record(audit::Assessment, saved.id, patient, audit::Update, snapshot::of(*stored), snapshot::of(saved));
    return saved;
}

Result<AdmissionAssessment> AssessmentService::save(const AdmissionAssessment &draft)
{
    PatientId patient;
    auto result = m_writer.write(Right::WriteAssessments, [&](Change &change) -> Result<AdmissionAssessment> {
        const Result<Stay> stay = writableStay(draft.stayId);
        if (!stay)
            return stay.failure();
        patient = stay->patientId;
        return saveDraft(draft, change, patient);
    });
    if (result)
        emit assessmentSaved(draft.stayId, patient);
    return result;
}

Status AssessmentService::writeThrough(const AdmissionAssessment &a, Change &change)
{
    std::optional<Stay> stay = m_stays.find(a.stayId);
    if (!stay || !stay->isOpen())
        return Done{};
    Stay updated = *stay;
    if (a.chosenMode)
        updated.mode = *a.chosenMode;
    if (a.orientation && *a.orientation != Orientation::Level2) {
        const Programme p = *a.orientation == Orientation::SpineRestoration ? Programme::SpineRestoration
                            : *a.orientation == Orientation::Individual     ? Programme::Individual
                                                                            : Programme::Education;
        updated.programme = p;
    }
    if (updated.mode == stay->mode && updated.programme == stay->programme)
        return Done{};
    if (!m_stays.update(updated, change.now()))
        return Failure::conflict(tr("The stay was changed elsewhere while the assessment was being signed. Nothing "
                                    "was saved: reopen the stay and sign again."));
    Stay saved = updated;
    saved.version = stay->version + 1;
    change.record(audit::Stay, saved.id, saved.patientId, audit::Update, snapshot::of(*stay), snapshot::of(saved));
    return Done{};
}

Result<AdmissionAssessment> AssessmentService::sign(const AdmissionAssessment &draft)
{
    PatientId patient;
    auto result = m_writer.write(Right::SignAssessments, [&](Change &change) -> Result<AdmissionAssessment> {
        const Result<Stay> stay = writableStay(draft.stayId);
        if (!stay)
            return stay.failure();
        patient = stay->patientId;
        // The suggestion is recorded with the choice, so that both can be read later.
        AdmissionAssessment toSign = draft;
        const OrientationSuggestion suggestion = suggestOrientation(inputFor(*stay), draft);
        toSign.suggestedOrientation = suggestion.orientation;
        toSign.suggestionReasons = suggestion.reasons;
        if (QList<FieldError> errors = AssessmentRules::checkForSigning(AssessmentRules::normalized(toSign));
            !errors.isEmpty())
            return Failure::invalid(errors);
        Result<AdmissionAssessment> saved = saveDraft(toSign, change, patient);
        if (!saved)
            return saved;
        AdmissionAssessment signedOne = *saved;
        signedOne.status = AdmissionAssessment::Status::Signed;
        signedOne.signedBy = change.actor() ? change.actor()->displayName : QString();
        signedOne.signedAt = m_clock.now().toUTC();
        if (!m_assessments.sign(signedOne.id, saved->version, signedOne.signedBy,
                                signedOne.signedAt.toString(Qt::ISODate), change.now()))
            return conflict();
        signedOne.version = saved->version + 1;
        change.record(audit::Assessment, signedOne.id, patient, audit::Sign, snapshot::of(*saved),
                      snapshot::of(signedOne));
        if (Status s = writeThrough(signedOne, change); !s)
            return s.failure();
        return signedOne;
    });
    if (result)
        emit assessmentSaved(draft.stayId, patient);
    return result;
}

Result<AdmissionAssessment> AssessmentService::amend(AssessmentId signedId, const QString &reason)
{
    PatientId patient;
    StayId stayId;
    auto result = m_writer.write(Right::WriteAssessments, [&](Change &change) -> Result<AdmissionAssessment> {
        const std::optional<AdmissionAssessment> stored = m_assessments.find(signedId);
        if (!stored)
            return Failure::notFound(AssessmentRules::AssessmentField,
                                     tr("No admission assessment has the identifier %1.").arg(signedId.value));
        const Result<Stay> stay = writableStay(stored->stayId);
        if (!stay)
            return stay.failure();
        patient = stay->patientId;
        stayId = stay->id;
        if (!stored->isSigned())
            return Failure::invalid(AssessmentRules::AssessmentField,
                                    tr("This admission assessment is not signed yet: change it directly."));
        const std::optional<AdmissionAssessment> latest = m_assessments.current(stored->stayId);
        if (latest && latest->revision != stored->revision)
            return Failure::conflict(tr("A newer version of this admission assessment exists (version %1): "
                                        "reopen it to see it.")
                                         .arg(latest->revision));
        if (reason.trimmed().isEmpty())
            return Failure::invalid(AssessmentRules::AmendmentReason,
                                    tr("Give the reason for changing the signed admission assessment."));
        AdmissionAssessment next = *stored;
        next.revision = stored->revision + 1;
        next.status = AdmissionAssessment::Status::Draft;
        next.signedBy.clear();
        next.signedAt = {};
        next.amendmentReason = reason.trimmed();
        next.id = m_assessments.insert(next, change.now());
        next.version = 1;
        change.record(audit::Assessment, next.id, patient, audit::Amend, snapshot::of(*stored), snapshot::of(next));
        return next;
    });
    if (result)
        emit assessmentSaved(stayId, patient);
    return result;
}

Status AssessmentService::recordRedFlagAction(StayId stayId, RedFlag flag, const QString &action)
{
    PatientId patient;
    auto result = m_writer.write(Right::SignAssessments, [&](Change &change) -> Status {
        const Result<Stay> stay = writableStay(stayId);
        if (!stay)
            return stay.failure();
        patient = stay->patientId;
        const std::optional<AdmissionAssessment> a = m_assessments.current(stayId);
        if (!a || a->redFlag(flag) != FlagAnswer::Yes)
            return Failure::invalid(AssessmentRules::RedFlagAction,
                                    tr("The red flag \"%1\" is not answered yes in this stay's admission assessment.")
                                        .arg(kRedFlags.label(flag)));
        if (action.trimmed().isEmpty())
            return Failure::invalid(AssessmentRules::RedFlagAction,
                                    tr("Say what was done about the red flag \"%1\".").arg(kRedFlags.label(flag)));
        if (action.trimmed().size() > AssessmentRules::MaxTextLength)
            return Failure::invalid(
                AssessmentRules::RedFlagAction,
                tr("The action is too long: at most %1 characters.").arg(AssessmentRules::MaxTextLength));
        RedFlagAction r;
        r.stayId = stayId;
        r.flag = flag;
        r.action = action.trimmed();
        r.recordedBy = change.actor() ? change.actor()->displayName : QString();
        r.recordedAt = m_clock.now().toUTC();
        r.id = m_assessments.insertAction(r);
        change.record(audit::RedFlagAction, QString::number(r.id), patient, audit::Create, {}, snapshot::of(r));
        return Done{};
    });
    if (result)
        emit assessmentSaved(stayId, patient);
    return result;
}

Result<QList<RedFlagAction>> AssessmentService::redFlagActions(StayId stay)
{
    return m_writer.read([&]() -> Result<QList<RedFlagAction>> { return m_assessments.actions(stay); });
}

Result<StayAlerts> AssessmentService::alerts(StayId stay)
{
    return m_writer.read([&]() -> Result<StayAlerts> {
        StayAlerts out;
        const std::optional<AdmissionAssessment> a = m_assessments.current(stay);
        if (!a)
            return out;
        out.hasAssessment = true;
        out.isSigned = a->isSigned();
        out.unresolvedRedFlags = AssessmentRules::unresolvedRedFlags(*a, m_assessments.actions(stay));
        out.exclusions = AssessmentRules::exclusionsPresent(*a);
        out.exclusionsJustified = !a->exclusionJustification.trimmed().isEmpty();
        out.precautions = a->precautions;
        return out;
    });
}

Result<OrientationInput> AssessmentService::orientationInput(StayId stayId)
{
    return m_writer.read([&]() -> Result<OrientationInput> {
        const std::optional<Stay> stay = m_stays.find(stayId);
        if (!stay)
            return Failure::notFound(AssessmentRules::StayField,
                                     tr("No stay has the identifier %1.").arg(stayId.value));
        return inputFor(*stay);
    });
}

OrientationInput AssessmentService::inputFor(const Stay &stay)
{
    OrientationInput in;
    if (const std::optional<Patient> p = m_patients.find(stay.patientId))
        in.age = p->ageOn(stay.admissionDate.isValid() ? stay.admissionDate : m_clock.today());
    // The latest result of each instrument (current results come oldest first).
    for (const TestResult &r : m_results.current(stay.id)) {
        if (r.instrument == QLatin1String("dallas"))
            in.dallasProfile = r.scores.value(QStringLiteral("profile")).toString();
        else if (r.instrument == QLatin1String("odi"))
            in.odiPercent = r.scores.value(QStringLiteral("percent")).toDouble();
        else if (r.instrument == QLatin1String("startback"))
            in.startBackRisk = r.scores.value(QStringLiteral("risk")).toString();
    }
    return in;
}

OrientationSuggestion AssessmentService::suggestOrientation(OrientationInput in, const AdmissionAssessment &a)
{
    in.complexProfile = a.complexProfile;
    in.cognitiveOrPsychiatric = a.cognitiveOrPsychiatric;
    in.disability = a.disability;
    in.fatigable = a.fatigable;
    in.yellowFlags = a.flag(PsychosocialFlag::Yellow).present;
    in.blueFlags = a.flag(PsychosocialFlag::Blue).present;
    in.blackFlags = a.flag(PsychosocialFlag::Black).present;
    in.exclusions.clear();
    for (Exclusion e : AssessmentRules::exclusionsPresent(a))
        in.exclusions << kExclusions.shortLabel(e);
    in.exclusionsJustified = !a.exclusionJustification.trimmed().isEmpty();
    return OrientationRules::suggest(in);
}

Result<OrientationSuggestion> AssessmentService::suggestOrientation(const AdmissionAssessment &a)
{
    const Result<OrientationInput> in = orientationInput(a.stayId);
    if (!in)
        return in.failure();
    return suggestOrientation(*in, a);
}

Result<QStringList> AssessmentService::missingBaselineTests(StayId stay)
{
    return m_writer.read([&]() -> Result<QStringList> {
        QStringList missing = m_instruments.ids();
        for (const TestResult &r : m_results.current(stay))
            missing.removeAll(r.instrument);
        return missing;
    });
}

} // namespace smr
