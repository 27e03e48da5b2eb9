#pragma once

#include "core/progress/ProgressChart.h"

#include <QJsonObject>

namespace smr {

// A progress chart as JSON and back, exactly: a document keeps the data of its charts, so that a
// finalised letter draws the same chart whatever is corrected later (issue #9).
namespace progress_json {
QJsonObject toJson(const ProgressChart &chart);
ProgressChart fromJson(const QJsonObject &json);
} // namespace progress_json

} // namespace smr
