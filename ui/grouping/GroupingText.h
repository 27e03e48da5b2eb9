#pragma once

#include "core/orientation/Grouping.h"

#include <QCoreApplication>
#include <QString>

namespace smr::ui {

// The words of the groups for collective sessions, as the grouping dialog (and later the meeting)
// shows them.
class GroupingText
{
    Q_DECLARE_TR_FUNCTIONS(GroupingText)

public:
    // "P 62 % · Ψ 38 %" (decimals as the language writes them: 52,5 in French), or "No Dallas".
    static QString impacts(const GroupMember &member);
    // "(incoming 26/11)" for a pre-admission, empty for a patient present.
    static QString incoming(const GroupMember &member);
    // The member's second line: the impacts, then "(incoming 26/11)".
    static QString details(const GroupMember &member);
    // "heavy medication · brace" (empty without a mark).
    static QString attention(const GroupMember &member);
    // "✎ Moved by the team (suggested: Medical)"; empty when the member is where Dallas puts it.
    static QString movedMarker(const GroupMember &member);
    // The marker's tooltip: "Moved by the team from Medical: <reason>".
    static QString movedReason(const GroupMember &member);
    // What puts a patient in the group: "Physical impact above 50 %, psychological 50 % or less".
    static QString criterion(Group group);
    // "No patient", "1 patient", "4 patients".
    static QString count(qsizetype members);
    // A percentage of the Dallas square: 62, 52,5.
    static QString percent(double value);
};

} // namespace smr::ui
