#pragma once

#include "core/instruments/Instrument.h"

namespace smr {

// Dallas Pain Questionnaire, French version (clinical reference §4): four dimensions in percent
// and the cross-profile that orients treatment.
class DallasInstrument final : public Instrument
{
    Q_DECLARE_TR_FUNCTIONS(DallasInstrument)

public:
    using Instrument::Instrument;

    // Its catalog id (resources/instruments/dallas.json): grouping and the Dallas square look for it.
    static inline const QString Id = QStringLiteral("dallas");

    struct Dimensions {
        int dailyActivities;
        int workLeisure;
        int anxietyDepression;
        int socialInterest;
    };
    // The profile's border on each dimension, and the Dallas square's quadrant border: a value of
    // exactly 50 % is not high (clinical reference §4).
    static constexpr int ProfileBorder = 50;
    // "medical", "behavioural", "mixed" or "undetermined".
    static QString profileOf(const Dimensions &d);

    // The Dallas square's coordinates of a result (its scores' physical and psychological impacts,
    // 0–100 %); nothing when the scores do not hold them.
    struct Impacts {
        double physical;
        double psychological;
    };
    static std::optional<Impacts> impactsOf(const QJsonObject &scores);

    QList<Measure> measures() const override;
    Assessment assess(const QJsonObject &scores) const override;
    // Each dimension: the profile's border at 50 %.
    QList<ReferenceLine> referenceLines(const QString &measureKey, const QJsonObject &latestScores,
                                        const PatientFacts &facts) const override;

protected:
    QJsonObject compute(const QJsonObject &answers) const override;
};

} // namespace smr
