#pragma once

#include "core/common/Result.h"
#include "core/documents/Document.h"

#include <QCoreApplication>

namespace smr {

class Store;

// The letters of a stay, written from its data (issue #9): the admission report (bilan
// d'admission) from the signed admission assessment and the baseline tests, and the discharge
// letter (lettre de liaison) to the referrer and the GP. The physician edits the text before
// finalising it; the renderer adds the letterhead and the signature block.
class StayLetters
{
    Q_DECLARE_TR_FUNCTIONS(StayLetters)

public:
    // NotFound for an unknown stay; Invalid when the stay has no signed admission assessment.
    static Result<DocumentContent> admissionReport(Store &store, StayId stay);
    // The stay's summary, its scores at admission and at discharge with their change and MCID/MDC
    // marks, up to three charts (the instruments measured at least twice, in the catalog's
    // order), the care plan's goals met or not, and the recommendations: self-exercise, return to
    // work, a follow-up consultation 3 to 6 months after discharge.
    static Result<DocumentContent> dischargeLetter(Store &store, StayId stay);

    // How many charts a discharge letter shows at most.
    static constexpr int MaxCharts = 3;
};

} // namespace smr
