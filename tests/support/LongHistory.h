#pragma once

// A patient with years of history for the speed targets of issue #6 ("the overview opens in under
// 100 ms for a patient with 10 years of history"): two four-week stays a year, closed, each with
// the demonstration's results (core/demo/DemoResultGenerator: every instrument at admission,
// mid-stay and discharge), and the stay in progress since 02/11/2026. Written through the services,
// as a unit's database would have been.

#include "core/common/Ids.h"

namespace smr::test {

class TestStore;

struct LongHistory {
    PatientId patient;
    StayId current;
    int stays = 0;
    int results = 0;
};

// `years` years of history before the current stay (TestStore's clock: 22/11/2026).
LongHistory addLongHistory(TestStore &db, int years = 10);

} // namespace smr::test
