#pragma once

#include "core/common/Result.h"
#include "core/documents/Document.h"

#include <QCoreApplication>

namespace smr {

class Store;

// Writes a document's first text from the data, whatever its kind: the one entry the editor and
// the tests use (each kind's composer does the work).
class DocumentComposer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentComposer)

public:
    static Result<DocumentContent> compose(Store &store, const DocumentSubject &subject);
    // Whether the kind carries the physician's signature block (the on-call sheet does not).
    static bool isSigned(DocumentKind kind) { return kind != DocumentKind::OnCallSheet; }
};

} // namespace smr
