#pragma once

#include "core/common/Ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace smr {

// One revision of a functional test's result within a stay: the raw answers as entered, the
// scores computed from them (never typed), the instrument's version, when the test was
// performed, who entered it and remarks. A draft has no scores yet.
struct TestResult {
    enum class Status { Draft, Final };

    ResultId id;
    StayId stayId;
    QString instrument;
    QString instrumentVersion;
    Status status = Status::Draft;
    QDateTime performedAt; // local time, to the minute
    QJsonObject answers;
    QJsonObject scores; // empty for a draft
    std::optional<double> primaryScore;
    QString enteredBy;
    QString remarks;
    ResultId seriesId; // the first revision's id
    int revision = 1;
    QString correctionReason; // why this revision replaces the previous one
    bool superseded = false;
    int version = 0;
    // A draft's place in the test (the countdown's start, the item on screen), for resuming it
    // after a sleep or a kill; never scored, and empty once the result is final.
    QJsonObject progress;

    bool isCorrection() const { return revision > 1; }
};

} // namespace smr
