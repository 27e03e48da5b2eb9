#pragma once

#include "core/common/Result.h"
#include "core/export/ExportScope.h"

#include <QCoreApplication>

class QIODevice;

namespace smr {

class ExportRepository;
class InstrumentCatalog;
class PatientRepository;
class StayRepository;
class UnitRepository;
class Writer;

// Results exports (issue #9): CSV for a research spreadsheet and FHIR R4 bundles for a FHIR
// server, of one stay, one patient or a unit and a period (docs/EXPORT.md). Results leave the
// record in bulk: it needs the right to export results (physicians; the command-line tool has
// every right), and each export that completes is traced in the audit trail (who, the scope, the
// format, how many results). The document is streamed to a device as it is read.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    ExportService(Writer &writer, ExportRepository &exports, StayRepository &stays, PatientRepository &patients,
                  UnitRepository &units, const InstrumentCatalog &instruments);

    // Field keys of the refusals.
    static inline const QString StayField = QStringLiteral("stay");
    static inline const QString PatientField = QStringLiteral("patient");
    static inline const QString UnitField = QStringLiteral("unit");
    static inline const QString FromField = QStringLiteral("from");
    static inline const QString ToField = QStringLiteral("to");

    // Checks the right, then the scope without reading results: Forbidden without the right, Invalid for a missing or
    // unknown unit, a missing day or a period that ends before it starts (each naming its field), NotFound for a stay
    // or a patient that does not exist.
    Status check(const ExportScope &scope);
    // Checks the right and the scope, then writes the document to `out` (opened for writing) and
    // traces the export. Storage when the device refuses a write, when the database fails once
    // something was written (the document is then incomplete) or when the audit line cannot be
    // written: in all three cases a file should be discarded.
    Result<ExportSummary> write(const ExportScope &scope, const ExportOptions &options, QIODevice &out);

private:
    Status checkScope(const ExportScope &scope);
    Result<ExportSummary> writeCsv(const ExportScope &scope, bool byteOrderMark, QIODevice &out);
    Result<ExportSummary> writeFhir(const ExportScope &scope, QIODevice &out);
    Status trace(const ExportScope &scope, const ExportOptions &options, const ExportSummary &summary);

    Writer &m_writer;
    ExportRepository &m_exports;
    StayRepository &m_stays;
    PatientRepository &m_patients;
    UnitRepository &m_units;
    const InstrumentCatalog &m_instruments;
};

} // namespace smr
