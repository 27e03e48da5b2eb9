#pragma once

#include "core/common/Result.h"
#include "core/documents/Document.h"

#include <QCoreApplication>

namespace smr {

class Store;

// The sheet of one test's result (issue #9): the patient, when and by whom it was taken, the
// scores and their reading against the clinical reference, every answer, the remarks, the
// instrument's source and copyright line.
class ResultSheet
{
    Q_DECLARE_TR_FUNCTIONS(ResultSheet)

public:
    // NotFound for an unknown result; Invalid for a draft.
    static Result<DocumentContent> compose(Store &store, ResultId result);
};

} // namespace smr
