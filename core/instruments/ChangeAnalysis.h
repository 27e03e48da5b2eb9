#pragma once

#include "core/instruments/Instrument.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace smr {

// The change of one measure between two results of the same instrument.
struct MeasureChange {
    enum class Trend { Better, Worse, Unchanged };
    Measure measure;
    double from = 0;
    double to = 0;
    double difference = 0; // to − from
    Trend trend = Trend::Unchanged;
    std::optional<ChangeThreshold> threshold;
    // Whether |difference| reaches the threshold; nothing when the reference gives none.
    std::optional<bool> beyondThreshold;
};

// Compares two results: difference, direction (better or worse, by the measure's direction) and
// whether the change reaches the MCID or MDC of the clinical reference.
class ChangeAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(ChangeAnalysis)

public:
    static QList<MeasureChange> compare(const Instrument &instrument, const QJsonObject &earlier,
                                        const QJsonObject &later);
    // The change of the instrument's main measure (its first) between two results, when both
    // hold it.
    static std::optional<MeasureChange> mainChange(const Instrument &instrument, const QJsonObject &earlier,
                                                   const QJsonObject &later);
    // "+6 points ▲ better (MDC 5 reached)" — words as well as signs, never colour alone.
    static QString describe(const MeasureChange &change);
    // The direction in a sign and a word: "▲ better", "▼ worse", "= unchanged".
    static QString trendText(MeasureChange::Trend trend);
    // What a threshold is called in short: its mark when it has one ("cardiorespiratory MCID"),
    // else "MCID" or "MDC".
    static QString nameOf(const ChangeThreshold &threshold);
};

} // namespace smr
