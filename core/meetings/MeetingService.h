#pragma once

#include "core/access/Rights.h"
#include "core/access/Role.h"
#include "core/common/Result.h"
#include "core/meetings/MeetingView.h"

#include <QObject>

#include <functional>

namespace smr {

class CarePlanService;
class Clock;
class InstrumentCatalog;
class MeetingRepository;
class PatientRepository;
class ProgressRepository;
class ResultRepository;
class StayRepository;
class UnitRepository;
class Writer;
class Change;
struct AgendaRow;
struct Actor;
struct UnitStay;

// The weekly pluridisciplinary meeting of a unit (issue #7): the only writer of meetings, their
// agendas, notes, decisions and actions, and the reads the meeting's views need.
//
// Rights: preparing and running a meeting (create, attendees, start, agenda order, medical
// issues, decisions, actions) needs ManageMeetings; closing and signing it, and reopening a
// closed one for a correction, CloseMeetings. A discipline's note needs WriteNotes for the
// writer's own discipline (disciplineOf their role) or ManageMeetings for any (the meeting's
// scribe). Ticking an action done needs WriteNotes or ManageMeetings. A closed meeting refuses
// every write but the correction. Every write checks the version the user saw.
class MeetingService : public QObject
{
    Q_OBJECT

public:
    MeetingService(Writer &writer, MeetingRepository &meetings, StayRepository &stays, PatientRepository &patients,
                   UnitRepository &units, ResultRepository &results, ProgressRepository &progress,
                   CarePlanService &plans, const InstrumentCatalog &instruments, const Clock &clock,
                   QObject *parent = nullptr);

    // Field keys of the refusals.
    static inline const QString UnitField = QStringLiteral("unit");
    static inline const QString DateField = QStringLiteral("date");
    static inline const QString MeetingField = QStringLiteral("meeting");
    static inline const QString StayField = QStringLiteral("stay");
    static inline const QString StatusField = QStringLiteral("status");
    static inline const QString AttendeesField = QStringLiteral("attendees");
    static inline const QString OrderField = QStringLiteral("order");
    static inline const QString DisciplineField = QStringLiteral("discipline");
    static inline const QString TextField = QStringLiteral("text");
    static inline const QString KindField = QStringLiteral("kind");
    static inline const QString ProgrammeField = QStringLiteral("programme");
    static inline const QString WhatField = QStringLiteral("what");
    static inline const QString OwnerField = QStringLiteral("owner");
    static inline const QString DueField = QStringLiteral("due");
    static inline const QString ReasonField = QStringLiteral("reason");
    static inline const QString DecisionField = QStringLiteral("decision");
    static inline const QString ActionField = QStringLiteral("action");
    static constexpr int MaxNoteLength = 4000;
    static constexpr int MaxTextLength = 500;

    // --- The meeting -------------------------------------------------------------------------
    // A meeting of the unit on `date` (one per unit and day), preparing, its agenda filled with
    // the unit's stays in progress on that day in AgendaRules' order.
    Result<MeetingId> create(const QString &unitCode, const QDate &date);
    // Adds to an open meeting's agenda the unit's stays in progress on its day that are not on it
    // yet (admitted since it was created); how many were added (0: nothing written). Stays no
    // longer in progress stay on the agenda. When the order was never changed by hand the whole
    // agenda is put back in AgendaRules' order; else the new ones go at the end.
    Result<int> refreshAgenda(MeetingId meeting);
    Status setAttendees(MeetingId meeting, const QList<Attendee> &attendees, int knownVersion);
    // Preparing → in progress.
    Status start(MeetingId meeting, int knownVersion);
    // The agenda in this order (every stay of the agenda once; drag and drop).
    Status reorder(MeetingId meeting, const QList<StayId> &order, int knownVersion);
    // In progress → closed, signed by the signed-in physician: needs at least one attendee. The
    // whole meeting as it stands is kept as the signed version (meeting_signatures).
    Status close(MeetingId meeting, int knownVersion);
    // Closed → in progress again for a correction, with its reason; closing it again signs a new
    // version, the earlier ones kept.
    Status reopenForCorrection(MeetingId meeting, const QString &reason, int knownVersion);

    // --- A patient's entry -------------------------------------------------------------------
    // Saves a discipline's note (empty text: the note is emptied). `knownVersion` is the version
    // of the note the user started from, 0 when there was none. Returns the note as saved.
    Result<MeetingNote> saveNote(MeetingId meeting, StayId stay, const QString &discipline, const QString &text,
                                 int knownVersion);
    Result<MeetingEntry> setMedicalIssues(MeetingId meeting, StayId stay, const QString &text, int knownVersion);
    // Records a decision (draft.meeting and draft.stay say where) and writes it through to the
    // stay (ExtendStay, SetDischarge: planned discharge; AdjustProgramme: programme).
    Result<DecisionId> decide(const MeetingDecision &draft);
    // Withdraws a decision of a meeting not closed; the stay gets back what it had before when
    // the decision's value is still the stay's.
    Status withdrawDecision(DecisionId decision);
    Result<ActionId> addAction(MeetingId meeting, StayId stay, const QString &what, const QString &owner,
                               const QDate &due);
    // Ticks an action done (in `meeting`, on its day) or open again.
    Status setActionDone(ActionId action, MeetingId meeting, bool done, int knownVersion);

