#include "core/meetings/AgendaRules.h"

#include "core/instruments/InstrumentCatalog.h"
#include "core/stays/StayCalendar.h"

#include <algorithm>

namespace smr {

AgendaSection AgendaRules::sectionOf(const Stay &stay, const QDate &meetingDate, const std::optional<QDate> &previous)
{
    const QDate newSince = previous ? *previous : meetingDate.addDays(-NewAdmissionDays);
    if (stay.admissionDate > newSince)
        return AgendaSection::NewAdmission;
    if (stay.plannedDischargeDate.isValid() && stay.plannedDischargeDate <= meetingDate.addDays(DischargeSoonDays))
        return AgendaSection::DischargeSoon;
    return AgendaSection::Ongoing;
}

QList<StayId> AgendaRules::order(QList<Candidate> candidates, const QDate &meetingDate,
                                 const std::optional<QDate> &previous)
{
    auto key = [&](const Candidate &c) {
        const AgendaSection section = sectionOf(c.stay, meetingDate, previous);
        // Within a section: admission date (new), planned discharge (leaving), day of stay, i.e.
        // the latest admission first (ongoing).
        qint64 within = 0;
        switch (section) {
        case AgendaSection::NewAdmission:
            within = c.stay.admissionDate.toJulianDay();
            break;
        case AgendaSection::DischargeSoon:
            within = c.stay.plannedDischargeDate.toJulianDay();
            break;
        case AgendaSection::Ongoing:
            within = -c.stay.admissionDate.toJulianDay();
            break;
        }
        return std::tuple(int(section), within);
    };
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
        const auto ka = key(a);
        const auto kb = key(b);
        if (ka != kb)
            return ka < kb;
        if (a.sortName != b.sortName)
            return a.sortName < b.sortName;
        return a.stay.id < b.stay.id;
    });
    QList<StayId> out;
    for (const Candidate &c : candidates)
        out << c.stay.id;
    return out;
}

QDate AgendaRules::windowStart(const Stay &stay, const std::optional<QDate> &previous)
{
    const QDate beforeAdmission = stay.admissionDate.addDays(-1);
    if (previous && *previous > beforeAdmission)
        return *previous;
    return beforeAdmission;
}

QList<ChangeSinceMeeting> AgendaRules::changesSince(const QList<TestResult> &results, const QDate &windowStart,
                                                    const QDate &meetingDate, const InstrumentCatalog &instruments)
{
    QList<ChangeSinceMeeting> out;
    for (const Instrument *instrument : instruments.all()) {
        const TestResult *before = nullptr;
        QList<const TestResult *> window;
        for (const TestResult &r : results) {
            if (r.instrument != instrument->id())
                continue;
            const QDate day = r.performedAt.date();
            if (day <= windowStart)
                before = &r;
            else if (day <= meetingDate)
                window << &r;
        }
        if (window.isEmpty())
            continue;
        ChangeSinceMeeting c;
        c.instrument = instrument->id();
        c.title = instrument->shortTitle();
        c.testsTaken = int(window.size());
        c.latest = *window.last();
        c.assessment = instrument->assess(c.latest.scores);
        c.firstMeasure = before == nullptr;
        if (before)
            c.change = ChangeAnalysis::mainChange(*instrument, before->scores, c.latest.scores);
        else if (window.size() >= 2)
            c.change = ChangeAnalysis::mainChange(*instrument, window.first()->scores, c.latest.scores);
        out << c;
    }
    return out;
}

GoalCounts AgendaRules::count(const QList<GoalStatus> &goals)
{
    GoalCounts out;
    for (const GoalStatus &g : goals) {
        switch (g.progress.status) {
        case GoalProgress::Status::Met:
            ++out.met;
            break;
        case GoalProgress::Status::OnTrack:
            ++out.onTrack;
            break;
        case GoalProgress::Status::OffTrack:
            ++out.offTrack;
            break;
        case GoalProgress::Status::NotMeasured:
            ++out.notMeasured;
            break;
        }
    }
    return out;
}

} // namespace smr
