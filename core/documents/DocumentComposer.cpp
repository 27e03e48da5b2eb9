#include "core/documents/DocumentComposer.h"

#include "core/documents/DocumentService.h"
#include "core/documents/ResultSheet.h"
#include "core/documents/StayLetters.h"

namespace smr {

Result<DocumentContent> DocumentComposer::compose(Store &store, const DocumentSubject &subject)
{
    switch (subject.kind) {
    case DocumentKind::AdmissionReport:
        return StayLetters::admissionReport(store, subject.stay);
    case DocumentKind::DischargeLetter:
        return StayLetters::dischargeLetter(store, subject.stay);
    case DocumentKind::ResultSheet:
        return ResultSheet::compose(store, subject.result);
    case DocumentKind::MeetingMinutes:
    case DocumentKind::OnCallSheet:
        break;
    }
    return Failure::invalid(DocumentService::SubjectField, tr("This kind of document cannot be written yet."));
}

} // namespace smr
