#include "core/export/FhirBundle.h"

#include "core/export/FhirResources.h"
#include "core/instruments/InstrumentCatalog.h"

#include <QIODevice>
#include <QJsonDocument>

namespace smr {

bool FhirBundle::begin()
{
    m_first = true;
    const QByteArray head = QByteArrayLiteral(R"({"resourceType":"Bundle","type":"collection","entry":[)");
    return m_out.write(head) == head.size() && entry(FhirResources::codeSystemUrl(), FhirResources::codeSystem());
}

bool FhirBundle::entry(const QString &fullUrl, const QJsonObject &resource)
{
    // {"fullUrl":…,"resource":…} around the resource's own document: wrapping the resource in an
    // object first would copy it into another JSON tree, for every entry.
    QByteArray bytes = m_first ? QByteArrayLiteral(R"({"fullUrl":")") : QByteArrayLiteral(R"(,{"fullUrl":")");
    m_first = false;
    bytes += fullUrl.toUtf8(); // urn:uuid:…: nothing to escape
    bytes += QByteArrayLiteral(R"(","resource":)");
    bytes += QJsonDocument(resource).toJson(QJsonDocument::Compact);
    bytes += '}';
    return m_out.write(bytes) == bytes.size();
}

bool FhirBundle::addStay(const ExportStay &s)
{
    if (!m_patients.contains(s.patient.id.value)) {
        m_patients.insert(s.patient.id.value);
        if (!entry(FhirResources::patientUrl(s.patient.id), FhirResources::patient(s.patient)))
            return false;
    }
    if (!m_stays.contains(s.stay.id.value)) {
        m_stays.insert(s.stay.id.value);
        if (!entry(FhirResources::encounterUrl(s.stay.id), FhirResources::encounter(s)))
            return false;
    }
    return true;
}

bool FhirBundle::addResult(const ExportRow &row)
{
    if (!addStay(row.stay))
        return false;
    const TestResult &r = row.result;
    const Instrument *instrument = m_instruments.find(r.instrument);
    const bool questionnaire = instrument && instrument->definition().isQuestionnaire();
    if (questionnaire && !entry(FhirResources::responseUrl(r.seriesId),
                                FhirResources::questionnaireResponse(r, instrument->definition(), row.stay.patient.id)))
        return false;
    for (const FhirResources::Entry &e : FhirResources::observations(r, questionnaire, row.stay.patient.id)) {
        if (!entry(e.fullUrl, e.resource))
            return false;
    }
    ++m_results;
    return true;
}

bool FhirBundle::finish()
{
    const QByteArray tail = QByteArrayLiteral("]}\n");
    return m_out.write(tail) == tail.size();
}

QString FhirBundle::error() const
{
    return m_out.errorString();
}

} // namespace smr
