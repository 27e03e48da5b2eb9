// MeetingService: the reads of the meeting's views (agenda, a patient's entry, every entry).

#include "core/meetings/MeetingService.h"

#include "core/audit/Writer.h"
#include "core/common/Clock.h"
#include "core/careplan/CarePlanService.h"
#include "core/meetings/AgendaRules.h"
#include "core/meetings/MeetingRepository.h"
#include "core/overview/OverviewService.h"
#include "core/results/ResultRepository.h"
#include "core/stays/StayCalendar.h"

#include <algorithm>

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

// What was entered for the item's stay, from the meeting's notes, decisions and actions (of this
// stay or of every stay).
void count(AgendaItem &item, const QList<MeetingNote> &notes, const QList<MeetingDecision> &decisions,
           const QList<MeetingAction> &actions)
{
    const StayId stay = item.stay.id;
    item.notesWritten = int(std::count_if(notes.begin(), notes.end(),
                                          [&](const MeetingNote &n) { return n.stay == stay && !n.text.isEmpty(); }));
    item.decisions = int(std::count_if(decisions.begin(), decisions.end(),
                                       [&](const MeetingDecision &d) { return d.stay == stay && !d.withdrawn; }));
    item.openActions = int(std::count_if(actions.begin(), actions.end(),
                                         [&](const MeetingAction &a) { return a.stay == stay && a.isOpen(); }));
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
            count(item, notes, decisions, actions);
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
    const QList<MeetingNote> notes = m_meetings.notes(meeting.id, stay);
    for (const MeetingNote &n : notes)
        view.notes.insert(n.discipline, n);
    if (previous) {
        for (const MeetingNote &n : m_meetings.notes(previous->id, stay))
            if (!n.text.isEmpty())
                view.previousNotes.insert(n.discipline, n);
        for (const MeetingDecision &d : m_meetings.decisions(previous->id, stay))
            if (!d.withdrawn)
                view.previousDecisions << d;
    }
    const QList<MeetingDecision> decisions = m_meetings.decisions(meeting.id, stay);
    for (const MeetingDecision &d : decisions)
        if (!d.withdrawn)
            view.decisions << d;
    view.actions = m_meetings.actionsFor(meeting.id, meeting.date, stay);
    count(view.item, notes, decisions, view.actions);
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

Result<std::optional<StayMeetingNews>> MeetingService::latestFor(StayId stay)
{
    return m_writer.read([&]() -> Result<std::optional<StayMeetingNews>> {
        const std::optional<Meeting> meeting = m_meetings.latestWith(stay, m_clock.today());
        if (!meeting)
            return std::optional<StayMeetingNews>();
        StayMeetingNews news;
        news.meeting = *meeting;
        if (const std::optional<MeetingEntry> entry = m_meetings.findEntry(meeting->id, stay))
            news.medicalIssues = entry->medicalIssues;
        for (const MeetingDecision &d : m_meetings.decisions(meeting->id, stay))
            if (!d.withdrawn)
                news.decisions << d;
        for (const MeetingAction &a : m_meetings.actionsFor(meeting->id, meeting->date, stay))
            if (a.isOpen())
                news.openActions << a;
        return std::optional<StayMeetingNews>(std::move(news));
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
