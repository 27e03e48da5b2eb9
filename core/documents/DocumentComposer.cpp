#include "core/documents/DocumentComposer.h"

#include "core/documents/DocumentService.h"
#include "core/documents/MeetingMinutesComposer.h"
#include "core/documents/OnCallSheetComposer.h"
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
        return MeetingMinutesComposer::compose(store, subject.meeting);
    case DocumentKind::OnCallSheet:
        return OnCallSheetComposer::compose(store, subject.unitCode, subject.day);
    }
    return Failure::invalid(DocumentService::SubjectField, tr("Unknown kind of document."));
}

} // namespace smr
