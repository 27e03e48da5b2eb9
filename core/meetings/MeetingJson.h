#pragma once

#include "core/meetings/Meeting.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace smr {

struct AgendaRow;

// One patient of a signed version of a meeting, read back from its JSON (meetingjson::minutes).
struct SignedPatient {
    StayId stay;
    PatientId patient;
    QString name; // the patient's display name when the meeting was signed
    MeetingEntry entry;
    QList<MeetingNote> notes;         // with text
    QList<MeetingDecision> decisions; // withdrawn ones included (marked)
    QList<MeetingAction> actions;     // as they stood at the signature
};

// A signed version of a meeting: the meeting as it was signed and its patients in the agenda's order.
struct SignedMeeting {
    Meeting meeting;
    QList<SignedPatient> patients;
};

// Meetings as JSON with stable snake_case keys: the audit trail's snapshots (declared in
// core/audit/Snapshots.h, defined in MeetingJson.cpp) and the signed versions' content.
namespace meetingjson {
QJsonArray attendees(const QList<Attendee> &attendees);
QList<Attendee> attendeesFrom(const QJsonArray &array);
QJsonObject disciplines(const QList<MeetingDiscipline> &disciplines);
// The whole meeting as it stands: the meeting, then each patient of the agenda in its order with
// its medical issues, notes, decisions (withdrawn ones marked) and actions.
QJsonObject minutes(const Meeting &meeting, const QList<AgendaRow> &agenda, const QList<MeetingNote> &notes,
                    const QList<MeetingDecision> &decisions, const QList<MeetingAction> &actions);
// Reads back what `minutes` wrote (the content of a row of meeting_signatures).
SignedMeeting signedFrom(const QJsonObject &content);
} // namespace meetingjson

} // namespace smr
