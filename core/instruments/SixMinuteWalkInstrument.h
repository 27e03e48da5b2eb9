#pragma once

#include "core/instruments/Instrument.h"

namespace smr {

// Six-minute walk test (clinical reference §2): distance against the Enright & Sherrill 1998
// reference equations.
class SixMinuteWalkInstrument final : public Instrument
{
    Q_DECLARE_TR_FUNCTIONS(SixMinuteWalkInstrument)

public:
    using Instrument::Instrument;

    // ≈ 30 m, clinically important in cardiorespiratory disease only (ERS/ATS 2014).
    static constexpr double McidMetres = 30;
    // The ages the reference equations were derived on (Enright & Sherrill 1998).
    static constexpr int ReferenceAgeFrom = 40;
    static constexpr int ReferenceAgeTo = 80;

    struct Prediction {
        double predicted;
        double lowerLimit;
    };
    // Enright & Sherrill 1998 (height cm, weight kg, age years).
    static Prediction predict(bool male, double heightCm, double weightKg, int age);

    QJsonObject withPatientDefaults(QJsonObject answers, const PatientFacts &facts) const override;
    QList<Measure> measures() const override;
    Assessment assess(const QJsonObject &scores) const override;
    std::optional<ChangeThreshold> threshold(const QString &measureKey,
                                             const QJsonObject &earlierScores) const override;
    // Distance: the predicted distance and the lower limit of normal of the latest result; % of
    // predicted: 100 %. The labels carry the caution when the age is outside the equations'.
    QList<ReferenceLine> referenceLines(const QString &measureKey, const QJsonObject &latestScores,
                                        const PatientFacts &facts) const override;

protected:
    QJsonObject compute(const QJsonObject &answers) const override;
};

} // namespace smr
