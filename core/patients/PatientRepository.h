#pragma once

#include "core/patients/Patient.h"

#include <QList>
#include <QString>

#include <optional>

namespace smr {

class Database;
class Sql;

// Reads and writes patients (and their search terms). Throws StorageError; writes are made
// inside the caller's WriteTransaction.
class PatientRepository
{
public:
    explicit PatientRepository(Database &db) : m_db(db) {}

    PatientId insert(const Patient &patient, const QString &timestamp);
    // False when the stored version is no longer `patient.version` (someone saved meanwhile).
    bool update(const Patient &patient, const QString &timestamp);

    std::optional<Patient> find(PatientId id);
    std::optional<Patient> findByIpp(const QString &ipp);
    std::optional<Patient> findByNir(const QString &nir);
    qint64 count();
    bool any();

    // Patients whose names, IPP or birth date match `query` (all of them for a blank query),
    // in alphabetical order, `limit` at most (0: no limit).
    QList<Patient> search(const QString &query, int limit = 0);

    // The columns of a patient in SELECT lists, in the order readRow expects.
    static QString columns(const QString &alias);
    static constexpr int ColumnCount = 14;
    // Reads a patient from the query's columns starting at `first`.
    static Patient readRow(const Sql &row, int first);

private:
    void writeSearchTerms(PatientId id, const Patient &patient);

    Database &m_db;
};

} // namespace smr
