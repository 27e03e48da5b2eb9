#pragma once

#include "core/patients/Patient.h"
#include "core/results/TestResult.h"
#include "core/stays/Stay.h"

#include <QDate>
#include <QList>
#include <QString>

namespace smr {

class Database;

// A stay of a unit's view with its patient.
struct UnitStay {
    Stay stay;
    Patient patient;
};

// The reads of the progress charts (issue #6): a patient's results across stays and a unit's
// first and latest results, each in one query and never a whole table. "Current" results are
// final and not superseded (a correction's latest revision). Throws StorageError.
class ProgressRepository
{
public:
    explicit ProgressRepository(Database &db) : m_db(db) {}

    // The patient's current results of `instrument` (of every instrument when empty) in all the
    // patient's stays, oldest first (performed_at, then id). Served by stays_by_patient and
    // results_by_stay.
    QList<TestResult> patientResults(PatientId patient, const QString &instrument = {});

    // The unit's stays in progress on `day` (status in progress, admitted on or before `day`),
    // with their patients, in the order of the patient list. Served by stays_open_by_unit.
    QList<UnitStay> staysInProgress(const QString &unitCode, const QDate &day);

    // For those stays, each instrument's first and latest current result performed on or before
    // `day` (a single row when the stay has one result of it), by stay, instrument and time.
    QList<TestResult> firstAndLatest(const QString &unitCode, const QDate &day);

private:
    Database &m_db;
};

} // namespace smr
