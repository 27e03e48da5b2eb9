#include "core/meetings/MeetingJson.h"

#include "core/audit/Snapshots.h"
#include "core/common/Dates.h"
#include "core/common/JsonValues.h"
#include "core/meetings/MeetingRepository.h"

namespace smr {

using json::dateOrNull;
using json::textOrNull;

namespace {
QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

// The readers of the snapshots below (the keys of snapshot::of).
using json::date;
using json::integer;
using json::text;

std::optional<Programme> programme(const QJsonObject &o, const char *key)
{
    return kProgrammes.parse(text(o, key));
}

Meeting meetingFrom(const QJsonObject &o)
{
    Meeting m;
    m.id = MeetingId(integer(o, "id"));
    m.unitCode = text(o, "unit_code");
    m.date = date(o, "meeting_date");
    m.status = kMeetingStatuses.parse(text(o, "status")).value_or(MeetingStatus::Closed);
    m.attendees = meetingjson::attendeesFrom(o.value(QLatin1String("attendees")).toArray());
    m.orderedByHand = o.value(QLatin1String("ordered_by_hand")).toBool();
    m.signedVersions = int(integer(o, "signed_versions"));
    m.signedBy = text(o, "signed_by");
    m.signedAt = QDateTime::fromString(text(o, "signed_at"), Qt::ISODate);
    m.correctionReason = text(o, "correction_reason");
    m.version = int(integer(o, "version"));
    return m;
}

MeetingEntry entryFrom(const QJsonObject &o)
{
    MeetingEntry e;
    e.id = MeetingEntryId(integer(o, "id"));
    e.meeting = MeetingId(integer(o, "meeting_id"));
    e.stay = StayId(integer(o, "stay_id"));
    e.position = int(integer(o, "position"));
    e.medicalIssues = text(o, "medical_issues");
    e.version = int(integer(o, "version"));
    return e;
}

MeetingNote noteFrom(const QJsonObject &o)
{
    MeetingNote n;
    n.id = MeetingNoteId(integer(o, "id"));
    n.meeting = MeetingId(integer(o, "meeting_id"));
    n.stay = StayId(integer(o, "stay_id"));
    n.discipline = text(o, "discipline");
    n.text = text(o, "text");
    n.author = text(o, "author");
    n.version = int(integer(o, "version"));
    return n;
}

MeetingDecision decisionFrom(const QJsonObject &o)
{
    MeetingDecision d;
    d.id = DecisionId(integer(o, "id"));
    d.meeting = MeetingId(integer(o, "meeting_id"));
    d.stay = StayId(integer(o, "stay_id"));
    d.kind = kDecisionKinds.parse(text(o, "kind")).value_or(DecisionKind::Other);
    d.date = date(o, "decided_date");
    d.programme = programme(o, "programme");
    d.text = text(o, "text");
    d.author = text(o, "author");
    d.previousDischarge = date(o, "previous_discharge");
    d.previousProgramme = programme(o, "previous_programme");
    d.previousProgrammeDetail = text(o, "previous_programme_detail");
    d.withdrawn = o.value(QLatin1String("withdrawn")).toBool();
    return d;
}

MeetingAction actionFrom(const QJsonObject &o)
{
    MeetingAction a;
    a.id = ActionId(integer(o, "id"));
    a.stay = StayId(integer(o, "stay_id"));
    a.raisedIn = MeetingId(integer(o, "raised_in"));
    a.what = text(o, "what");
    a.owner = text(o, "owner");
    a.due = date(o, "due");
    a.doneOn = date(o, "done_on");
    a.doneIn = MeetingId(integer(o, "done_in"));
    a.doneBy = text(o, "done_by");
    a.version = int(integer(o, "version"));
    return a;
}

template <typename T> QList<T> listFrom(const QJsonValue &array, T (*read)(const QJsonObject &))
{
    QList<T> out;
    for (const QJsonValue &v : array.toArray())
        out << read(v.toObject());
    return out;
}
} // namespace

namespace snapshot {

QJsonObject of(const Meeting &m)
{
    return {{QStringLiteral("id"), m.id.value},
            {QStringLiteral("unit_code"), m.unitCode},
            {QStringLiteral("meeting_date"), dateOrNull(m.date)},
            {QStringLiteral("status"), kMeetingStatuses.code(m.status)},
            {QStringLiteral("attendees"), meetingjson::attendees(m.attendees)},
            {QStringLiteral("ordered_by_hand"), m.orderedByHand},
            {QStringLiteral("signed_versions"), m.signedVersions},
            {QStringLiteral("signed_by"), textOrNull(m.signedBy)},
            {QStringLiteral("signed_at"),
             m.signedAt.isValid() ? QJsonValue(m.signedAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("correction_reason"), textOrNull(m.correctionReason)},
            {QStringLiteral("version"), m.version}};
}

QJsonObject of(const MeetingEntry &e)
{
    return {{QStringLiteral("id"), e.id.value},
            {QStringLiteral("meeting_id"), e.meeting.value},
            {QStringLiteral("stay_id"), e.stay.value},
            {QStringLiteral("position"), e.position},
            {QStringLiteral("medical_issues"), textOrNull(e.medicalIssues)},
            {QStringLiteral("version"), e.version}};
}

QJsonObject of(const MeetingNote &n)
{
    return {{QStringLiteral("id"), n.id.value},           {QStringLiteral("meeting_id"), n.meeting.value},
            {QStringLiteral("stay_id"), n.stay.value},    {QStringLiteral("discipline"), n.discipline},
            {QStringLiteral("text"), textOrNull(n.text)}, {QStringLiteral("author"), textOrNull(n.author)},
            {QStringLiteral("version"), n.version}};
}

QJsonObject of(const MeetingDecision &d)
{
    return {{QStringLiteral("id"), d.id.value},
            {QStringLiteral("meeting_id"), d.meeting.value},
            {QStringLiteral("stay_id"), d.stay.value},
            {QStringLiteral("kind"), kDecisionKinds.code(d.kind)},
            {QStringLiteral("decided_date"), dateOrNull(d.date)},
            {QStringLiteral("programme"), d.programme ? QJsonValue(kProgrammes.code(*d.programme)) : QJsonValue()},
            {QStringLiteral("text"), textOrNull(d.text)},
            {QStringLiteral("author"), textOrNull(d.author)},
            {QStringLiteral("previous_discharge"), dateOrNull(d.previousDischarge)},
            {QStringLiteral("previous_programme"),
             d.previousProgramme ? QJsonValue(kProgrammes.code(*d.previousProgramme)) : QJsonValue()},
            {QStringLiteral("previous_programme_detail"), textOrNull(d.previousProgrammeDetail)},
            {QStringLiteral("withdrawn"), d.withdrawn}};
}

QJsonObject of(const MeetingAction &a)
{
    return {{QStringLiteral("id"), a.id.value},
            {QStringLiteral("stay_id"), a.stay.value},
            {QStringLiteral("raised_in"), a.raisedIn.value},
            {QStringLiteral("what"), a.what},
            {QStringLiteral("owner"), a.owner},
            {QStringLiteral("due"), dateOrNull(a.due)},
            {QStringLiteral("done_on"), dateOrNull(a.doneOn)},
            {QStringLiteral("done_in"), idOrNull(a.doneIn.value)},
            {QStringLiteral("done_by"), textOrNull(a.doneBy)},
            {QStringLiteral("version"), a.version}};
}

} // namespace snapshot

namespace meetingjson {

QJsonArray attendees(const QList<Attendee> &list)
{
    QJsonArray out;
    for (const Attendee &a : list)
        out.append(QJsonObject{{QStringLiteral("name"), a.name},
                               {QStringLiteral("discipline"), a.discipline},
                               {QStringLiteral("user_id"), idOrNull(a.user.value)}});
    return out;
}

QList<Attendee> attendeesFrom(const QJsonArray &array)
{
    QList<Attendee> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out << Attendee{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("discipline")).toString(),
                        UserId(o.value(QStringLiteral("user_id")).toInteger())};
    }
    return out;
}

QJsonObject disciplines(const QList<MeetingDiscipline> &list)
{
    QJsonArray out;
    for (const MeetingDiscipline &d : list)
        out.append(QJsonObject{{QStringLiteral("code"), d.code},
                               {QStringLiteral("name"), textOrNull(d.name)},
                               {QStringLiteral("position"), d.position},
                               {QStringLiteral("active"), d.active}});
    return {{QStringLiteral("disciplines"), out}};
}

QJsonObject minutes(const Meeting &meeting, const QList<AgendaRow> &agenda, const QList<MeetingNote> &notes,
                    const QList<MeetingDecision> &decisions, const QList<MeetingAction> &actions)
{
    QJsonArray patients;
    for (const AgendaRow &row : agenda) {
        QJsonArray own;
        for (const MeetingNote &n : notes)
            if (n.stay == row.stay.id && !n.text.isEmpty())
                own.append(snapshot::of(n));
        QJsonArray decided;
        for (const MeetingDecision &d : decisions)
            if (d.stay == row.stay.id)
                decided.append(snapshot::of(d));
        QJsonArray todo;
        for (const MeetingAction &a : actions)
            if (a.stay == row.stay.id)
                todo.append(snapshot::of(a));
        patients.append(QJsonObject{{QStringLiteral("stay_id"), row.stay.id.value},
                                    {QStringLiteral("patient_id"), row.patient.id.value},
                                    {QStringLiteral("patient"), row.patient.displayName()},
                                    {QStringLiteral("entry"), snapshot::of(row.entry)},
                                    {QStringLiteral("notes"), own},
                                    {QStringLiteral("decisions"), decided},
                                    {QStringLiteral("actions"), todo}});
    }
    return {{QStringLiteral("meeting"), snapshot::of(meeting)}, {QStringLiteral("patients"), patients}};
}

SignedMeeting signedFrom(const QJsonObject &content)
{
    SignedMeeting out;
    out.meeting = meetingFrom(content.value(QLatin1String("meeting")).toObject());
    for (const QJsonValue &v : content.value(QLatin1String("patients")).toArray()) {
        const QJsonObject o = v.toObject();
        SignedPatient p;
        p.stay = StayId(integer(o, "stay_id"));
        p.patient = PatientId(integer(o, "patient_id"));
        p.name = text(o, "patient");
        p.entry = entryFrom(o.value(QLatin1String("entry")).toObject());
        p.notes = listFrom(o.value(QLatin1String("notes")), noteFrom);
        p.decisions = listFrom(o.value(QLatin1String("decisions")), decisionFrom);
        p.actions = listFrom(o.value(QLatin1String("actions")), actionFrom);
        out.patients << p;
    }
    return out;
}

} // namespace meetingjson

} // namespace smr
