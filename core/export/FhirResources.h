#pragma once

#include "core/export/ExportRow.h"
#include "core/export/ScoreCodes.h"

#include <QJsonObject>
#include <QList>

namespace smr {

struct InstrumentDefinition;

// The FHIR R4 resources of an export, one function each (docs/EXPORT.md says why each element
// is what it is). References are `urn:uuid:` UUIDs (version 5, from a fixed namespace and names
// such as "patient/12"), so the same export gives the same bundle and every reference resolves
// to an entry's fullUrl.
class FhirResources
{
public:
    static inline const QString IppSystem = QStringLiteral("https://smrdesk.fr/fhir/sid/ipp");
    static inline const QString StaySystem = QStringLiteral("https://smrdesk.fr/fhir/sid/stay");
    static inline const QString UnitSystem = QStringLiteral("https://smrdesk.fr/fhir/CodeSystem/units");
    // A result keeps its series' identifiers across corrections: a receiver updates, not adds.
    static inline const QString SeriesSystem = QStringLiteral("https://smrdesk.fr/fhir/sid/result-series");
    static inline const QString SeriesScoreSystem = QStringLiteral("https://smrdesk.fr/fhir/sid/result-series-score");
    static inline const QString QuestionnaireBase = QStringLiteral("https://smrdesk.fr/fhir/Questionnaire/");

    static QString urn(const QString &name);
    static QString patientUrl(PatientId id);
    static QString encounterUrl(StayId id);
    static QString responseUrl(ResultId series);
    static QString observationUrl(ResultId series, const QString &code);
    static QString codeSystemUrl();

    // A local time as a FHIR dateTime with its offset from UTC: 2026-11-22T10:05:00+01:00.
    static QString dateTime(const QDateTime &local);

    static QJsonObject patient(const Patient &patient);
    static QJsonObject encounter(const ExportStay &stay);
    static QJsonObject questionnaireResponse(const TestResult &result, const InstrumentDefinition &definition,
                                             PatientId patient);
    // An Observation per stored score of the result (and, for the Oswestry answered in full, its
    // raw total), each with its fullUrl.
    struct Entry {
        QString fullUrl;
        QJsonObject resource;
    };
    static QList<Entry> observations(const TestResult &result, bool questionnaire, PatientId patient);
    // The local CodeSystem: every score code and answer code, with their displays.
    static QJsonObject codeSystem();
};

} // namespace smr
