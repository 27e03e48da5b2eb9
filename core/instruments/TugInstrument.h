#pragma once

#include "core/instruments/Instrument.h"

namespace smr {

// Timed Up and Go (clinical reference §1).
class TugInstrument final : public Instrument
{
    Q_DECLARE_TR_FUNCTIONS(TugInstrument)

public:
    using Instrument::Instrument;

    // Increased fall risk from 13.5 s (Shumway-Cook 2000); CDC STEADI uses 12 s.
    static constexpr double FallRiskSeconds = 13.5;
    static constexpr double SteadiSeconds = 12.0;
    // Decision of the reference: beyond measurement error from 3.2 s (chronic stroke MDC).
    static constexpr double MdcSeconds = 3.2;

    struct AgeNorm {
        double mean;
        double low;
        double high;
        int fromAge; // the age band the norm is for
        int toAge;
    };
    // Bohannon 2006: 60–69 y 8.1 s (7.1–9.0); 70–79 y 9.2 s (8.2–10.2); 80–99 y 11.3 s (10.0–12.7).
    static std::optional<AgeNorm> ageNorm(int age);

    QJsonObject withPatientDefaults(QJsonObject answers, const PatientFacts &facts) const override;
    QList<Measure> measures() const override;
    Assessment assess(const QJsonObject &scores) const override;
    std::optional<ChangeThreshold> threshold(const QString &measureKey,
                                             const QJsonObject &earlierScores) const override;
    // The cut-off, CDC STEADI's line and, from 60 years, the age norm (facts.age) and its 95 % CI.
    QList<ReferenceLine> referenceLines(const QString &measureKey, const QJsonObject &latestScores,
                                        const PatientFacts &facts) const override;
    QList<ValueBand> bands(const QString &measureKey, const QJsonObject &latestScores,
                           const PatientFacts &facts) const override;

protected:
    QJsonObject compute(const QJsonObject &answers) const override;
};

} // namespace smr
