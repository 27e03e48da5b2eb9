#pragma once

#include "core/common/CodeTable.h"
#include "core/common/Ids.h"
#include "core/results/TestResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace smr {

// The groups for collective sessions (clinical reference §8 "Grouping…"), from the Dallas square
// (§4): physical impact (mean of daily activities and work-leisure) against psychological impact
// (mean of anxiety-depression and social interest), the 50 % lines as borders.
enum class Group { Medical, Behavioural, Mixed, LowImpact, NotAssessed };

inline constexpr CodeTable<Group, 5> kGroups{
    "Group",
    {{
        {Group::Medical, "medical", QT_TRANSLATE_NOOP("Group", "Medical (physical impact)"),
         QT_TRANSLATE_NOOP("Group", "Medical")},
        {Group::Behavioural, "behavioural", QT_TRANSLATE_NOOP("Group", "Behavioural (psychological impact)"),
         QT_TRANSLATE_NOOP("Group", "Behavioural")},
        {Group::Mixed, "mixed", QT_TRANSLATE_NOOP("Group", "Mixed (physical and psychological impact)"),
         QT_TRANSLATE_NOOP("Group", "Mixed")},
        {Group::LowImpact, "low_impact", QT_TRANSLATE_NOOP("Group", "Low impact"),
         QT_TRANSLATE_NOOP("Group", "Low impact")},
        {Group::NotAssessed, "not_assessed", QT_TRANSLATE_NOOP("Group", "Not assessed (no Dallas questionnaire)"),
         QT_TRANSLATE_NOOP("Group", "Not assessed")},
    }}};

// What grouping needs to know of one stay. Building it from the database (the latest Dallas, the
// admission assessment's medication, brace, fatigability and psychosocial factors) is the
// caller's: see Grouping::candidate.
struct GroupingCandidate {
    StayId stay;
    PatientId patient;
    QString name; // as lists show it: "DUPONT Marie"
    // A pre-admission: the day the patient is expected; invalid for a patient already in the unit.
    QDate incomingOn;
    // The latest Dallas questionnaire's impacts, 0–100 %; nothing when the stay has none.
    std::optional<double> physicalImpact;
    std::optional<double> psychologicalImpact;
    bool heavyMedication = false;
    bool brace = false;
    bool fatigable = false;
    bool severePsychosocial = false;
};

// The team's choice of group for a stay (table stay_groups), made in the weekly meeting.
struct GroupOverride {
    StayId stay;
    std::optional<Group> group; // nothing: the choice was withdrawn, the suggested group applies
    QString reason;
    int version = 0; // 0: never chosen
};

// One stay in its group.
struct GroupMember {
    StayId stay;
    PatientId patient;
    QString name;
    QDate incomingOn; // a pre-admission's expected admission day; invalid for a patient present
    std::optional<double> physicalImpact;
    std::optional<double> psychologicalImpact;
    Group suggested = Group::NotAssessed; // from the Dallas square
    Group group = Group::NotAssessed;     // the team's choice when there is one, else the suggestion
    bool overridden = false;
    QString overrideReason;
    int overrideVersion = 0; // the choice's version, 0 without one: for GroupingService::move and clearOverride
    // "heavy medication", "brace", "fatigability", "severe psychosocial factors" (translated).
    QStringList attention;
};

struct GroupList {
    Group group;
    QList<GroupMember> members; // by name
};

// Forms the groups (pure: no database).
class Grouping
{
    Q_DECLARE_TR_FUNCTIONS(Grouping)

public:
    // Decision: a value of exactly 50 counts as not high, as the Dallas profile does
    // (DallasInstrument::profileOf). Physical > 50 and psychological ≤ 50 → medical; the inverse →
    // behavioural; both > 50 → mixed; both ≤ 50 → low impact; no Dallas → not assessed.
    static Group suggest(std::optional<double> physicalImpact, std::optional<double> psychologicalImpact);
    // The attention marks of a candidate, in a fixed order.
    static QStringList attentionOf(const GroupingCandidate &candidate);

    // Every group in the order of kGroups (empty ones included, so that a view shows them all),
    // each member with its suggested and final group: the team's choice wins. Choices withdrawn
    // (no group) or for stays not among the candidates are ignored.
    static QList<GroupList> assign(const QList<GroupingCandidate> &candidates,
                                   const QMap<StayId, GroupOverride> &overrides);

    // For the caller that builds candidates: the impacts of the latest final, current Dallas
    // result among `results` (a stay's results, any instrument); the flags come from the
    // admission assessment.
    struct Flags {
        bool heavyMedication = false;
        bool brace = false;
        bool fatigable = false;
        bool severePsychosocial = false;
    };
    static GroupingCandidate candidate(StayId stay, PatientId patient, const QString &name,
                                       const QList<TestResult> &results, const Flags &flags);
};

} // namespace smr
