#pragma once

#include "core/instruments/Instrument.h"

namespace smr {

// Berg Balance Scale (clinical reference §3).
class BergInstrument final : public Instrument
{
    Q_DECLARE_TR_FUNCTIONS(BergInstrument)

public:
    using Instrument::Instrument;

    static constexpr int MaxTotal = 56;
    static constexpr int FallRiskBelow = 45;
    // The fall-risk bands' upper ends (Berg 1992): 0–20 high, 21–40 medium, 41–56 low.
    static constexpr int HighRiskUpTo = 20;
    static constexpr int MediumRiskUpTo = 40;
    // The MDC of Donoghue & Stokes 2009 (older adults) for a baseline total.
    static int mdcFor(int baselineTotal);
    // "high" 0–20, "medium" 21–40, "low" 41–56.
    static QString bandOf(int total);

    QList<Measure> measures() const override;
    Assessment assess(const QJsonObject &scores) const override;
    std::optional<ChangeThreshold> threshold(const QString &measureKey,
                                             const QJsonObject &earlierScores) const override;
    QList<ReferenceLine> referenceLines(const QString &measureKey, const QJsonObject &latestScores,
                                        const PatientFacts &facts) const override;
    QList<ValueBand> bands(const QString &measureKey, const QJsonObject &latestScores,
                           const PatientFacts &facts) const override;

protected:
    QJsonObject compute(const QJsonObject &answers) const override;
};

} // namespace smr
