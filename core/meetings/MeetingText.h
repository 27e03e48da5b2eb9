#pragma once

#include "core/meetings/MeetingView.h"

#include <QCoreApplication>
#include <QString>

namespace smr {

// Wording shared by the meeting's views (window, presenter, slide) and its minutes: disciplines,
// decisions, actions, what changed, the goals and where a stay stands. In core so that the
// minutes (core/documents) word a decision as the meeting window shows it.
class MeetingText
{
    Q_DECLARE_TR_FUNCTIONS(MeetingText)

public:
    // The name of a discipline code among the site's (the code itself when unknown).
    static QString discipline(const QString &code, const QList<MeetingDiscipline> &disciplines);
    // "Stay extended to 06/12/2026 — slow progress", "Referred to the pain centre".
    static QString decision(const MeetingDecision &decision);
    // "Call the employer — Social work, by 20/11/2026 (overdue)"; `on` is the meeting's day.
    static QString action(const MeetingAction &action, const QList<MeetingDiscipline> &disciplines, const QDate &on);
    static bool overdue(const MeetingAction &action, const QDate &on);
    // "Berg 41/56: +11 points ▲ better (MDC 7 reached) · 2 tests", "6MWT 420 m (first measure)".
    static QString change(const ChangeSinceMeeting &change);
    // "Goals: 1 met · 2 on track · 1 off track" (only the non-zero counts; "Goals: none").
    static QString goals(const GoalCounts &counts);
    // "Day 12 of 28", "Day 12".
    static QString day(const AgendaItem &item);
    // "F, 62 y".
    static QString age(const AgendaItem &item);
    // The meeting in a list: "22/11/2026 — In preparation".
    static QString meeting(const Meeting &meeting);
};

} // namespace smr
