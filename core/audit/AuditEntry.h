#pragma once

#include "core/common/Ids.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace smr {

// One line of the audit trail: who did what to which record, when, with the record's values
// before and after. The trail is append-only: the application never updates or deletes a line,
// and the database refuses it (triggers of migration 0003).
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;  // UTC
    QString actor; // a username, or "cli:<operating-system user>"
    UserId userId; // the actor's account, when it is one
    QString entity;
    QString entityId;
    PatientId patientId; // the patient the record belongs to, when it belongs to one
    QString action;
    QJsonObject before; // empty for a creation
    QJsonObject after;  // empty for a removal
};

// The entities and actions the trail names (stable codes, read by other tools).
namespace audit {
inline const QString Patient = QStringLiteral("patient");
inline const QString Stay = QStringLiteral("stay");
inline const QString Result = QStringLiteral("result");
inline const QString Unit = QStringLiteral("unit");
inline const QString User = QStringLiteral("user");
inline const QString Session = QStringLiteral("session");
inline const QString Demo = QStringLiteral("demo");
inline const QString Database = QStringLiteral("database");
inline const QString Assessment = QStringLiteral("assessment");
inline const QString RedFlagAction = QStringLiteral("red_flag_action");
inline const QString CarePlan = QStringLiteral("care_plan");
inline const QString StayGroup = QStringLiteral("stay_group");
inline const QString Meeting = QStringLiteral("meeting");
inline const QString MeetingEntry = QStringLiteral("meeting_entry");
inline const QString MeetingNote = QStringLiteral("meeting_note");
inline const QString MeetingDecision = QStringLiteral("meeting_decision");
inline const QString MeetingAction = QStringLiteral("meeting_action");
inline const QString MeetingDisciplines = QStringLiteral("meeting_disciplines");
inline const QString Document = QStringLiteral("document");
inline const QString DocumentDraft = QStringLiteral("document_draft");
inline const QString DocumentSettings = QStringLiteral("document_settings");
inline const QString OnCallNotes = QStringLiteral("on_call_notes");
// A bulk export of results (CSV, FHIR): read, not changed, but traced.
inline const QString Export = QStringLiteral("export");

inline const QString Create = QStringLiteral("create");
inline const QString Update = QStringLiteral("update");
inline const QString Admit = QStringLiteral("admit");
inline const QString Close = QStringLiteral("close");
inline const QString Cancel = QStringLiteral("cancel");
inline const QString SaveDraft = QStringLiteral("save_draft");
inline const QString Record = QStringLiteral("record");
inline const QString Correct = QStringLiteral("correct");
inline const QString Discard = QStringLiteral("discard");
inline const QString SetPassword = QStringLiteral("set_password");
inline const QString SetPin = QStringLiteral("set_pin");
inline const QString Deactivate = QStringLiteral("deactivate");
inline const QString Activate = QStringLiteral("activate");
inline const QString SignIn = QStringLiteral("sign_in");
inline const QString SignInRefused = QStringLiteral("sign_in_refused");
inline const QString Load = QStringLiteral("load");
inline const QString Restore = QStringLiteral("restore");
inline const QString Sign = QStringLiteral("sign");
inline const QString Amend = QStringLiteral("amend");
inline const QString Move = QStringLiteral("move");
inline const QString ClearOverride = QStringLiteral("clear");
inline const QString Start = QStringLiteral("start");
inline const QString Reorder = QStringLiteral("reorder");
inline const QString Reopen = QStringLiteral("reopen");
inline const QString Withdraw = QStringLiteral("withdraw");
inline const QString Done = QStringLiteral("done");
inline const QString Undone = QStringLiteral("undone");
inline const QString Finalise = QStringLiteral("finalise");
inline const QString Exported = QStringLiteral("export");
// A stay changed by a decision of the weekly meeting (or put back when it was withdrawn).
inline const QString MeetingDecided = QStringLiteral("meeting_decision");
inline const QString MeetingWithdrawn = QStringLiteral("meeting_decision_withdrawn");
} // namespace audit

// Which entries to read. Every criterion is optional.
struct AuditFilter {
    PatientId patient;
    QString actor;
    QDate since; // local day, inclusive
    QDate until; // local day, inclusive
    // Newest first, for a viewer that pages backwards: entries older than `beforeId` (0: from
    // the newest). Otherwise oldest first, for the command-line tool.
    bool newestFirst = false;
    qint64 beforeId = 0;
    int limit = 0; // 0: no limit
};

} // namespace smr
