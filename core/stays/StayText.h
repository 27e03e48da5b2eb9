#pragma once

#include "core/stays/Stay.h"

#include <QCoreApplication>
#include <QString>

namespace smr {

// Wording shared by the views that describe a stay.
class StayText
{
    Q_DECLARE_TR_FUNCTIONS(StayText)

public:
    // "Dr Martin (rheumatologist)", "Rheumatologist", or empty.
    static QString referrer(const Stay &stay);
};

} // namespace smr
