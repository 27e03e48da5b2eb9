#pragma once

#include "core/assessment/AssessmentService.h"

#include <QCoreApplication>
#include <QString>

namespace smr {

// The words of an assessment's alerts and precautions, as the header, the tablet, the meeting and
// the documents (the on-call sheet) show them.
class AssessmentText
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentText)

public:
    // "FC max 140/min · appui partiel (…) · corset · port de charge ≤ 5 kg · risque de chute"
    // (empty when there is none).
    static QString precautions(const Precautions &p);
    // "Drapeau rouge : antécédent de cancer · Critère de récusation non justifié : grossesse"
    // (empty when there is nothing to warn about).
    static QString alerts(const StayAlerts &alerts);
};

} // namespace smr
