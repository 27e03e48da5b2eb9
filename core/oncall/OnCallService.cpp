#include "core/oncall/OnCallService.h"

#include "core/assessment/AssessmentRepository.h"
#include "core/audit/AuditEntry.h"
#include "core/audit/Writer.h"
#include "core/common/Clock.h"
#include "core/meetings/MeetingRepository.h"
#include "core/oncall/OnCallRepository.h"
#include "core/stays/StayRepository.h"

#include <QStringList>

namespace smr {

OnCallService::OnCallService(Writer &writer, OnCallRepository &notes, StayRepository &stays,
                             AssessmentRepository &assessments, MeetingRepository &meetings, const Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_notes(notes)
    , m_stays(stays)
    , m_assessments(assessments)
    , m_meetings(meetings)
    , m_clock(clock)
{
}

Result<Stay> OnCallService::existingStay(StayId id)
{
    const std::optional<Stay> stay = m_stays.find(id);
    if (!stay)
        return Failure::notFound(StayField, tr("No stay has the identifier %1.").arg(id.value));
    return *stay;
}

QList<FieldError> OnCallService::check(const OnCallNotes &n)
{
    QList<FieldError> errors;
    const auto length = [&](const QString &field, const QString &text, const QString &message) {
        if (text.trimmed().size() > MaxTextLength)
            errors << FieldError{field, message.arg(text.trimmed().size()).arg(MaxTextLength)};
    };
    length(MedicalIssuesField, n.medicalIssues, tr("The medical issues are too long (%1 characters; at most %2)."));
    length(TreatmentsField, n.treatments, tr("The treatments to watch are too long (%1 characters; at most %2)."));
    length(InstructionsField, n.instructions,
           tr("The \"if … then …\" instructions are too long (%1 characters; at most %2)."));
    return errors;
}

Result<std::optional<OnCallNotes>> OnCallService::find(StayId stay)
{
    return m_writer.read([&]() -> Result<std::optional<OnCallNotes>> {
        if (const Result<Stay> s = existingStay(stay); !s)
            return s.failure();
        return m_notes.find(stay);
    });
}

Result<OnCallNotes> OnCallService::save(const OnCallNotes &typed, int knownVersion)
{
    OnCallNotes next;
    next.stay = typed.stay;
    next.medicalIssues = typed.medicalIssues.trimmed();
    next.treatments = typed.treatments.trimmed();
    next.instructions = typed.instructions.trimmed();
    PatientId patient;
    Result<OnCallNotes> saved = m_writer.write(Right::WriteAssessments, [&](Change &change) -> Result<OnCallNotes> {
        const Result<Stay> stay = existingStay(next.stay);
        if (!stay)
            return stay.failure();
        // Decision: notes are written while the team can still act on them, from the
        // pre-admission (a patient arriving on Friday evening) to the discharge; a discharged or
        // cancelled stay's notes stay as they were last saved.
        if (!stay->isOpen())
            return Failure::invalid(StayField, tr("On-call notes are written for a pre-admission or a stay in "
                                                  "progress; stay no. %1 is %2.")
                                                   .arg(next.stay.value)
                                                   .arg(kStayStatuses.label(stay->status).toLower()));
        if (const QList<FieldError> errors = check(next); !errors.isEmpty())
            return Failure::invalid(errors);
        patient = stay->patientId;
        const std::optional<OnCallNotes> stored = m_notes.find(next.stay);
        if ((stored ? stored->version : 0) != knownVersion)
            return Failure::conflict(tr("The on-call notes of this patient were changed elsewhere since you opened "
                                        "them. Nothing was saved: look at them again."));
        if (stored ? stored->sameText(next) : next.isEmpty()) {
            change.markUnchanged();
            return stored.value_or(next);
        }
        next.updatedBy = change.actor() ? change.actor()->displayName : QString();
        next.updatedAt = QDateTime::fromString(change.now(), Qt::ISODate);
        if (stored) {
            next.version = stored->version;
            if (!m_notes.update(next, change.now()))
                return Failure::conflict(tr("The on-call notes of this patient were changed elsewhere since you "
                                            "opened them. Nothing was saved: look at them again."));
            next.version = stored->version + 1;
        } else {
            m_notes.insert(next, change.now());
            next.version = 1;
        }
        change.record(audit::OnCallNotes, next.stay, patient, stored ? audit::Update : audit::Create,
                      stored ? snapshot::of(*stored) : QJsonObject(), snapshot::of(next));
        return next;
    });
    if (saved && saved->version != knownVersion)
        emit notesChanged(next.stay, patient);
    return saved;
}

Result<OnCallNotes> OnCallService::suggested(StayId stayId)
{
    return m_writer.read([&]() -> Result<OnCallNotes> {
        const Result<Stay> stay = existingStay(stayId);
        if (!stay)
            return stay.failure();
        OnCallNotes out;
        out.stay = stayId;
        const std::optional<AdmissionAssessment> assessment = m_assessments.current(stayId);
        // What the team last said of the patient is newer than the admission's comorbidities.
        if (const std::optional<Meeting> meeting = m_meetings.latestWith(stayId, m_clock.today()))
            if (const std::optional<MeetingEntry> entry = m_meetings.findEntry(meeting->id, stayId))
                out.medicalIssues = entry->medicalIssues.trimmed();
        if (out.medicalIssues.isEmpty() && assessment)
            out.medicalIssues = assessment->comorbidities.trimmed();
        if (assessment) {
            QStringList treatments;
            if (!assessment->treatments.trimmed().isEmpty())
                treatments << assessment->treatments.trimmed();
            if (assessment->analgesicLevel != AnalgesicLevel::None)
                treatments << tr("Analgesics: %1").arg(kAnalgesicLevels.label(assessment->analgesicLevel));
            if (assessment->corticosteroids)
                treatments << tr("Corticosteroids");
            out.treatments = treatments.join(QLatin1Char('\n'));
        }
        return out;
    });
}

} // namespace smr