    // --- Disciplines -------------------------------------------------------------------------
    // The site's meeting disciplines in their order (active ones only unless asked).
    Result<QList<MeetingDiscipline>> disciplines(bool includeInactive = false);
    // Replaces the list (codes: lower-case letters, digits and _; names required for new codes;
    // built-in codes may be renamed or deactivated, never removed). ManageMeetings.
    Status saveDisciplines(const QList<MeetingDiscipline> &disciplines);
    // The discipline's name as shown: its site name, else the built-in label translated.
    static QString nameOf(const MeetingDiscipline &discipline);
    // The built-in discipline a role writes for (physician → medicine…), none for secretaries
    // and administrators.
    static std::optional<QString> disciplineOf(Role role);
    // Whether `actor` may write the note of `discipline`: the scribe (ManageMeetings) any, a
    // discipline (WriteNotes) its own. The forms ask it to open the right fields.
    static bool writesNoteOf(const Actor &actor, const QString &discipline);
    // Whether `actor` may tick an action done or open again (WriteNotes or ManageMeetings).
    static bool ticksActions(const Actor &actor);

    // --- Reads -------------------------------------------------------------------------------
    Result<Meeting> find(MeetingId meeting);
    // The unit's meetings, latest first.
    Result<QList<Meeting>> meetings(const QString &unitCode);
    Result<MeetingAgenda> agenda(MeetingId meeting);
    Result<MeetingEntryView> entry(MeetingId meeting, StayId stay);
    // Every entry of the agenda, in its order (the slides, the minutes).
    Result<QList<MeetingEntryView>> entries(MeetingId meeting);
    // The stay's latest meeting on or before today, its decisions and the stay's open actions;
    // nothing when the stay was never on a meeting's agenda.
    Result<std::optional<StayMeetingNews>> latestFor(StayId stay);

signals:
    // A meeting's own fields, its agenda or its status changed.
    void meetingChanged(smr::MeetingId meeting);
    // Something of a patient's entry changed (note, medical issues, decision, action).
    void entryChanged(smr::MeetingId meeting, smr::StayId stay);
    // A decision wrote through to the stay (or its withdrawal put the stay back).
    void staySaved(smr::StayId stay, smr::PatientId patient);

private:
    // Inside a write: the meeting, refused when unknown or closed.
    Result<Meeting> writable(MeetingId id);
    // Inside a write: the patient's entry on the meeting's agenda.
    Result<MeetingEntry> entryOf(const Meeting &meeting, StayId stay);
    Failure closedMeeting(const Meeting &meeting) const;
    // Runs `edit` on the stored meeting (refused when closed, unless `closedToo`), saves it over
    // `knownVersion`, audits `action` and says the meeting changed.
    Status saveMeeting(Right right, MeetingId id, int knownVersion, const QString &action,
                       const std::function<Status(Meeting &, Change &)> &edit, bool closedToo = false);
    void addToAgenda(Change &change, const Meeting &meeting, const UnitStay &stay, int position);
    std::optional<FieldError> checkDiscipline(const QString &code, const QString &field);
    // The right to write a discipline's note: the scribe's, or one's own discipline's.
    Status mayWriteNote(const QString &discipline) const;
    static QString authorOf(const Change &change);
    Failure conflict() const;
    Failure meetingNotFound(MeetingId id) const;
    // Puts the agenda in AgendaRules' order (the meeting's day and its previous meeting).
    void orderAgenda(const Meeting &meeting);
    // The whole meeting as stored, for its signature.
    QString signedContent(const Meeting &meeting);
    MeetingEntryView buildEntry(const Meeting &meeting, const std::optional<Meeting> &previous, const AgendaRow &row);
    // Writes a decision through to the stay, or (withdrawal) puts the stay back.
    Status writeThrough(Change &change, const Meeting &meeting, MeetingDecision &decision);
    Status undoWriteThrough(Change &change, const Meeting &meeting, const MeetingDecision &decision);
    // Saves the stay changed by a decision of `meeting` (or put back) and audits it as `action`.
    Status saveStay(Change &change, const Meeting &meeting, const Stay &stored, const Stay &changed,
                    const QString &action);

    Writer &m_writer;
    MeetingRepository &m_meetings;
    StayRepository &m_stays;
    PatientRepository &m_patients;
    UnitRepository &m_units;
    ResultRepository &m_results;
    ProgressRepository &m_progress;
    CarePlanService &m_plans;
    const InstrumentCatalog &m_instruments;
    const Clock &m_clock;
};

} // namespace smr
