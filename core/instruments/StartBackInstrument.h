#pragma once

#include "core/instruments/Instrument.h"

namespace smr {

// STarT Back Screening Tool (clinical reference §6).
class StartBackInstrument final : public Instrument
{
    Q_DECLARE_TR_FUNCTIONS(StartBackInstrument)

public:
    using Instrument::Instrument;

    // "low": total ≤ 3; "medium": total ≥ 4 and psychosocial ≤ 3; "high": psychosocial ≥ 4.
    static QString riskOf(int total, int psychosocial);

    QList<Measure> measures() const override;
    Assessment assess(const QJsonObject &scores) const override;

protected:
    QJsonObject compute(const QJsonObject &answers) const override;
};

} // namespace smr
