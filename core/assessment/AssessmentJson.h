#pragma once

#include "core/assessment/AdmissionAssessment.h"

#include <QJsonObject>

namespace smr::assessment_json {

// The structured content of an assessment (everything but the row's own columns: id, stay,
// revision, status, signature, amendment reason, version) as stored and audited: stable
// snake_case keys, codes as in the code tables, dates in ISO 8601, absent values as null.
QJsonObject content(const AdmissionAssessment &a);
// Reads `json` into `a`'s content fields; unknown keys are ignored, missing ones keep defaults.
void readContent(const QJsonObject &json, AdmissionAssessment &a);

} // namespace smr::assessment_json
