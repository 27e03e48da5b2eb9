#include "core/export/ExportService.h"

#include "core/audit/AuditEntry.h"
#include "core/audit/Writer.h"
#include "core/common/Dates.h"
#include "core/export/ExportRepository.h"
#include "core/export/FhirBundle.h"
#include "core/export/ResultCsv.h"
#include "core/patients/PatientRepository.h"
#include "core/stays/StayRepository.h"
#include "core/units/UnitService.h"

#include <QIODevice>
#include <QJsonObject>
#include <QSet>

namespace smr {

namespace {

ExportScope normalized(ExportScope scope)
{
    scope.unit = scope.unit.trimmed().toLower(); // unit codes are stored in lower case
    return scope;
}

} // namespace

ExportService::ExportService(Writer &writer, ExportRepository &exports, StayRepository &stays,
                             PatientRepository &patients, UnitRepository &units, const InstrumentCatalog &instruments)
    : m_writer(writer)
    , m_exports(exports)
    , m_stays(stays)
    , m_patients(patients)
    , m_units(units)
    , m_instruments(instruments)
{
}

Status ExportService::check(const ExportScope &scope)
{
    if (Status allowed = m_writer.session().require(Right::ExportResults); !allowed)
        return allowed;
    return m_writer.read([&]() -> Status { return checkScope(normalized(scope)); });
}

Status ExportService::checkScope(const ExportScope &scope)
{
    switch (scope.kind) {
    case ExportScope::Kind::Stay:
        if (!scope.stay.isValid() || !m_stays.find(scope.stay))
            return Failure::notFound(StayField, tr("No stay has the identifier %1.").arg(scope.stay.value));
        return Done{};
    case ExportScope::Kind::Patient:
        if (!scope.patient.isValid() || !m_patients.find(scope.patient))
            return Failure::notFound(PatientField, tr("No patient has the identifier %1.").arg(scope.patient.value));
        return Done{};
    case ExportScope::Kind::UnitPeriod:
        break;
    }
    QList<FieldError> errors;
    if (const std::optional<FieldError> unknown = UnitService::checkKnown(m_units, scope.unit))
        errors << FieldError{UnitField, unknown->message};
    if (!scope.from.isValid())
        errors << FieldError{FromField, tr("The first day of the period is required (a date).")};
    if (!scope.to.isValid())
        errors << FieldError{ToField, tr("The last day of the period is required (a date).")};
    else if (scope.from.isValid() && scope.to < scope.from)
        errors << FieldError{ToField, tr("The last day of the period (%1) is before its first day (%2).")
                                          .arg(dates::display(scope.to), dates::display(scope.from))};
    if (!errors.isEmpty())
        return Failure::invalid(errors);
    return Done{};
}

Result<ExportSummary> ExportService::write(const ExportScope &given, const ExportOptions &options, QIODevice &out)
{
    const ExportScope scope = normalized(given);
    // Refused before anything is read or written, as a write is.
    if (Status allowed = m_writer.session().require(Right::ExportResults); !allowed)
        return allowed.failure();
    const Result<ExportSummary> written = m_writer.read([&]() -> Result<ExportSummary> {
        if (const Status checked = checkScope(scope); !checked)
            return checked.failure();
        try {
            return options.format == ExportFormat::Csv ? writeCsv(scope, options.byteOrderMark, out)
                                                       : writeFhir(scope, out);
        } catch (const StorageError &e) {
            // The document has begun (the scope's check read the database before anything was
            // written): running the read again would repeat it, so the export fails instead.
            const QString message = tr("The export stopped before its end: %1").arg(e.message());
            return e.isConnectionLost() ? Failure::connectionLost(message) : Failure::storage(message);
        }
    });
    if (!written)
        return written;
    if (const Status traced = trace(scope, options, *written); !traced)
        return Failure::storage(tr("The results were exported but the export could not be recorded in the audit "
                                   "trail, so it is reported as failed: %1")
                                    .arg(traced.failure().text()));
    return written;
}

Status ExportService::trace(const ExportScope &scope, const ExportOptions &options, const ExportSummary &summary)
{
    // Who took which results out of the record, and how many: a line of the audit trail, written
    // once the document is complete (the read above ran no write; single-row mode forbids one).
    return m_writer.write(Right::ExportResults, [&](Change &change) -> Status {
        QJsonObject what{{QStringLiteral("format"), kExportFormats.code(options.format)},
                         {QStringLiteral("results"), summary.results},
                         {QStringLiteral("stays"), summary.stays},
                         {QStringLiteral("patients"), summary.patients}};
        PatientId patient;
        QString key;
        switch (scope.kind) {
        case ExportScope::Kind::Stay:
            if (const std::optional<Stay> stay = m_stays.find(scope.stay))
                patient = stay->patientId;
            what.insert(QStringLiteral("stay"), scope.stay.value);
            key = QStringLiteral("stay:%1").arg(scope.stay.value);
            break;
        case ExportScope::Kind::Patient:
            patient = scope.patient;
            what.insert(QStringLiteral("patient"), scope.patient.value);
            key = QStringLiteral("patient:%1").arg(scope.patient.value);
            break;
        case ExportScope::Kind::UnitPeriod:
            what.insert(QStringLiteral("unit"), scope.unit);
            what.insert(QStringLiteral("from"), dates::toIso(scope.from));
            what.insert(QStringLiteral("to"), dates::toIso(scope.to));
            key = QStringLiteral("unit:%1:%2:%3").arg(scope.unit, dates::toIso(scope.from), dates::toIso(scope.to));
            break;
        }
        if (options.format == ExportFormat::Csv)
            what.insert(QStringLiteral("bom"), options.byteOrderMark);
        change.record(audit::Export, key, patient, audit::Exported, {}, what);
        return Done{};
    });
}

Result<ExportSummary> ExportService::writeCsv(const ExportScope &scope, bool byteOrderMark, QIODevice &out)
{
    ResultCsv csv(out, m_instruments);
    ExportSummary summary;
    QSet<qint64> stays;
    QSet<qint64> patients;
    bool written = csv.begin(byteOrderMark);
    if (written) {
        summary.results = m_exports.forEachResult(scope, [&](const ExportRow &row) {
            stays.insert(row.stay.stay.id.value);
            patients.insert(row.stay.patient.id.value);
            written = csv.write(row);
            return written;
        });
    }
    if (!written)
        return Failure::storage(tr("The export could not be written: %1").arg(csv.error()));
    summary.stays = stays.size();
    summary.patients = patients.size();
    return summary;
}

Result<ExportSummary> ExportService::writeFhir(const ExportScope &scope, QIODevice &out)
{
    FhirBundle bundle(out, m_instruments);
    bool written = bundle.begin();
    if (written)
        m_exports.forEachStay(scope, [&](const ExportStay &stay) { return written = bundle.addStay(stay); });
    if (written)
        m_exports.forEachResult(scope, [&](const ExportRow &row) { return written = bundle.addResult(row); });
    if (written)
        written = bundle.finish();
    if (!written)
        return Failure::storage(tr("The export could not be written: %1").arg(bundle.error()));
    return ExportSummary{bundle.results(), bundle.stays(), bundle.patients()};
}

} // namespace smr
