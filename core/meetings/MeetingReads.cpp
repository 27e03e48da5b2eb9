// MeetingService: the reads of the meeting's views (agenda, a patient's entry, every entry).

#include "core/meetings/MeetingService.h"

#include "core/audit/Writer.h"
#include "core/careplan/CarePlanService.h"
#include "core/meetings/AgendaRules.h"
#include "core/meetings/MeetingRepository.h"
#include "core/overview/OverviewService.h"
#include "core/results/ResultRepository.h"
#include "core/stays/StayCalendar.h"

namespace smr {

namespace {

AgendaItem itemOf(const AgendaRow &row, const Meeting &meeting, const std::optional<Meeting> &previous)
{
    AgendaItem item;
    item.entry = row.entry;
    item.stay = row.stay;
    item.patient = row.patient;
    item.age = row.patient.ageOn(meeting.date);
    item.day = StayCalendar::dayOfStay(row.stay, meeting.date);
    item.length = StayCalendar::plannedLength(row.stay);
    item.section =
        AgendaRules::sectionOf(row.stay, meeting.date, previous ? std::optional(previous->date) : std::nullopt);
    return item;
}

} // namespace

Result<Meeting> MeetingService::find(MeetingId id)
{
    return m_writer.read([&]() -> Result<Meeting> {
        const std::optional<Meeting> meeting = m_meetings.find(id);
        if (!meeting)
            return meetingNotFound(id);
        return *meeting;
    });
}

Result<QList<Meeting>> MeetingService::meetings(const QString &unitCode)
{
    return m_writer.read([&]() -> Result<QList<Meeting>> { return m_meetings.forUnit(unitCode.trimmed().toLower()); });
}

Result<MeetingAgenda> MeetingService::agenda(MeetingId id)
{
    return m_writer.read([&]() -> Result<MeetingAgenda> {
        const std::optional<Meeting> meeting = m_meetings.find(id);
        if (!meeting)
            return meetingNotFound(id);
        MeetingAgenda out;
        out.meeting = *meeting;
        out.previous = m_meetings.previous(meeting->unitCode, meeting->date);
        const QList<MeetingNote> notes = m_meetings.notes(id);
        const QList<MeetingDecision> decisions = m_meetings.decisions(id);
        const QList<MeetingAction> actions = m_meetings.actionsFor(id, meeting->date);
        for (const AgendaRow &row : m_meetings.agenda(id)) {
            AgendaItem item = itemOf(row, *meeting, out.previous);
            for (const MeetingNote &n : notes)
                item.notesWritten += n.stay == row.stay.id && !n.text.isEmpty();
            for (const MeetingDecision &d : decisions)
                item.decisions += d.stay == row.stay.id && !d.withdrawn;
            for (const MeetingAction &a : actions)
                item.openActions += a.stay == row.stay.id && a.isOpen();
            out.items << item;
        }
        return out;
    });
}

MeetingEntryView MeetingService::buildEntry(const Meeting &meeting, const std::optional<Meeting> &previous,
                                            const AgendaRow &row)
{
    MeetingEntryView view;
    view.item = itemOf(row, meeting, previous);
    const StayId stay = row.stay.id;
    view.windowStart = AgendaRules::windowStart(row.stay, previous ? std::optional(previous->date) : std::nullopt);
    const QList<TestResult> results = m_results.current(stay);
    view.changes = AgendaRules::changesSince(results, view.windowStart, meeting.date, m_instruments);
    for (const InstrumentCard &card : OverviewService::cards(results, m_instruments))
        if (card.latest)
            view.cards << card;
    if (const Result<QList<GoalStatus>> goals = m_plans.progress(stay))
        view.goals = *goals;
    view.goalCounts = AgendaRules::count(view.goals);
    for (const MeetingNote &n : m_meetings.notes(meeting.id, stay))
        view.notes.insert(n.discipline, n);
    if (previous) {
        for (const MeetingNote &n : m_meetings.notes(previous->id, stay))
            if (!n.text.isEmpty())
                view.previousNotes.insert(n.discipline, n);
        for (const MeetingDecision &d : m_meetings.decisions(previous->id, stay))
            if (!d.withdrawn)
                view.previousDecisions << d;
    }
    for (const MeetingDecision &d : m_meetings.decisions(meeting.id, stay))
        if (!d.withdrawn)
            view.decisions << d;
    view.actions = m_meetings.actionsFor(meeting.id, meeting.date, stay);
    view.item.notesWritten = 0;
    for (const MeetingNote &n : view.notes)
        view.item.notesWritten += !n.text.isEmpty();
    view.item.decisions = int(view.decisions.size());
    for (const MeetingAction &a : view.actions)
        view.item.openActions += a.isOpen();
    return view;
}

Result<MeetingEntryView> MeetingService::entry(MeetingId id, StayId stay)
{
    return m_writer.read([&]() -> Result<MeetingEntryView> {
        const std::optional<Meeting> meeting = m_meetings.find(id);
        if (!meeting)
            return meetingNotFound(id);
        const std::optional<Meeting> previous = m_meetings.previous(meeting->unitCode, meeting->date);
        for (const AgendaRow &row : m_meetings.agenda(id))
            if (row.stay.id == stay)
                return buildEntry(*meeting, previous, row);
        return Failure::notFound(StayField, tr("Stay no. %1 is not on the agenda of this meeting.").arg(stay.value));
    });
}

Result<QList<MeetingEntryView>> MeetingService::entries(MeetingId id)
{
    return m_writer.read([&]() -> Result<QList<MeetingEntryView>> {
        const std::optional<Meeting> meeting = m_meetings.find(id);
        if (!meeting)
            return meetingNotFound(id);
        const std::optional<Meeting> previous = m_meetings.previous(meeting->unitCode, meeting->date);
        QList<MeetingEntryView> out;
        for (const AgendaRow &row : m_meetings.agenda(id))
            out << buildEntry(*meeting, previous, row);
        return out;
    });
}

} // namespace smr
