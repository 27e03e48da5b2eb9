#pragma once

// The weekly pluridisciplinary meeting (réunion de synthèse, issue #7): what is stored.

#include "core/common/CodeTable.h"
#include "core/common/Ids.h"
#include "core/stays/Stay.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace smr {

using MeetingEntryId = Id<struct MeetingEntryTag>;
using MeetingNoteId = Id<struct MeetingNoteTag>;
using DecisionId = Id<struct DecisionTag>;
using ActionId = Id<struct ActionTag>;

enum class MeetingStatus { Preparing, InProgress, Closed };

inline constexpr CodeTable<MeetingStatus, 3> kMeetingStatuses{
    "MeetingStatus",
    {{
        {MeetingStatus::Preparing, "preparing", QT_TRANSLATE_NOOP("MeetingStatus", "In preparation"),
         QT_TRANSLATE_NOOP("MeetingStatus", "Preparing")},
        {MeetingStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("MeetingStatus", "In progress"),
         QT_TRANSLATE_NOOP("MeetingStatus", "In progress")},
        {MeetingStatus::Closed, "closed", QT_TRANSLATE_NOOP("MeetingStatus", "Closed and signed"),
         QT_TRANSLATE_NOOP("MeetingStatus", "Closed")},
    }}};

// Someone present at a meeting: a name and the discipline they speak for (a code of the site's
// meeting disciplines). `user` when chosen from the accounts.
struct Attendee {
    QString name;
    QString discipline;
    UserId user;

    bool operator==(const Attendee &) const = default;
};

// A unit's meeting on a day. Preparing: the disciplines write their notes ahead; in progress: the
// team reviews the patients; closed: signed by the coordinating physician and read-only. A
// correction reopens it (in progress again, with its reason) and closing it again signs a new
// version; every signed version is kept (meeting_signatures).
struct Meeting {
    MeetingId id;
    QString unitCode;
    QDate date;
    MeetingStatus status = MeetingStatus::Preparing;
    QList<Attendee> attendees;
    bool orderedByHand = false; // the agenda's order was changed by drag and drop
    int signedVersions = 0;     // how many times it was closed and signed (the current version's number)
    QString signedBy;           // display name of the last signer
    QDateTime signedAt;         // UTC, of the last signature
    QString correctionReason;   // why it was reopened after its last signature (empty otherwise)
    int version = 0;

    bool isClosed() const { return status == MeetingStatus::Closed; }
};

// One patient (stay) on a meeting's agenda, at its position, with the medical issues discussed.
struct MeetingEntry {
    MeetingEntryId id;
    MeetingId meeting;
    StayId stay;
    int position = 0; // 0-based order on the agenda
    QString medicalIssues;
    int version = 0;
};

// A discipline's note on a patient for one meeting (written before or during it).
struct MeetingNote {
    MeetingNoteId id;
    MeetingId meeting;
    StayId stay;
    QString discipline; // code of the site's meeting disciplines
    QString text;
    QString author;      // display name of who wrote it last
    QDateTime updatedAt; // UTC
    int version = 0;
};

enum class DecisionKind { Continue, AdjustProgramme, ExtendStay, SetDischarge, Refer, Other };

inline constexpr CodeTable<DecisionKind, 6> kDecisionKinds{
    "DecisionKind",
    {{
        {DecisionKind::Continue, "continue", QT_TRANSLATE_NOOP("DecisionKind", "Continue unchanged"),
         QT_TRANSLATE_NOOP("DecisionKind", "Continue")},
        {DecisionKind::AdjustProgramme, "adjust_programme", QT_TRANSLATE_NOOP("DecisionKind", "Adjust the programme"),
         QT_TRANSLATE_NOOP("DecisionKind", "Programme")},
        {DecisionKind::ExtendStay, "extend_stay", QT_TRANSLATE_NOOP("DecisionKind", "Extend the stay to a date"),
         QT_TRANSLATE_NOOP("DecisionKind", "Extension")},
        {DecisionKind::SetDischarge, "set_discharge", QT_TRANSLATE_NOOP("DecisionKind", "Set the discharge date"),
         QT_TRANSLATE_NOOP("DecisionKind", "Discharge")},
        {DecisionKind::Refer, "refer", QT_TRANSLATE_NOOP("DecisionKind", "Refer to…"),
         QT_TRANSLATE_NOOP("DecisionKind", "Referral")},
        {DecisionKind::Other, "other", QT_TRANSLATE_NOOP("DecisionKind", "Other decision"),
         QT_TRANSLATE_NOOP("DecisionKind", "Other")},
    }}};

// A decision of the team for a patient. ExtendStay and SetDischarge write `date` through to the
// stay's planned discharge, AdjustProgramme writes `programme` (and the text as its precision)
// through to the stay's programme, in the same transaction, the meeting named in the stay's
// audit line. What the stay had before is kept, so that withdrawing the decision while the
// meeting is open puts it back (unless the stay was changed again since).
struct MeetingDecision {
    DecisionId id;
    MeetingId meeting;
    StayId stay;
    DecisionKind kind = DecisionKind::Continue;
    QDate date;                         // ExtendStay, SetDischarge
    std::optional<Programme> programme; // AdjustProgramme
    QString text;                       // Refer (to whom, required), Other (required), else optional
    QString author;                     // display name
    QDateTime recordedAt;               // UTC
    QDate previousDischarge;            // the stay's planned discharge before (write-through kinds)
    std::optional<Programme> previousProgramme;
    QString previousProgrammeDetail;
    bool withdrawn = false;
};

// Something to do for a patient, raised in a meeting, owned by a discipline. Open actions carry
// over to every later meeting of the stay until they are done.
struct MeetingAction {
    ActionId id;
    StayId stay;
    MeetingId raisedIn;
    QDate raisedOn; // the date of the meeting that raised it
    QString what;
    QString owner;    // discipline code
    QDate due;        // optional
    QDate doneOn;     // invalid while open
    MeetingId doneIn; // the meeting where it was ticked, when it was
    QString doneBy;   // display name
    int version = 0;

    bool isOpen() const { return !doneOn.isValid(); }
};

// A discipline of the site's meetings (configurable: renamed, added, deactivated, reordered).
// The built-in ones have an empty `name` and are shown under their translated label.
struct MeetingDiscipline {
    QString code;
    QString name;
    int position = 0;
    bool active = true;
};

} // namespace smr
