#pragma once

// A stay ready for its letters (issue #9), shared by the document tests and the document
// benchmark: DUPONT Marie, 70, in the locomoteur unit from 02/11/2026, discharge planned on
// 29/11/2026, referred by Dr Rousseau (rheumatologist), GP Dr Jean Lefèvre — signed admission
// assessment (sick leave, precautions), Berg 30 → 41, TUG 16,2 → 12,1 s, Oswestry 48 → 30 %, a
// validated care plan — and the establishment's letterhead (with a logo) and the physician's
// signature block set. The physician, Dr Claire Martin ("cmartin"), is signed in afterwards.

#include "core/documents/Letterhead.h"
#include "support/TestStore.h"

#include <QByteArray>

namespace smr::test {

struct LetterStay {
    User physician;
    StayId stay;
};

// Fills `store`; a failure is reported to the running test (ADD_FAILURE) and leaves `stay` invalid.
LetterStay addLetterStay(TestStore &store);

// A 120 × 60 PNG, the establishment's logo.
QByteArray letterheadLogo();
// The establishment's letterhead, with that logo.
Letterhead siteLetterhead();

} // namespace smr::test
