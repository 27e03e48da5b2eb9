#pragma once

#include "core/common/Result.h"
#include "core/documents/Document.h"

#include <QCoreApplication>

namespace smr {

class Store;

// The minutes of a closed weekly meeting (compte rendu de la réunion de synthèse, issue #9):
// the attendees, then each patient of the agenda in its order (identity, day of stay, medical
// issues, each discipline's note, the decisions, the actions raised and done), then who signed
// and when. Read from the signed version: see the .cpp.
class MeetingMinutesComposer
{
    Q_DECLARE_TR_FUNCTIONS(MeetingMinutesComposer)

public:
    static inline const QString MeetingField = QStringLiteral("meeting");

    // The minutes' title and HTML. NotFound for an unknown meeting; Invalid for a meeting not
    // closed (in preparation, in progress, or reopened for a correction).
    static Result<DocumentContent> compose(Store &store, MeetingId meeting);
};

} // namespace smr
