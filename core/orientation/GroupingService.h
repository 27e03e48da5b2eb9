#pragma once

#include "core/common/Result.h"
#include "core/orientation/Grouping.h"

#include <QObject>

#include <functional>

namespace smr {

class GroupingRepository;
class StayRepository;
class Writer;
struct Stay;

// The team's choices of group for collective sessions, made in the weekly meeting (the right to
// manage meetings). Each write checks the version of the stored choice and is audited as
// "stay_group". Which group the Dallas square suggests is Grouping's (pure).
class GroupingService : public QObject
{
    Q_OBJECT

public:
    GroupingService(Writer &writer, GroupingRepository &groups, StayRepository &stays, QObject *parent = nullptr);

    static inline const QString StayField = QStringLiteral("stay");
    static inline const QString GroupField = QStringLiteral("group");
    static inline const QString ReasonField = QStringLiteral("reason");
    static constexpr int MaxReasonLength = 500;

    // Puts an open stay (pre-admission or in progress) in `group` for the reason the team gives.
    // `knownVersion` is the version of the choice the user saw (GroupMember::overrideVersion,
    // GroupOverride::version), 0 when the stay had none: Conflict when it changed since.
    Status move(StayId stay, Group group, const QString &reason, int knownVersion = 0);
    // Withdraws the team's choice: the stay goes back to its suggested group. NotFound when it
    // has none; Conflict when the stored choice is no longer at `knownVersion`.
    Status clearOverride(StayId stay, int knownVersion);

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
};

} // namespace smr
