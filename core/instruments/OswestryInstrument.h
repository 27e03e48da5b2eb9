#pragma once

#include "core/instruments/Instrument.h"

namespace smr {

// Oswestry Disability Index v2.1a (clinical reference §5).
class OswestryInstrument final : public Instrument
{
    Q_DECLARE_TR_FUNCTIONS(OswestryInstrument)

public:
    using Instrument::Instrument;

    static constexpr double McidPoints = 10;
    static constexpr double McidFraction = 0.30;

    // Fairbank bands, decided on the exact fraction sum / (5 × answered):
    // ≤ 20 minimal; ≤ 40 moderate; ≤ 60 severe; ≤ 80 crippled; > 80 bed-bound.
    static constexpr int MinimalUpTo = 20;
    static constexpr int ModerateUpTo = 40;
    static constexpr int SevereUpTo = 60;
    static constexpr int CrippledUpTo = 80;
    static QString bandOf(int sum, int answered);

    QList<Measure> measures() const override;
    Assessment assess(const QJsonObject &scores) const override;
    std::optional<ChangeThreshold> threshold(const QString &measureKey,
                                             const QJsonObject &earlierScores) const override;
    // The five Fairbank bands, with the severities of assess().
    QList<ValueBand> bands(const QString &measureKey, const QJsonObject &latestScores,
                           const PatientFacts &facts) const override;

protected:
    QJsonObject compute(const QJsonObject &answers) const override;
};

} // namespace smr
