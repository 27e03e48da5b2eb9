#pragma once

#include "core/export/ExportRow.h"

#include <QSet>

class QIODevice;

namespace smr {

class InstrumentCatalog;

// Writes a FHIR R4 Bundle of type "collection" as it is read (docs/EXPORT.md): the local
// CodeSystem first, then each patient and stay the first time they are met, and for each result
// its QuestionnaireResponse (questionnaires) and an Observation per score. Entries are written one
// at a time, so a unit's ten years never sit in memory; the document is one compact JSON object.
class FhirBundle
{
public:
    FhirBundle(QIODevice &out, const InstrumentCatalog &instruments) : m_out(out), m_instruments(instruments) {}

    // Each returns false when the device refused to write (see error()).
    bool begin();
    // The Patient (once) and the Encounter (once) of a stay.
    bool addStay(const ExportStay &stay);
    // The result's stay (if not written yet), its QuestionnaireResponse and its Observations.
    bool addResult(const ExportRow &row);
    bool finish();

    qint64 patients() const { return m_patients.size(); }
    qint64 stays() const { return m_stays.size(); }
    qint64 results() const { return m_results; }
    QString error() const;

private:
    bool entry(const QString &fullUrl, const QJsonObject &resource);

    QIODevice &m_out;
    const InstrumentCatalog &m_instruments;
    QSet<qint64> m_patients;
    QSet<qint64> m_stays;
    qint64 m_results = 0;
    bool m_first = true;
};

} // namespace smr
