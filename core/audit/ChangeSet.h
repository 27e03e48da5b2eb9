#pragma once

#include "core/common/Ids.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace smr {

// What other workstations saved since the last report of the ChangeWatcher: one entry per audit
// line (entity and action codes as in core/audit/AuditEntry.h), oldest first, so that a view
// reloads only what it shows.
struct ChangeSet {
    struct Entry {
        qint64 auditId = 0;
        QString entity; // audit::Patient, audit::Stay, audit::Result, audit::Unit, audit::User…
        QString entityId;
        PatientId patient; // the patient the record belongs to, when it belongs to one
        QString action;
    };

    QList<Entry> entries;
    // Too many changes to list, or one that touches everything (demonstration data loaded):
    // reload whatever is shown.
    bool everything = false;

    bool isEmpty() const { return entries.isEmpty() && !everything; }
    // Whether a record of `entity` changed (always true when `everything`).
    bool touches(const QString &entity) const;
    // Whether a record of `patient` (the patient, a stay, a result…) changed (true when `everything`).
    bool touchesPatient(PatientId patient) const;
    // The patients whose records changed, each once, in the order of their first change.
    QList<PatientId> patients() const;
};

} // namespace smr

Q_DECLARE_METATYPE(smr::ChangeSet)
