#pragma once

#include "core/instruments/Instrument.h"

namespace smr {

// STarT Back Screening Tool (clinical reference §6).
class StartBackInstrument final : public Instrument
{
    Q_DECLARE_TR_FUNCTIONS(StartBackInstrument)

public:
    using Instrument::Instrument;

    static constexpr int MaxTotal = 9;
    static constexpr int MaxPsychosocial = 5;
    static constexpr int LowRiskUpTo = 3;              // total
    static constexpr int HighRiskPsychosocialFrom = 4; // psychosocial subscale
    // "low": total ≤ 3; "medium": total ≥ 4 and psychosocial ≤ 3; "high": psychosocial ≥ 4.
    static QString riskOf(int total, int psychosocial);

    QList<Measure> measures() const override;
    Assessment assess(const QJsonObject &scores) const override;
    // Total: a line between 3 and 4 (low risk up to 3). Decision: a line rather than a shaded
    // "4–9" band, because a total of 4 or more is medium *or* high risk: the psychosocial
    // subscale decides, so the total's chart can only say where low risk ends.
    QList<ReferenceLine> referenceLines(const QString &measureKey, const QJsonObject &latestScores,
                                        const PatientFacts &facts) const override;
    // Psychosocial subscale: bands 0–3 (not high) and 4–5 (high risk).
    QList<ValueBand> bands(const QString &measureKey, const QJsonObject &latestScores,
                           const PatientFacts &facts) const override;

protected:
    QJsonObject compute(const QJsonObject &answers) const override;
};

} // namespace smr
