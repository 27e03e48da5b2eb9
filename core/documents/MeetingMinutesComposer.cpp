#include "core/documents/MeetingMinutesComposer.h"

#include "core/Store.h"
#include "core/common/Dates.h"
#include "core/documents/DocumentHtml.h"
#include "core/documents/PatientLine.h"
#include "core/meetings/MeetingJson.h"
#include "core/meetings/MeetingText.h"
#include "core/stays/StayCalendar.h"

#include <QJsonDocument>

#include <algorithm>

namespace smr {

// Decision: the minutes are written from the latest signed version of the meeting (the JSON of
// meeting_signatures), not from the meeting's tables. The signed version is what the
// coordinating physician signed; the tables move on after the signature: an action raised in
// this meeting may be ticked done in a later one, and a correction reopens the meeting and
// changes them until it is signed again (the minutes are refused meanwhile). So the minutes of a
// version always say what that version said. What the signed version does not hold is read from
// the records: the patients' identity (sex, birth date, IPP: an identity corrected since must be
// the one printed, identity-vigilance rules), the stays' dates (the day of stay on the meeting's
// day) and the names of the disciplines.

namespace {

struct MinutesData {
    Meeting meeting; // as stored (its status)
    std::optional<Unit> unit;
    SignedMeeting signedVersion;
    QHash<StayId, AgendaRow> rows; // the stays and patients of the agenda, as recorded now
    QList<MeetingDiscipline> disciplines;
};

// The notes with text in the order of the site's disciplines (unknown codes last, as they come).
QList<MeetingNote> ordered(const QList<MeetingNote> &notes, const QList<MeetingDiscipline> &disciplines)
{
    QStringList order;
    for (const MeetingDiscipline &d : disciplines)
        order << d.code;
    QList<MeetingNote> out;
    for (const MeetingNote &n : notes)
        if (!n.text.trimmed().isEmpty())
            out << n;
    std::stable_sort(out.begin(), out.end(), [&](const MeetingNote &a, const MeetingNote &b) {
        const auto rank = [&](const MeetingNote &n) {
            const qsizetype i = order.indexOf(n.discipline);
            return i < 0 ? order.size() : i;
        };
        return rank(a) < rank(b);
    });
    return out;
}

// "Decisions:" in bold, then the items as a list; nothing without items.
QString listed(const QString &label, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b></p>\n").arg(html::escape(MeetingMinutesComposer::tr("%1:").arg(label))) +
           html::list(items);
}

} // namespace

Result<DocumentContent> MeetingMinutesComposer::compose(Store &store, MeetingId id)
{
    const Result<MinutesData> read = store.writer().read([&]() -> Result<MinutesData> {
        MeetingRepository &meetings = store.meetingRepository();
        const std::optional<Meeting> meeting = meetings.find(id);
        if (!meeting)
            return Failure::notFound(MeetingField, tr("No meeting has the identifier %1.").arg(id.value));
        if (!meeting->isClosed())
            return Failure::invalid(MeetingField, tr("Minutes are written for a closed meeting: the meeting of %1 is "
                                                     "%2. Close and sign it first.")
                                                      .arg(dates::display(meeting->date),
                                                           kMeetingStatuses.label(meeting->status).toLower()));
        const QStringList versions = meetings.signatures(id);
        if (versions.isEmpty())
            return Failure::notFound(MeetingField, tr("The meeting of %1 is closed but its signed version cannot be "
                                                      "found.")
                                                       .arg(dates::display(meeting->date)));
        MinutesData data;
        data.meeting = *meeting;
        data.unit = store.unitRepository().find(meeting->unitCode);
        data.signedVersion = meetingjson::signedFrom(QJsonDocument::fromJson(versions.last().toUtf8()).object());
        for (const AgendaRow &row : meetings.agenda(id))
            data.rows.insert(row.stay.id, row);
        data.disciplines = meetings.disciplines();
        return data;
    });
    if (!read)
        return read.failure();
    const MinutesData &data = *read;
    const Meeting &signedMeeting = data.signedVersion.meeting;
    const QDate day = data.meeting.date;
    const QString unitName = data.unit ? data.unit->label : data.meeting.unitCode;

    DocumentContent content;
    content.title = tr("Minutes of the weekly meeting — %1 — %2").arg(unitName, dates::display(day));
    QString h = html::heading(content.title, 1);

    h += html::heading(tr("Attendees"), 2);
    QStringList attendees;
    for (const Attendee &a : signedMeeting.attendees)
        attendees << tr("%1 — %2").arg(a.name, MeetingText::discipline(a.discipline, data.disciplines));
    h += html::list(attendees);

    h += html::heading(tr("Patients"), 2);
    if (data.signedVersion.patients.isEmpty())
        h += html::paragraph(tr("No patient was on the agenda."));
    for (const SignedPatient &p : data.signedVersion.patients) {
        const auto row = data.rows.constFind(p.stay);
        if (row != data.rows.cend()) {
            h += html::heading(PatientLine::identity(row->patient, day), 3);
            AgendaItem item;
            item.day = StayCalendar::dayOfStay(row->stay, day);
            item.length = StayCalendar::plannedLength(row->stay);
            const QString dayOfStay = MeetingText::day(item);
            h += html::labelled(tr("Stay"), dayOfStay.isEmpty()
                                                ? kStayModes.label(row->stay.mode)
                                                : tr("%1, %2").arg(kStayModes.label(row->stay.mode), dayOfStay));
        } else {
            h += html::heading(p.name, 3);
        }
        h += html::labelled(tr("Medical issues"), p.entry.medicalIssues);
        for (const MeetingNote &n : ordered(p.notes, data.disciplines))
            h += html::labelled(MeetingText::discipline(n.discipline, data.disciplines), n.text);
        QStringList decisions;
        for (const MeetingDecision &d : p.decisions)
            if (!d.withdrawn)
                decisions << MeetingText::decision(d);
        h += listed(tr("Decisions"), decisions);
        QStringList raised;
        QStringList done;
        for (const MeetingAction &a : p.actions) {
            if (a.raisedIn == id)
                raised << MeetingText::action(a, data.disciplines, day);
            else if (a.doneIn == id)
                done << MeetingText::action(a, data.disciplines, day);
        }
        h += listed(tr("Actions raised"), raised);
        h += listed(tr("Actions done"), done);
    }

    // Who signed this version and when, in local time.
    const QDateTime signedAt = signedMeeting.signedAt.toLocalTime();
    h += html::paragraph(tr("Closed and signed by %1 on %2 at %3.")
                             .arg(signedMeeting.signedBy, dates::display(signedAt.date()),
                                  signedAt.time().toString(QStringLiteral("HH:mm"))));
    if (signedMeeting.signedVersions > 1)
        h += html::paragraph(
            signedMeeting.correctionReason.isEmpty()
                ? tr("Corrected version %1.").arg(signedMeeting.signedVersions)
                : tr("Corrected version %1 — reason for the correction: %2")
                      .arg(QString::number(signedMeeting.signedVersions), signedMeeting.correctionReason));
    content.html = h;
    return content;
}

} // namespace smr
