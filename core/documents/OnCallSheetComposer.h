#pragma once

#include "core/common/Result.h"
#include "core/documents/Document.h"

#include <QCoreApplication>
#include <QDate>

namespace smr {

class Store;

// The on-call handover sheet (fiche d'astreinte, issue #9) of a unit on a day, for the physician
// covering nights and weekends: one compact block per stay in progress, as few A4 pages as
// possible. Which stays, in which order and what each block says is written in the .cpp.
class OnCallSheetComposer
{
    Q_DECLARE_TR_FUNCTIONS(OnCallSheetComposer)

public:
    static inline const QString UnitField = QStringLiteral("unit");
    static inline const QString DayField = QStringLiteral("day");

    // The sheet's title and HTML. Invalid for an unknown unit or an invalid day.
    static Result<DocumentContent> compose(Store &store, const QString &unitCode, const QDate &day);
};

} // namespace smr
