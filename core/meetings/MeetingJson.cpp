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

} // namespace meetingjson

} // namespace smr
