#pragma once

#include "core/common/Result.h"
#include "core/orientation/Grouping.h"

#include <QObject>

#include <functional>

namespace smr {

class AssessmentRepository;
class GroupingRepository;
class ResultRepository;
class StayRepository;
class UnitRepository;
class Writer;
struct Stay;

// The groups for collective sessions of a unit's week, and the team's choices of group made in the
// weekly meeting (the right to manage meetings). Each write checks the version of the stored
// choice and is audited as "stay_group". Which group the Dallas square suggests is Grouping's
// (pure); this service gathers what it needs from the database.
class GroupingService : public QObject
{
    Q_OBJECT

public:
    GroupingService(Writer &writer, GroupingRepository &groups, StayRepository &stays, UnitRepository &units,
                    ResultRepository &results, AssessmentRepository &assessments, QObject *parent = nullptr);

    static inline const QString StayField = QStringLiteral("stay");
    static inline const QString GroupField = QStringLiteral("group");
    static inline const QString ReasonField = QStringLiteral("reason");
    static inline const QString UnitField = QStringLiteral("unit");
    static inline const QString WeekStartField = QStringLiteral("week_start");
    static constexpr int MaxReasonLength = 500;

    // Puts an open stay (pre-admission or in progress) in `group` for the reason the team gives.
    // `knownVersion` is the version of the choice the user saw (GroupMember::overrideVersion,
    // GroupOverride::version), 0 when the stay had none: Conflict when it changed since.
    Status move(StayId stay, Group group, const QString &reason, int knownVersion = 0);
    // Withdraws the team's choice: the stay goes back to its suggested group. NotFound when it
    // has none; Conflict when the stored choice is no longer at `knownVersion`.
    Status clearOverride(StayId stay, int knownVersion);

    // The groups of the week from `weekStart` to `weekStart + 6` for the unit (its code, as
    // UnitService::list gives it): the patients present and those expected, each in the group
    // of its latest Dallas questionnaire or in the one the team chose, with the attention marks
    // of its current admission assessment. Every group is listed, empty ones included.
    Result<QList<GroupList>> propose(const QString &unitCode, const QDate &weekStart);

    // The current choices for the open stays of a unit.
    Result<QMap<StayId, GroupOverride>> overrides(const QString &unitCode);
    // The current choices for these stays (those with none are absent).
    Result<QMap<StayId, GroupOverride>> overrides(const QList<StayId> &stays);

signals:
    void groupChanged(smr::StayId stay, smr::PatientId patient);

private:
    Result<Stay> openStay(StayId id);
    Failure conflict() const;
    Status write(StayId stay, const QString &action,
                 const std::function<Result<GroupOverride>(const std::optional<GroupOverride> &current)> &change);

    Writer &m_writer;
    GroupingRepository &m_groups;
    StayRepository &m_stays;
    UnitRepository &m_units;
    ResultRepository &m_results;
    AssessmentRepository &m_assessments;
};

} // namespace smr
