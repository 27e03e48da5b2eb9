#pragma once

#include "core/export/ExportRow.h"

#include <QStringList>

class QIODevice;

namespace smr {

class InstrumentCatalog;

// Results as CSV for a research spreadsheet (docs/EXPORT.md): RFC 4180 (comma separator, CRLF
// line ends, a field holding a comma, a quote or a line break in double quotes with its quotes
// doubled), UTF-8, optionally led by a byte order mark, one row per result under a header of
// stable snake_case names. No names and no full birth date: the IPP and the ids link back to the
// record. Dates are ISO, numbers have a decimal point, whatever the user's language.
class ResultCsv
{
public:
    ResultCsv(QIODevice &out, const InstrumentCatalog &instruments) : m_out(out), m_instruments(instruments) {}

    // The header's names, in column order (the contract of docs/EXPORT.md).
    static const QStringList &columns();
    // The values of a row, in column order, before quoting.
    static QStringList values(const ExportRow &row, const InstrumentCatalog &instruments);
    // One field as RFC 4180 wants it: quoted only when it holds a comma, a quote, CR or LF.
    static QString field(const QString &value);
    // A number with a decimal point and no more digits than it needs ("14.2", "48").
    static QString number(double value);
    // The reference's category of a result as a stable code (docs/EXPORT.md), or empty.
    static QString interpretation(const QString &instrument, const QJsonObject &scores);

    // Writes the byte order mark (if asked) and the header; false when the device refused.
    bool begin(bool byteOrderMark);
    bool write(const ExportRow &row);
    // What the device said when a write failed.
    QString error() const;

private:
    bool put(const QStringList &values);

    QIODevice &m_out;
    const InstrumentCatalog &m_instruments;
};

} // namespace smr
