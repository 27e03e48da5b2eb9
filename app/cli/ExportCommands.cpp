// smrdesk-cli export: results as CSV or as a FHIR R4 bundle, on stdout (issue #9, docs/EXPORT.md).

#include "app/cli/CliApplication.h"

#include "core/Store.h"

#include <QBuffer>
#include <QFileDevice>

namespace smr::cli {

namespace {
const QString kStay = QStringLiteral("stay");
const QString kPatient = QStringLiteral("patient");
const QString kUnit = QStringLiteral("unit");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kBom = QStringLiteral("bom");
const QString kFormat = QStringLiteral("format");

QString option(const QString &name)
{
    return QStringLiteral("--") + name;
}
} // namespace

std::optional<ExportScope> CliApplication::readExportScope(CommandOptions &o, int &exitCode)
{
    QStringList given;
    for (const QString &name : {kStay, kPatient, kUnit})
        if (o.has(name))
            given << name;
    if (given.isEmpty()) {
        exitCode = refuse({QString(), tr("One scope is required: --stay ID, --patient ID, or --unit CODE with --from "
                                         "YYYY-MM-DD and --to YYYY-MM-DD.")});
        return std::nullopt;
    }
    if (given.size() > 1) {
        exitCode = refuse({option(given.at(1)), tr("Give one scope only: --stay, --patient or --unit (with --from "
                                                   "and --to), not %1 and %2.")
                                                    .arg(option(given.at(0)), option(given.at(1)))});
        return std::nullopt;
    }
    const bool unit = given.first() == kUnit;
    for (const QString &day : {kFrom, kTo}) {
        if (unit && !o.has(day)) {
            exitCode = refuse({option(day), tr("%1 YYYY-MM-DD is required with --unit (the period, both days "
                                               "included).")
                                                .arg(option(day))});
            return std::nullopt;
        }
        if (!unit && o.has(day)) {
            exitCode = refuse(
                {option(day), tr("%1 goes with --unit only: a stay or a patient is exported whole.").arg(option(day))});
            return std::nullopt;
        }
    }
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    ExportScope scope;
    if (given.first() == kStay)
        scope = ExportScope::ofStay(StayId(o.integer(kStay, 1, max).value_or(0)));
    else if (given.first() == kPatient)
        scope = ExportScope::ofPatient(PatientId(o.integer(kPatient, 1, max).value_or(0)));
    else
        scope = ExportScope::ofUnit(o.text(kUnit), o.date(kFrom).value_or(QDate()), o.date(kTo).value_or(QDate()));
    if (o.error()) {
        exitCode = refuse(*o.error());
        return std::nullopt;
    }
    return scope;
}

int CliApplication::exportResults(const QStringList &args)
{
    int code = Success;
    std::optional<CommandOptions> o = options(QStringLiteral("export"), args,
                                              {{kFormat, true},
                                               {kStay, false},
                                               {kPatient, false},
                                               {kUnit, false},
                                               {kFrom, false},
                                               {kTo, false},
                                               {kBom, false, true}},
                                              code);
    if (!o)
        return code;
    ExportOptions exportOptions;
    exportOptions.format = o->code(kFormat, kExportFormats).value_or(ExportFormat::Csv);
    exportOptions.byteOrderMark = o->has(kBom);
    if (o->error())
        return refuse(*o->error());
    if (exportOptions.byteOrderMark && exportOptions.format != ExportFormat::Csv)
        return refuse({option(kBom), tr("A byte order mark is for CSV only (--format csv); a FHIR bundle is JSON "
                                        "without one.")});
    const std::optional<ExportScope> scope = readExportScope(*o, code);
    if (!scope)
        return code;
    if (!store())
        return report(*m_storeFailure);

    // The document's bytes go to stdout as they are (a CSV's byte order mark included); the
    // scope is checked before the first byte.
    m_out.flush();
    QBuffer buffer;
    QIODevice *device = m_out.device();
    if (!device) { // a stream on a string (not the executable's stdout): hand the text over at the end
        buffer.open(QIODevice::WriteOnly);
        device = &buffer;
    }
    const Result<ExportSummary> written = m_store->exports().write(*scope, exportOptions, *device);
    if (auto *file = qobject_cast<QFileDevice *>(device))
        file->flush();
    if (device == &buffer) {
        m_out << QString::fromUtf8(buffer.data());
        m_out.flush();
    }
    if (!written)
        return report(written.failure());
    return Success;
}

} // namespace smr::cli
