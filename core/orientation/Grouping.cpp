#include "core/orientation/Grouping.h"

#include "core/instruments/DallasInstrument.h"

#include <QJsonValue>

#include <algorithm>

namespace smr {

Group Grouping::suggest(std::optional<double> physical, std::optional<double> psychological)
{
    if (!physical || !psychological)
        return Group::NotAssessed;
    const bool physicalHigh = *physical > DallasInstrument::ProfileBorder;
    const bool psychologicalHigh = *psychological > DallasInstrument::ProfileBorder;
    if (physicalHigh && psychologicalHigh)
        return Group::Mixed;
    if (physicalHigh)
        return Group::Medical;
    if (psychologicalHigh)
        return Group::Behavioural;
    return Group::LowImpact;
}

QStringList Grouping::attentionOf(const GroupingCandidate &c)
{
    QStringList out;
    if (c.heavyMedication)
        out << tr("heavy medication");
    if (c.brace)
        out << tr("brace");
    if (c.fatigable)
        out << tr("fatigability");
    if (c.severePsychosocial)
        out << tr("severe psychosocial factors");
    return out;
}

QList<GroupList> Grouping::assign(const QList<GroupingCandidate> &candidates,
                                  const QMap<StayId, GroupOverride> &overrides)
{
    QList<GroupList> out;
    for (Group g : kGroups.values())
        out << GroupList{g, {}};
    for (const GroupingCandidate &c : candidates) {
        GroupMember m;
        m.stay = c.stay;
        m.patient = c.patient;
        m.name = c.name;
        m.incomingOn = c.incomingOn;
        m.physicalImpact = c.physicalImpact;
        m.psychologicalImpact = c.psychologicalImpact;
        m.suggested = suggest(c.physicalImpact, c.psychologicalImpact);
        m.group = m.suggested;
        m.attention = attentionOf(c);
        const auto it = overrides.constFind(c.stay);
        if (it != overrides.cend() && it->group) {
            m.group = *it->group;
            m.overridden = true;
            m.overrideReason = it->reason;
            m.overrideVersion = it->version;
        }
        for (GroupList &list : out) {
            if (list.group == m.group)
                list.members << m;
        }
    }
    for (GroupList &list : out) {
        std::stable_sort(list.members.begin(), list.members.end(), [](const GroupMember &a, const GroupMember &b) {
            const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.stay < b.stay;
        });
    }
    return out;
}

GroupingCandidate Grouping::candidate(StayId stay, PatientId patient, const QString &name,
                                      const QList<TestResult> &results, const Flags &flags)
{
    GroupingCandidate c;
    c.stay = stay;
    c.patient = patient;
    c.name = name;
    c.heavyMedication = flags.heavyMedication;
    c.brace = flags.brace;
    c.fatigable = flags.fatigable;
    c.severePsychosocial = flags.severePsychosocial;
    const TestResult *latest = nullptr;
    for (const TestResult &r : results) {
        if (r.instrument != DallasInstrument::Id || r.status != TestResult::Status::Final || r.superseded)
            continue;
        if (!latest || r.performedAt >= latest->performedAt)
            latest = &r;
    }
    if (const std::optional<DallasInstrument::Impacts> impacts =
            latest ? DallasInstrument::impactsOf(latest->scores) : std::nullopt) {
        c.physicalImpact = impacts->physical;
        c.psychologicalImpact = impacts->psychological;
    }
    return c;
}

} // namespace smr
