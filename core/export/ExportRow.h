#pragma once

#include "core/patients/Patient.h"
#include "core/results/TestResult.h"
#include "core/stays/Stay.h"

namespace smr {

// A stay with what an export says about it: its patient and its unit's label.
struct ExportStay {
    Stay stay;
    Patient patient;
    QString unitLabel;
};

// One final, current result with its stay, patient and unit: a CSV row, a QuestionnaireResponse
// and its Observations.
struct ExportRow {
    TestResult result;
    ExportStay stay;
};

} // namespace smr
