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

    struct Dimensions {
        int dailyActivities;
        int workLeisure;
        int anxietyDepression;
        int socialInterest;
    };
    // "medical", "behavioural", "mixed" or "undetermined".
    static QString profileOf(const Dimensions &d);

    QList<Measure> measures() const override;
    Assessment assess(const QJsonObject &scores) const override;

protected:
    QJsonObject compute(const QJsonObject &answers) const override;
};

} // namespace smr
