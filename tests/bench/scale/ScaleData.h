#pragma once

// The database of issue #10's measures: `smrdesk-cli demo --patients N --history` (100,000
// patients, about 110,000 stays and 2,000,000 results), plus what the measures need, written
// through the services like a unit's data: a physician's account, the letterhead and signature,
// and a patient with 20 stays and 1,000 results (the dossier that is opened and written to PDF).

#include "core/Store.h"
#include "core/common/Clock.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace smr::scale {

// The demonstration's day (SMRDESK_TODAY of the command-line tool, the probe and the Store).
inline const QDate kToday(2026, 11, 22);
inline const QString kUser = QStringLiteral("banc");

struct ScaleOptions {
    QString database; // the SQLite file (created, or reused with reuse)
    int patients = 100'000;
    bool reuse = false; // keep a database this program prepared before
    QString cli;        // smrdesk-cli
    QString probe;      // smrdesk_start_probe
    int runs = 200;     // measures of each quick operation
    QString output;     // where the JSON summary is also written
};

struct ScaleData {
    std::unique_ptr<FixedClock> clock;
    std::unique_ptr<Store> store;
    PatientId dossier;  // 20 stays, 1,000 results
    StayId dossierStay; // its stay in progress
    int dossierStays = 0;
    int dossierResults = 0;
    StayId bergStay;                   // another patient's stay in progress, where Berg results are saved
    std::optional<double> demoSeconds; // smrdesk-cli demo, when this run loaded it
    QJsonObject counts;                // patients, stays, results, size_mb
};

// Loads (or reuses) the database and opens it signed in as the physician kUser. Throws
// std::runtime_error saying what failed.
ScaleData prepare(const ScaleOptions &options);

} // namespace smr::scale
