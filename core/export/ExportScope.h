#pragma once

#include "core/common/CodeTable.h"
#include "core/common/Ids.h"

#include <QDate>
#include <QString>

namespace smr {

// What an export covers: one stay, one patient (all the patient's stays), or a unit and a period
// of days on which the tests were performed (both ends included).
struct ExportScope {
    enum class Kind { Stay, Patient, UnitPeriod };
    Kind kind = Kind::Stay;
    StayId stay;
    PatientId patient;
    QString unit;
    QDate from;
    QDate to;

    static ExportScope ofStay(StayId id) { return {Kind::Stay, id, {}, {}, {}, {}}; }
    static ExportScope ofPatient(PatientId id) { return {Kind::Patient, {}, id, {}, {}, {}}; }
    static ExportScope ofUnit(const QString &unit, const QDate &from, const QDate &to)
    {
        return {Kind::UnitPeriod, {}, {}, unit, from, to};
    }
};

// The machine formats of docs/EXPORT.md.
enum class ExportFormat { Csv, Fhir };

inline constexpr CodeTable<ExportFormat, 2> kExportFormats{
    "ExportFormat",
    {{
        {ExportFormat::Csv, "csv", QT_TRANSLATE_NOOP("ExportFormat", "CSV (spreadsheet, one row per result)"),
         QT_TRANSLATE_NOOP("ExportFormat", "CSV")},
        {ExportFormat::Fhir, "fhir", QT_TRANSLATE_NOOP("ExportFormat", "FHIR R4 (JSON bundle for a FHIR server)"),
         QT_TRANSLATE_NOOP("ExportFormat", "FHIR")},
    }}};

struct ExportOptions {
    ExportFormat format = ExportFormat::Csv;
    // CSV: starts the file with a UTF-8 byte order mark, which spreadsheet software needs to read
    // the accents right.
    bool byteOrderMark = false;
};

// What an export wrote.
struct ExportSummary {
    qint64 results = 0;
    qint64 stays = 0;    // FHIR: the encounters; CSV: the stays of the rows
    qint64 patients = 0; // FHIR: the patients; CSV: the patients of the rows
};

} // namespace smr
