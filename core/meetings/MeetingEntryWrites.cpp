// MeetingService: what is written about one patient in a meeting (notes, medical issues,
// decisions and their write-through to the stay, actions).

#include "core/meetings/MeetingService.h"

#include "core/audit/AuditEntry.h"
#include "core/audit/Snapshots.h"
#include "core/audit/Writer.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/meetings/MeetingRepository.h"
#include "core/patients/PatientRepository.h"
#include "core/stays/StayRepository.h"
#include "core/stays/StayRules.h"

namespace smr {

Result<MeetingNote> MeetingService::saveNote(MeetingId meetingId, StayId stay, const QString &discipline,
                                             const QString &textIn, int knownVersion)
{
    const QString text = textIn.trimmed();
    PatientId patient;
    const Result<MeetingNote> result =
        m_writer.write(Writer::Permission::checkedByService(), [&](Change &change) -> Result<MeetingNote> {
            if (Status may = mayWriteNote(discipline); !may)
                return may.failure();
            const Result<Meeting> meeting = writable(meetingId);
            if (!meeting)
                return meeting.failure();
            if (const Result<MeetingEntry> entry = entryOf(*meeting, stay); !entry)
                return entry.failure();
            if (const std::optional<FieldError> e = checkDiscipline(discipline, DisciplineField))
                return Failure::invalid({*e});
            if (text.size() > MaxNoteLength)
                return Failure::invalid(
                    TextField,
                    tr("The note is too long (%1 characters; at most %2).").arg(text.size()).arg(MaxNoteLength));
            patient = m_stays.find(stay)->patientId;
            const std::optional<MeetingNote> stored = m_meetings.findNote(meetingId, stay, discipline);
            if ((stored ? stored->version : 0) != knownVersion)
                return Failure::conflict(tr("This note was changed by someone else since you opened it. Nothing was "
                                            "saved: copy your text, look at theirs, then write it again."));
            MeetingNote note = stored.value_or(MeetingNote{});
            if ((stored && stored->text == text) || (!stored && text.isEmpty())) {
                change.markUnchanged();
                note.meeting = meetingId;
                note.stay = stay;
                note.discipline = discipline;
                return note;
            }
            note.meeting = meetingId;
            note.stay = stay;
            note.discipline = discipline;
            note.text = text;
            note.author = authorOf(change);
            note.updatedAt = QDateTime::fromString(change.now(), Qt::ISODate);
            if (stored) {
                if (!m_meetings.updateNote(note, change.now()))
                    return conflict();
                note.version = stored->version + 1;
            } else {
                note.id = m_meetings.insertNote(note, change.now());
                note.version = 1;
            }
            change.record(audit::MeetingNote, note.id, patient, stored ? audit::Update : audit::Create,
                          stored ? snapshot::of(*stored) : QJsonObject(), snapshot::of(note));
            return note;
        });
    if (result && patient.isValid())
        emit entryChanged(meetingId, stay);
    return result;
}

Result<MeetingEntry> MeetingService::setMedicalIssues(MeetingId meetingId, StayId stay, const QString &textIn,
                                                      int knownVersion)
{
    const QString text = textIn.trimmed();
    bool changed = false;
    const Result<MeetingEntry> result =
        m_writer.write(Right::ManageMeetings, [&](Change &change) -> Result<MeetingEntry> {
            const Result<Meeting> meeting = writable(meetingId);
            if (!meeting)
                return meeting.failure();
            const Result<MeetingEntry> stored = entryOf(*meeting, stay);
            if (!stored)
                return stored.failure();
            if (stored->version != knownVersion)
                return conflict();
            if (text.size() > MaxNoteLength)
                return Failure::invalid(TextField, tr("The medical issues are too long (%1 characters; at most %2).")
                                                       .arg(text.size())
                                                       .arg(MaxNoteLength));
            if (stored->medicalIssues == text) {
                change.markUnchanged();
                return *stored;
            }
            MeetingEntry next = *stored;
            next.medicalIssues = text;
            if (!m_meetings.updateEntry(next, change.now()))
                return conflict();
            next.version = stored->version + 1;
            change.record(audit::MeetingEntry, next.id, m_stays.find(stay)->patientId, audit::Update,
                          snapshot::of(*stored), snapshot::of(next));
            changed = true;
            return next;
        });
    if (result && changed)
        emit entryChanged(meetingId, stay);
    return result;
}

// --- Decisions ---------------------------------------------------------------------------------

namespace {
bool writesThrough(DecisionKind kind)
{
    return kind == DecisionKind::ExtendStay || kind == DecisionKind::SetDischarge ||
           kind == DecisionKind::AdjustProgramme;
}
} // namespace

Status MeetingService::writeThrough(Change &change, const Meeting &meeting, MeetingDecision &decision)
{
    const std::optional<Stay> stored = m_stays.find(decision.stay);
    if (!writesThrough(decision.kind))
        return Done{};
    if (!stored->isOpen())
        return Failure::invalid(StayField, tr("Stay no. %1 is %2: a decision on its discharge date or programme "
                                              "needs a stay in progress.")
                                               .arg(decision.stay.value)
                                               .arg(kStayStatuses.label(stored->status).toLower()));
    Stay stay = *stored;
    decision.previousDischarge = stay.plannedDischargeDate;
    decision.previousProgramme = stay.programme;
    decision.previousProgrammeDetail = stay.programmeDetail;
    if (decision.kind == DecisionKind::AdjustProgramme) {
        stay.programme = decision.programme;
        stay.programmeDetail = decision.text;
    } else {
        stay.plannedDischargeDate = decision.date;
    }
    const std::optional<Patient> patient = m_patients.find(stay.patientId);
    QList<FieldError> errors;
    for (const FieldError &e : StayRules::check(stay, *patient, m_clock.today())) {
        if (e.field == StayRules::PlannedDischargeDate)
            errors << FieldError{DateField, e.message};
        else if (e.field == StayRules::ProgrammeField || e.field == QStringLiteral("programme_detail"))
            errors << FieldError{e.field == StayRules::ProgrammeField ? ProgrammeField : TextField, e.message};
    }
    if (!errors.isEmpty())
        return Failure::invalid(errors);
    return saveStay(change, meeting, *stored, stay, audit::MeetingDecided);
}

Status MeetingService::undoWriteThrough(Change &change, const Meeting &meeting, const MeetingDecision &decision)
{
    if (!writesThrough(decision.kind))
        return Done{};
    const std::optional<Stay> stored = m_stays.find(decision.stay);
    if (!stored->isOpen())
        return Done{};
    Stay stay = *stored;
    // Put back only what the decision still holds: a later change of the stay wins.
    if (decision.kind == DecisionKind::AdjustProgramme) {
        if (stay.programme != decision.programme || stay.programmeDetail != decision.text)
            return Done{};
        stay.programme = decision.previousProgramme;
        stay.programmeDetail = decision.previousProgrammeDetail;
    } else {
        if (stay.plannedDischargeDate != decision.date)
            return Done{};
        stay.plannedDischargeDate = decision.previousDischarge;
    }
    return saveStay(change, meeting, *stored, stay, audit::MeetingWithdrawn);
}

Status MeetingService::saveStay(Change &change, const Meeting &meeting, const Stay &stored, const Stay &changed,
                                const QString &action)
{
    if (!m_stays.update(changed, change.now()))
        return conflict();
    Stay saved = changed;
    saved.version = stored.version + 1;
    QJsonObject after = snapshot::of(saved);
    after.insert(QStringLiteral("meeting_id"), meeting.id.value);
    after.insert(QStringLiteral("meeting_date"), dates::toIso(meeting.date));
    change.record(audit::Stay, changed.id, changed.patientId, action, snapshot::of(stored), after);
    return Done{};
}

Result<DecisionId> MeetingService::decide(const MeetingDecision &draft)
{
    MeetingDecision decision = draft;
    decision.text = decision.text.trimmed();
    PatientId patient;
    bool stayChanged = false;
    const Result<DecisionId> result = m_writer.write(Right::ManageMeetings, [&](Change &change) -> Result<DecisionId> {
        const Result<Meeting> meeting = writable(decision.meeting);
        if (!meeting)
            return meeting.failure();
        if (const Result<MeetingEntry> entry = entryOf(*meeting, decision.stay); !entry)
            return entry.failure();
        const Stay stay = *m_stays.find(decision.stay);
        patient = stay.patientId;
        QList<FieldError> errors;
        const QString meetingDay = dates::display(meeting->date);
        switch (decision.kind) {
        case DecisionKind::ExtendStay:
            if (!decision.date.isValid())
                errors << FieldError{DateField, tr("The date the stay is extended to is required.")};
            else if (stay.plannedDischargeDate.isValid() && decision.date <= stay.plannedDischargeDate)
                errors << FieldError{DateField, tr("An extension goes beyond the planned discharge (%1): choose a "
                                                   "later date, or \"Set the discharge date\" to bring it "
                                                   "forward.")
                                                    .arg(dates::display(stay.plannedDischargeDate))};
            else if (decision.date < meeting->date)
                errors << FieldError{
                    DateField, tr("The new discharge date must be on or after the meeting (%1).").arg(meetingDay)};
            break;
        case DecisionKind::SetDischarge:
            if (!decision.date.isValid())
                errors << FieldError{DateField, tr("The discharge date is required.")};
            else if (decision.date < meeting->date)
                errors << FieldError{DateField,
                                     tr("The discharge date must be on or after the meeting (%1).").arg(meetingDay)};
            break;
        case DecisionKind::AdjustProgramme:
            if (!decision.programme)
                errors << FieldError{ProgrammeField,
                                     tr("The programme is required: one of %1.").arg(kProgrammes.allowed())};
            break;
        case DecisionKind::Refer:
            if (decision.text.isEmpty())
                errors << FieldError{TextField, tr("Say to whom the patient is referred.")};
            break;
        case DecisionKind::Other:
            if (decision.text.isEmpty())
                errors << FieldError{TextField, tr("Describe the decision.")};
            break;
        case DecisionKind::Continue:
            break;
        }
        if ((decision.kind == DecisionKind::ExtendStay || decision.kind == DecisionKind::SetDischarge) &&
            errors.isEmpty() && decision.date > meeting->date.addDays(StayRules::MaxDaysAhead))
            errors << FieldError{DateField, tr("The discharge date must be within a year of the meeting (by %1).")
                                                .arg(dates::display(meeting->date.addDays(StayRules::MaxDaysAhead)))};
        if (decision.text.size() > MaxTextLength)
            errors << FieldError{TextField,
                                 tr("The decision's text is too long (at most %1 characters).").arg(MaxTextLength)};
        if (!errors.isEmpty())
            return Failure::invalid(errors);
        if (decision.kind != DecisionKind::ExtendStay && decision.kind != DecisionKind::SetDischarge)
            decision.date = QDate();
        if (decision.kind != DecisionKind::AdjustProgramme)
            decision.programme.reset();
        if (Status through = writeThrough(change, *meeting, decision); !through)
            return through.failure();
        stayChanged = writesThrough(decision.kind);
        decision.author = authorOf(change);
        decision.recordedAt = QDateTime::fromString(change.now(), Qt::ISODate);
        decision.withdrawn = false;
        decision.id = m_meetings.insertDecision(decision);
        change.record(audit::MeetingDecision, decision.id, patient, audit::Create, {}, snapshot::of(decision));
        return decision.id;
    });
    if (result) {
        emit entryChanged(decision.meeting, decision.stay);
        if (stayChanged)
            emit staySaved(decision.stay, patient);
    }
    return result;
}

Status MeetingService::withdrawDecision(DecisionId id)
{
    std::optional<MeetingDecision> decision;
    PatientId patient;
    const Status result = m_writer.write(Right::ManageMeetings, [&](Change &change) -> Status {
        decision = m_meetings.findDecision(id);
        if (!decision || decision->withdrawn)
            return Failure::notFound(DecisionField, tr("No decision in force has the identifier %1.").arg(id.value));
        const Result<Meeting> meeting = writable(decision->meeting);
        if (!meeting)
            return meeting.failure();
        patient = m_stays.find(decision->stay)->patientId;
        if (Status undone = undoWriteThrough(change, *meeting, *decision); !undone)
            return undone;
        m_meetings.withdraw(id, change.now(), authorOf(change));
        MeetingDecision after = *decision;
        after.withdrawn = true;
        change.record(audit::MeetingDecision, id, patient, audit::Withdraw, snapshot::of(*decision),
                      snapshot::of(after));
        return Done{};
    });
    if (result) {
        emit entryChanged(decision->meeting, decision->stay);
        if (writesThrough(decision->kind))
            emit staySaved(decision->stay, patient);
    }
    return result;
}

// --- Actions -----------------------------------------------------------------------------------

Result<ActionId> MeetingService::addAction(MeetingId meetingId, StayId stay, const QString &whatIn,
                                           const QString &owner, const QDate &due)
{
    const QString what = whatIn.simplified();
    const Result<ActionId> result = m_writer.write(Right::ManageMeetings, [&](Change &change) -> Result<ActionId> {
        const Result<Meeting> meeting = writable(meetingId);
        if (!meeting)
            return meeting.failure();
        if (const Result<MeetingEntry> entry = entryOf(*meeting, stay); !entry)
            return entry.failure();
        QList<FieldError> errors;
        if (what.isEmpty())
            errors << FieldError{WhatField, tr("Say what is to be done.")};
        else if (what.size() > MaxTextLength)
            errors << FieldError{WhatField, tr("The action is too long (at most %1 characters).").arg(MaxTextLength)};
        if (const std::optional<FieldError> e = checkDiscipline(owner, OwnerField))
            errors << *e;
        if (due.isValid() && due < meeting->date)
            errors << FieldError{
                DueField, tr("The due date must be on or after the meeting (%1).").arg(dates::display(meeting->date))};
        if (!errors.isEmpty())
            return Failure::invalid(errors);
        MeetingAction action;
        action.stay = stay;
        action.raisedIn = meetingId;
        action.raisedOn = meeting->date;
        action.what = what;
        action.owner = owner;
        action.due = due;
        action.id = m_meetings.insertAction(action, change.now());
        action.version = 1;
        change.record(audit::MeetingAction, action.id, m_stays.find(stay)->patientId, audit::Create, {},
                      snapshot::of(action));
        return action.id;
    });
    if (result)
        emit entryChanged(meetingId, stay);
    return result;
}

Status MeetingService::setActionDone(ActionId id, MeetingId meetingId, bool done, int knownVersion)
{
    std::optional<MeetingAction> stored;
    bool changed = false;
    const Status result = m_writer.write(Writer::Permission::checkedByService(), [&](Change &change) -> Status {
        const std::optional<Actor> &actor = m_writer.session().actor();
        if (!actor || !ticksActions(*actor))
            return m_writer.session().require(Right::WriteNotes); // the refusal naming the right
        stored = m_meetings.findAction(id);
        if (!stored)
            return Failure::notFound(ActionField, tr("No action has the identifier %1.").arg(id.value));
        const Result<Meeting> meeting = writable(meetingId);
        if (!meeting)
            return meeting.failure();
        if (const Result<MeetingEntry> entry = entryOf(*meeting, stored->stay); !entry)
            return entry.failure();
        if (stored->version != knownVersion)
            return conflict();
        if (stored->isOpen() == !done) {
            change.markUnchanged();
            return Done{};
        }
        MeetingAction next = *stored;
        next.doneOn = done ? m_clock.today() : QDate();
        next.doneIn = done ? meetingId : MeetingId();
        next.doneBy = done ? authorOf(change) : QString();
        if (!m_meetings.updateAction(next, change.now()))
            return conflict();
        next.version = stored->version + 1;
        change.record(audit::MeetingAction, id, m_stays.find(stored->stay)->patientId,
                      done ? audit::Done : audit::Undone, snapshot::of(*stored), snapshot::of(next));
        changed = true;
        return Done{};
    });
    if (result && changed)
        emit entryChanged(meetingId, stored->stay);
    return result;
}

} // namespace smr
