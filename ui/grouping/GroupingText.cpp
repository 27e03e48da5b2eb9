#include "ui/grouping/GroupingText.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace smr::ui {

QString GroupingText::percent(double value)
{
    // Impacts are halves of whole percentages: at most one decimal, none when whole.
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

QString GroupingText::impacts(const GroupMember &m)
{
    if (!m.physicalImpact || !m.psychologicalImpact)
        return tr("No Dallas");
    return tr("P %1 % · Ψ %2 %").arg(percent(*m.physicalImpact), percent(*m.psychologicalImpact));
}

QString GroupingText::incoming(const GroupMember &m)
{
    if (!m.incomingOn.isValid())
        return {};
    return tr("(incoming %1)").arg(m.incomingOn.toString(QStringLiteral("dd/MM")));
}

QString GroupingText::details(const GroupMember &m)
{
    const QString arrival = incoming(m);
    return arrival.isEmpty() ? impacts(m) : impacts(m) + QLatin1Char(' ') + arrival;
}

QString GroupingText::attention(const GroupMember &m)
{
    return m.attention.join(QStringLiteral(" · "));
}

QString GroupingText::movedMarker(const GroupMember &m)
{
    if (!m.overridden)
        return {};
    return tr("✎ Moved by the team (suggested: %1)").arg(kGroups.shortLabel(m.suggested));
}

QString GroupingText::movedReason(const GroupMember &m)
{
    if (!m.overridden)
        return {};
    return tr("Moved by the team from %1: %2").arg(kGroups.shortLabel(m.suggested), m.overrideReason);
}

QString GroupingText::criterion(Group group)
{
    switch (group) {
    case Group::Medical:
        return tr("Physical impact above 50 %, psychological 50 % or less");
    case Group::Behavioural:
        return tr("Psychological impact above 50 %, physical 50 % or less");
    case Group::Mixed:
        return tr("Physical and psychological impact above 50 %");
    case Group::LowImpact:
        return tr("Physical and psychological impact 50 % or less");
    case Group::NotAssessed:
        return tr("No Dallas questionnaire yet");
    }
    return {};
}

QString GroupingText::count(qsizetype members)
{
    if (members == 0)
        return tr("No patient");
    if (members == 1)
        return tr("1 patient");
    return tr("%1 patients").arg(members);
}

} // namespace smr::ui
