#pragma once

#include "core/instruments/Instrument.h"

namespace smr {

// Berg Balance Scale (clinical reference §3).
class BergInstrument final : public Instrument
{
    Q_DECLARE_TR_FUNCTIONS(BergInstrument)

public:
    using Instrument::Instrument;

    static constexpr int FallRiskBelow = 45;
    // The MDC of Donoghue & Stokes 2009 (older adults) for a baseline total.
    static int mdcFor(int baselineTotal);
    // "high" 0–20, "medium" 21–40, "low" 41–56.
    static QString bandOf(int total);

    QList<Measure> measures() const override;
    Assessment assess(const QJsonObject &scores) const override;
    std::optional<ChangeThreshold> threshold(const QString &measureKey,
                                             const QJsonObject &earlierScores) const override;

protected:
    QJsonObject compute(const QJsonObject &answers) const override;
};

} // namespace smr
