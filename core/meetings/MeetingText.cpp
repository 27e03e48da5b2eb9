#include "core/meetings/MeetingText.h"

#include "core/common/Dates.h"
#include "core/meetings/MeetingService.h"

namespace smr {

QString MeetingText::discipline(const QString &code, const QList<MeetingDiscipline> &disciplines)
{
    for (const MeetingDiscipline &d : disciplines)
        if (d.code == code)
            return MeetingService::nameOf(d);
    return MeetingService::nameOf(MeetingDiscipline{code, {}, 0, true});
}

QString MeetingText::decision(const MeetingDecision &d)
{
    QString head;
    switch (d.kind) {
    case DecisionKind::Continue:
        head = tr("Continue unchanged");
        break;
    case DecisionKind::AdjustProgramme:
        head = d.programme ? tr("Programme changed to %1").arg(kProgrammes.shortLabel(*d.programme))
                           : kDecisionKinds.label(d.kind);
        break;
    case DecisionKind::ExtendStay:
        head = tr("Stay extended to %1").arg(dates::display(d.date));
        break;
    case DecisionKind::SetDischarge:
        head = tr("Discharge on %1").arg(dates::display(d.date));
        break;
    case DecisionKind::Refer:
        return tr("Referred to %1").arg(d.text);
    case DecisionKind::Other:
        return d.text;
    }
    return d.text.isEmpty() ? head : tr("%1 — %2").arg(head, d.text);
}

bool MeetingText::overdue(const MeetingAction &a, const QDate &on)
{
    return a.isOpen() && a.due.isValid() && a.due < on;
}

QString MeetingText::action(const MeetingAction &a, const QList<MeetingDiscipline> &disciplines, const QDate &on)
{
    QString text = tr("%1 — %2").arg(a.what, discipline(a.owner, disciplines));
    if (a.due.isValid())
        text = tr("%1, by %2").arg(text, dates::display(a.due));
    if (!a.isOpen())
        return tr("%1 (done on %2)").arg(text, dates::display(a.doneOn));
    if (overdue(a, on))
        return tr("%1 (overdue)").arg(text);
    return text;
}

QString MeetingText::change(const ChangeSinceMeeting &c)
{
    const QString latest = c.assessment.summary.isEmpty() ? c.title : c.assessment.summary;
    QString text;
    if (c.change)
        text = tr("%1: %2").arg(latest, ChangeAnalysis::describe(*c.change));
    else
        text = c.firstMeasure ? tr("%1 (first measure)").arg(latest) : latest;
    if (c.testsTaken > 1)
        text += QStringLiteral(" · ") + tr("%n test(s)", nullptr, c.testsTaken);
    return text;
}

QString MeetingText::goals(const GoalCounts &c)
{
    if (c.total() == 0)
        return tr("Goals: none");
    QStringList parts;
    if (c.met)
        parts << tr("%n met", nullptr, c.met);
    if (c.onTrack)
        parts << tr("%n on track", nullptr, c.onTrack);
    if (c.offTrack)
        parts << tr("%n off track", nullptr, c.offTrack);
    if (c.notMeasured)
        parts << tr("%n not measured", nullptr, c.notMeasured);
    return tr("Goals: %1").arg(parts.join(QStringLiteral(" · ")));
}

QString MeetingText::day(const AgendaItem &item)
{
    if (!item.day)
        return {};
    return item.length ? tr("Day %1 of %2").arg(*item.day).arg(*item.length) : tr("Day %1").arg(*item.day);
}

QString MeetingText::age(const AgendaItem &item)
{
    return tr("%1, %2 y").arg(kSexes.shortLabel(item.patient.sex)).arg(item.age);
}

QString MeetingText::meeting(const Meeting &m)
{
    QString text = tr("%1 — %2").arg(dates::display(m.date), kMeetingStatuses.label(m.status));
    if (m.signedVersions > 1)
        text += QLatin1Char(' ') + tr("(version %1)").arg(m.signedVersions);
    return text;
}

} // namespace smr
