#pragma once

#include "core/common/Result.h"
#include "core/oncall/OnCallNotes.h"

#include <QObject>

namespace smr {

class AssessmentRepository;
class Clock;
class MeetingRepository;
class OnCallRepository;
class StayRepository;
class Writer;
struct Stay;

// The on-call notes of a stay (consignes d'astreinte, issue #9): what the physician covering
// nights and weekends must know. The only writer of on_call_notes: a physician's notes, so the
// right to write assessments; an open stay only (pre-admission or in progress); each text at most
// MaxTextLength characters; the version the user saw checked; audited as "on_call_notes".
class OnCallService : public QObject
{
    Q_OBJECT

public:
    OnCallService(Writer &writer, OnCallRepository &notes, StayRepository &stays, AssessmentRepository &assessments,
                  MeetingRepository &meetings, const Clock &clock, QObject *parent = nullptr);

    // Field keys of the refusals (the columns' names).
    static inline const QString StayField = QStringLiteral("stay");
    static inline const QString MedicalIssuesField = QStringLiteral("medical_issues");
    static inline const QString TreatmentsField = QStringLiteral("treatments");
    static inline const QString InstructionsField = QStringLiteral("instructions");
    static constexpr int MaxTextLength = 2000;

    // The stay's notes; nothing when none were saved. NotFound for an unknown stay.
    Result<std::optional<OnCallNotes>> find(StayId stay);
    // Saves `notes` (texts trimmed) for `notes.stay` over `knownVersion`, the version the user
    // started from (0 when there were none): Conflict when someone saved since. Returns the notes
    // as stored; saving the stored texts again writes nothing.
    Result<OnCallNotes> save(const OnCallNotes &notes, int knownVersion);
    // What to prefill when the stay has no notes yet (version 0, nothing saved): the medical
    // issues of the latest meeting that discussed the stay, else the admission assessment's
    // comorbidities; the assessment's treatments, analgesic step and corticosteroids.
    Result<OnCallNotes> suggested(StayId stay);

    // The refusals of `notes`' texts (lengths), as a form checks them while typing.
    static QList<FieldError> check(const OnCallNotes &notes);

signals:
    void notesChanged(smr::StayId stay, smr::PatientId patient);

private:
    Result<Stay> existingStay(StayId id);

    Writer &m_writer;
    OnCallRepository &m_notes;
    StayRepository &m_stays;
    AssessmentRepository &m_assessments;
    MeetingRepository &m_meetings;
    const Clock &m_clock;
};

} // namespace smr
