#pragma once

#include "core/assessment/AdmissionAssessment.h"
#include "core/assessment/AssessmentRules.h"
#include "core/common/Result.h"
#include "core/orientation/OrientationRules.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace smr {

class AssessmentRepository;
class Change;
class Clock;
class InstrumentCatalog;
class PatientRepository;
class ResultRepository;
class StayRepository;
class Writer;
struct Stay;

// What a stay's admission assessment says that must show wherever the patient appears: red flags
// still without an action, exclusion criteria (and whether they are justified), the precautions.
struct StayAlerts {
    bool hasAssessment = false;
    bool isSigned = false;
    QList<RedFlag> unresolvedRedFlags;
    QList<Exclusion> exclusions;
    bool exclusionsJustified = false;
    Precautions precautions;
};

// The only way to write admission assessments: drafts saved as the form is filled, the
// physician's signature (which writes the chosen mode and programme through to the stay), and
// amendments of a signed assessment as new revisions with their reason; plus the actions taken
// on red flags.
class AssessmentService : public QObject
{
    Q_OBJECT

public:
    AssessmentService(Writer &writer, AssessmentRepository &assessments, StayRepository &stays,
                      PatientRepository &patients, ResultRepository &results, const InstrumentCatalog &instruments,
                      const Clock &clock, QObject *parent = nullptr);

    // A new, unsaved draft for the stay, with the patient's height and weight filled in.
    Result<AdmissionAssessment> newDraft(StayId stay);
    // The stay's latest revision, if any.
    Result<std::optional<AdmissionAssessment>> current(StayId stay);
    Result<QList<AdmissionAssessment>> revisions(StayId stay);

    // Saves a draft: creates the stay's first revision when `draft.id` is not set, else saves over
    // the stored draft (version-checked). A signed revision is refused: amend it.
    Result<AdmissionAssessment> save(const AdmissionAssessment &draft);
    // Saves the draft as `draft` holds it and signs it, in one transaction; writes the chosen mode
    // and (for a level-1 orientation) the programme to the stay when it is open.
    Result<AdmissionAssessment> sign(const AdmissionAssessment &draft);
    // Opens a new draft revision of the signed, current revision `signedId`, with its reason.
    Result<AdmissionAssessment> amend(AssessmentId signedId, const QString &reason);

    // Records what was done about a red flag answered "yes" in the stay's current assessment.
    Status recordRedFlagAction(StayId stay, RedFlag flag, const QString &action);
    Result<QList<RedFlagAction>> redFlagActions(StayId stay);

    Result<StayAlerts> alerts(StayId stay);
    // What the orientation is suggested from, as far as the database says it: the patient's age at
    // admission and the stay's latest Dallas, Oswestry and STarT Back results (the profiles the
    // assessment ticks are the caller's to add; a form reads this once and recomputes as it is typed).
    Result<OrientationInput> orientationInput(StayId stay);
    // The orientation suggested for `a`: orientationInput with the profiles `a` ticks.
    Result<OrientationSuggestion> suggestOrientation(const AdmissionAssessment &a);
    static OrientationSuggestion suggestOrientation(OrientationInput input, const AdmissionAssessment &a);
    // The instruments of the baseline (the six of the application) with no result in the stay yet.
    Result<QStringList> missingBaselineTests(StayId stay);

signals:
    void assessmentSaved(smr::StayId stay, smr::PatientId patient);

private:
    Result<Stay> writableStay(StayId id);
    OrientationInput inputFor(const Stay &stay);
    Result<AdmissionAssessment> saveDraft(const AdmissionAssessment &draft, Change &change, PatientId patient);
    Status writeThrough(const AdmissionAssessment &signedOne, Change &change);
    static Failure conflict();

    Writer &m_writer;
    AssessmentRepository &m_assessments;
    StayRepository &m_stays;
    PatientRepository &m_patients;
    ResultRepository &m_results;
    const InstrumentCatalog &m_instruments;
    const Clock &m_clock;
};

} // namespace smr
