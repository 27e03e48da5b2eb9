#pragma once

#include "core/meetings/Meeting.h"
#include "core/patients/Patient.h"

#include <QList>
#include <QString>

#include <optional>

namespace smr {

class Database;

// A stay on an agenda with its patient, in the agenda's order.
struct AgendaRow {
    MeetingEntry entry;
    Stay stay;
    Patient patient;
};

// Reads and writes meetings and what belongs to them (migration 0007). Throws StorageError;
// writes are made inside the caller's transaction. Updates check the stored version and say
// false when it moved on.
class MeetingRepository
{
public:
    explicit MeetingRepository(Database &db) : m_db(db) {}

    // Meetings
    MeetingId insert(const Meeting &meeting, const QString &timestamp);
    bool update(const Meeting &meeting, const QString &timestamp);
    std::optional<Meeting> find(MeetingId id);
    std::optional<Meeting> find(const QString &unitCode, const QDate &date);
    QList<Meeting> forUnit(const QString &unitCode); // latest first
    // The unit's meeting before `date` (the latest of those before it).
    std::optional<Meeting> previous(const QString &unitCode, const QDate &date);
    // The latest meeting on or before `date` with `stay` on its agenda.
    std::optional<Meeting> latestWith(StayId stay, const QDate &date);
    void insertSignature(MeetingId meeting, int signedVersion, const QString &by, const QString &at,
                         const QString &correctionReason, const QString &content);
    // The content (JSON) of each signed version, oldest first.
    QStringList signatures(MeetingId meeting);

    // Agenda
    void insertEntry(MeetingId meeting, StayId stay, int position, const QString &timestamp);
    QList<AgendaRow> agenda(MeetingId meeting); // in position order
    std::optional<MeetingEntry> findEntry(MeetingId meeting, StayId stay);
    bool updateEntry(const MeetingEntry &entry, const QString &timestamp);
    void setPosition(MeetingId meeting, StayId stay, int position);

    // Notes
    // The meeting's notes of one stay, or (invalid stay) every stay's.
    QList<MeetingNote> notes(MeetingId meeting, StayId stay = {});
    std::optional<MeetingNote> findNote(MeetingId meeting, StayId stay, const QString &discipline);
    MeetingNoteId insertNote(const MeetingNote &note, const QString &timestamp);
    bool updateNote(const MeetingNote &note, const QString &timestamp);

    // Decisions
    DecisionId insertDecision(const MeetingDecision &decision);
    std::optional<MeetingDecision> findDecision(DecisionId id);
    // The meeting's decisions, withdrawn included, oldest first: of one stay or (invalid) every stay's.
    QList<MeetingDecision> decisions(MeetingId meeting, StayId stay = {});
    void withdraw(DecisionId id, const QString &timestamp, const QString &by);

    // Actions
    ActionId insertAction(const MeetingAction &action, const QString &timestamp);
    std::optional<MeetingAction> findAction(ActionId id);
    bool updateAction(const MeetingAction &action, const QString &timestamp);
    // The actions a meeting shows: raised on or before `date` and open, raised in `meeting`, or
    // done in it; oldest first. For one stay, or (invalid stay) every stay of the
    // meeting's agenda.
    QList<MeetingAction> actionsFor(MeetingId meeting, const QDate &date, StayId stay = {});

    // Disciplines
    QList<MeetingDiscipline> disciplines(); // in their order, inactive ones included
    void replaceDisciplines(const QList<MeetingDiscipline> &disciplines);

private:
    Database &m_db;
};

} // namespace smr
