#pragma once

#include "core/common/Ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace smr {

// What the physician on call at night and at the weekend must know about a stay (fiche
// d'astreinte, issue #9), written by the unit's physician: the key medical issues, the
// treatments to watch and the "if … then …" instructions. One per stay (table on_call_notes).
struct OnCallNotes {
    StayId stay;
    QString medicalIssues;
    QString treatments;
    QString instructions;
    int version = 0;     // 0: never saved
    QString updatedBy;   // display name of who saved them last
    QDateTime updatedAt; // UTC

    bool isEmpty() const
    {
        return medicalIssues.trimmed().isEmpty() && treatments.trimmed().isEmpty() && instructions.trimmed().isEmpty();
    }
    // The three texts are the same (who saved them and when aside).
    bool sameText(const OnCallNotes &other) const
    {
        return medicalIssues == other.medicalIssues && treatments == other.treatments &&
               instructions == other.instructions;
    }
};

namespace snapshot {
// The audit trail's before/after of on-call notes (the columns of on_call_notes).
QJsonObject of(const OnCallNotes &notes);
} // namespace snapshot

} // namespace smr
