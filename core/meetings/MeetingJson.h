#pragma once

#include "core/meetings/Meeting.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace smr {

struct AgendaRow;

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
} // namespace meetingjson

} // namespace smr
