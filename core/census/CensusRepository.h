#pragma once

#include "core/patients/Patient.h"
#include "core/stays/Stay.h"

#include <QList>
#include <QString>

#include <optional>

namespace smr {

class Database;

// What the main window's list asks for: the open stays of a unit, or every patient.
struct CensusFilter {
    enum class Scope { OpenStays, AllPatients };
    Scope scope = Scope::OpenStays;
    QString search;               // names, IPP or birth date, as typed
    QString unitCode;             // empty: every unit (open stays only)
    std::optional<StayMode> mode; // nothing: both modes (open stays only)

    bool operator==(const CensusFilter &) const = default;
};

// One line of the list: a patient with their open stay (open stays), or with their open or
// latest stay (all patients; none for a patient never admitted). It carries what the list shows,
// no more: the patient's id, IPP, names, birth date and sex; the stay's id, unit, mode, status,
// dates and programme. The dossier reads the whole record (PatientService::find).
struct CensusRow {
    Patient patient;
    std::optional<Stay> stay;
    QString sortKey;
};

// Where a page ends, so the next page starts after it (keyset paging: no OFFSET scans).
struct CensusCursor {
    QString sortKey;
    qint64 patientId = 0;
};

// Pages of the patient list, in alphabetical order, fetched on demand. Throws StorageError.
class CensusRepository
{
public:
    explicit CensusRepository(Database &db) : m_db(db) {}

    QList<CensusRow> page(const CensusFilter &filter, const std::optional<CensusCursor> &after, int limit);
    // How many rows the filter matches; with a search, counting stops at CountCap + 1.
    qint64 count(const CensusFilter &filter);
    static constexpr qint64 CountCap = 1000;

    static CensusCursor cursorAfter(const CensusRow &row) { return {row.sortKey, row.patient.id.value}; }
    // The columns a page reads (patients "p", stays "s"): what CensusRow carries.
    static const QString &listColumns();

private:
    QString fromAndWhere(const CensusFilter &filter, QVariantList &binds, QStringList &conditions) const;

    Database &m_db;
};

} // namespace smr
