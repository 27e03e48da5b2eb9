#include "core/export/FhirResources.h"

#include "core/common/Dates.h"
#include "core/instruments/InstrumentDefinition.h"

#include <QJsonArray>
#include <QUuid>

namespace smr {

namespace {

const QString kObservationCategory = QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");
const QString kActCode = QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode");
const QString kIdentifierType = QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203");
const QString kDataAbsent = QStringLiteral("http://terminology.hl7.org/CodeSystem/data-absent-reason");

QJsonObject reference(const QString &url)
{
    return {{QStringLiteral("reference"), url}};
}

QJsonObject coding(const QString &system, const QString &code, const QString &display = {})
{
    QJsonObject c{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return c;
}

QJsonObject codeable(const QJsonArray &codings, const QString &text = {})
{
    QJsonObject c{{QStringLiteral("coding"), codings}};
    if (!text.isEmpty())
        c.insert(QStringLiteral("text"), text);
    return c;
}

QJsonObject quantity(double value, const QString &unit)
{
    QJsonObject q{{QStringLiteral("value"), value}};
    if (!unit.isEmpty()) {
        // UCUM's {score} is an annotation: the human-readable unit says "score".
        q.insert(QStringLiteral("unit"), unit == QLatin1String("{score}") ? QStringLiteral("score") : unit);
        q.insert(QStringLiteral("system"), ScoreCodes::Ucum);
        q.insert(QStringLiteral("code"), unit);
    }
    return q;
}

QJsonArray names(const Patient &p)
{
    QJsonArray given;
    for (const QString &n : p.firstNames.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        given.append(n);
    // FHIR JSON has no empty array: a name without first names has no "given".
    const auto name = [&given](const char *use, const QString &family) {
        QJsonObject o{{QStringLiteral("use"), QLatin1String(use)}, {QStringLiteral("family"), family}};
        if (!given.isEmpty())
            o.insert(QStringLiteral("given"), given);
        return o;
    };
    // French identity vigilance: the birth name is the reference (official) name.
    QJsonArray out{name("official", p.birthName)};
    if (!p.usedName.isEmpty())
        out.append(name("usual", p.usedName));
    return out;
}

QString encounterStatus(StayStatus status)
{
    switch (status) {
    case StayStatus::PreAdmission:
        return QStringLiteral("planned");
    case StayStatus::Active:
        return QStringLiteral("in-progress");
    case StayStatus::Discharged:
        return QStringLiteral("finished");
    case StayStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

// Observation.value[x] (or dataAbsentReason) of one score.
void putValue(QJsonObject &observation, const ScoreCode &code, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined()) {
        observation.insert(
            QStringLiteral("dataAbsentReason"),
            codeable({coding(kDataAbsent, QStringLiteral("not-applicable"), QStringLiteral("Not Applicable"))}));
        return;
    }
    switch (code.value) {
    case ScoreCode::Value::Quantity:
        observation.insert(QStringLiteral("valueQuantity"), quantity(value.toDouble(), code.unit));
        return;
    case ScoreCode::Value::Integer:
        observation.insert(QStringLiteral("valueInteger"), value.toInt());
        return;
    case ScoreCode::Value::Boolean:
        observation.insert(QStringLiteral("valueBoolean"), value.toBool());
        return;
    case ScoreCode::Value::Range: {
        const QJsonArray range = value.toArray();
        observation.insert(QStringLiteral("valueRange"),
                           QJsonObject{{QStringLiteral("low"), quantity(range.at(0).toDouble(), code.unit)},
                                       {QStringLiteral("high"), quantity(range.at(1).toDouble(), code.unit)}});
        return;
    }
    case ScoreCode::Value::Coded: {
        const QString text = value.toString();
        const std::optional<ScoreAnswer> answer = ScoreCodes::answer(code.code, text);
        if (!answer) {
            observation.insert(QStringLiteral("valueString"), text);
            return;
        }
        QJsonArray codings{coding(ScoreCodes::System, answer->code, answer->display)};
        if (!answer->loinc.isEmpty())
            codings.append(coding(ScoreCodes::Loinc, answer->loinc));
        observation.insert(QStringLiteral("valueCodeableConcept"), codeable(codings, text));
        return;
    }
    }
}

// What every Observation of a result shares, built once per result (its time's offset from UTC
// and its references cost a system call and a hash each).
QJsonObject observationBase(const TestResult &r, bool questionnaire, PatientId patient)
{
    QJsonObject o{
        {QStringLiteral("resourceType"), QStringLiteral("Observation")},
        // A correction (a later revision of the series) is an amended observation.
        {QStringLiteral("status"), r.isCorrection() ? QStringLiteral("amended") : QStringLiteral("final")},
        {QStringLiteral("category"),
         QJsonArray{
             codeable({questionnaire ? coding(kObservationCategory, QStringLiteral("survey"), QStringLiteral("Survey"))
                                     : coding(kObservationCategory, QStringLiteral("exam"), QStringLiteral("Exam"))})}},
        {QStringLiteral("subject"), reference(FhirResources::patientUrl(patient))},
        {QStringLiteral("encounter"), reference(FhirResources::encounterUrl(r.stayId))},
        {QStringLiteral("effectiveDateTime"), FhirResources::dateTime(r.performedAt)},
        {QStringLiteral("performer"), QJsonArray{QJsonObject{{QStringLiteral("display"), r.enteredBy}}}},
    };
    if (questionnaire)
        o.insert(QStringLiteral("derivedFrom"), QJsonArray{reference(FhirResources::responseUrl(r.seriesId))});
    return o;
}

FhirResources::Entry observation(QJsonObject o, ResultId series, const ScoreCode &code, const QJsonValue &value)
{
    QJsonArray codings{coding(ScoreCodes::System, code.code, code.display)};
    if (!code.loinc.isEmpty())
        codings.append(coding(ScoreCodes::Loinc, code.loinc));
    o.insert(
        QStringLiteral("identifier"),
        QJsonArray{QJsonObject{{QStringLiteral("system"), FhirResources::SeriesScoreSystem},
                               {QStringLiteral("value"), QStringLiteral("%1/%2").arg(series.value).arg(code.code)}}});
    o.insert(QStringLiteral("code"), codeable(codings, code.display));
    putValue(o, code, value);
    return {FhirResources::observationUrl(series, code.code), o};
}

} // namespace

QString FhirResources::urn(const QString &name)
{
    // Version 5 UUIDs in a namespace of our own (itself derived from the RFC 4122 URL namespace).
    static const QUuid ns = QUuid::createUuidV5(QUuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8")),
                                                QStringLiteral("https://smrdesk.fr/fhir"));
    return QStringLiteral("urn:uuid:") + QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

QString FhirResources::patientUrl(PatientId id)
{
    return urn(QStringLiteral("patient/%1").arg(id.value));
}

QString FhirResources::encounterUrl(StayId id)
{
    return urn(QStringLiteral("encounter/%1").arg(id.value));
}

QString FhirResources::responseUrl(ResultId series)
{
    return urn(QStringLiteral("questionnaire-response/%1").arg(series.value));
}

QString FhirResources::observationUrl(ResultId series, const QString &code)
{
    return urn(QStringLiteral("observation/%1/%2").arg(series.value).arg(code));
}

QString FhirResources::codeSystemUrl()
{
    return urn(QStringLiteral("codesystem/scores"));
}

QString FhirResources::dateTime(const QDateTime &local)
{
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject FhirResources::patient(const Patient &p)
{
    return {
        {QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("identifier"),
         QJsonArray{QJsonObject{
             {QStringLiteral("use"), QStringLiteral("usual")},
             {QStringLiteral("type"),
              codeable({coding(kIdentifierType, QStringLiteral("PI"), QStringLiteral("Patient internal identifier"))})},
             {QStringLiteral("system"), IppSystem},
             {QStringLiteral("value"), p.ipp},
         }}},
        {QStringLiteral("name"), names(p)},
        {QStringLiteral("gender"), p.sex == Sex::Female ? QStringLiteral("female") : QStringLiteral("male")},
        {QStringLiteral("birthDate"), dates::toIso(p.birthDate)},
    };
}

QJsonObject FhirResources::encounter(const ExportStay &s)
{
    // v3 ActCode: IMP "inpatient encounter" (stays at least overnight) for full hospitalisation;
    // SS "short stay" (admitted for a predetermined length of time, usually under 24 hours) for
    // the day hospital, whose patients come for the day and go home every evening.
    const bool day = s.stay.mode == StayMode::DayHospital;
    QJsonObject period{{QStringLiteral("start"), dates::toIso(s.stay.admissionDate)}};
    if (s.stay.dischargeDate.isValid())
        period.insert(QStringLiteral("end"), dates::toIso(s.stay.dischargeDate));
    return {
        {QStringLiteral("resourceType"), QStringLiteral("Encounter")},
        {QStringLiteral("identifier"),
         QJsonArray{QJsonObject{{QStringLiteral("system"), StaySystem},
                                {QStringLiteral("value"), QString::number(s.stay.id.value)}}}},
        {QStringLiteral("status"), encounterStatus(s.stay.status)},
        {QStringLiteral("class"), day ? coding(kActCode, QStringLiteral("SS"), QStringLiteral("short stay"))
                                      : coding(kActCode, QStringLiteral("IMP"), QStringLiteral("inpatient encounter"))},
        {QStringLiteral("serviceType"), codeable({coding(UnitSystem, s.stay.unitCode, s.unitLabel)}, s.unitLabel)},
        {QStringLiteral("subject"), reference(patientUrl(s.stay.patientId))},
        {QStringLiteral("period"), period},
    };
}

QJsonObject FhirResources::questionnaireResponse(const TestResult &r, const InstrumentDefinition &definition,
                                                 PatientId patient)
{
    const QJsonArray values = r.answers.value(QStringLiteral("items")).toArray();
    QJsonArray items;
    for (qsizetype i = 0; i < definition.items.size(); ++i) {
        QJsonObject item{{QStringLiteral("linkId"), QString::number(definition.items.at(i).number)}};
        // A section left blank or not applicable (Oswestry) is an item without an answer.
        if (i < values.size() && values.at(i).isDouble())
            item.insert(QStringLiteral("answer"),
                        QJsonArray{QJsonObject{{QStringLiteral("valueInteger"), values.at(i).toInt()}}});
        items.append(item);
    }
    return {
        {QStringLiteral("resourceType"), QStringLiteral("QuestionnaireResponse")},
        {QStringLiteral("identifier"), QJsonObject{{QStringLiteral("system"), SeriesSystem},
                                                   {QStringLiteral("value"), QString::number(r.seriesId.value)}}},
        {QStringLiteral("questionnaire"),
         QString(QuestionnaireBase + r.instrument + QLatin1Char('|') + r.instrumentVersion)},
        // "amended": answers changed after the response was completed (a correction).
        {QStringLiteral("status"), r.isCorrection() ? QStringLiteral("amended") : QStringLiteral("completed")},
        {QStringLiteral("subject"), reference(patientUrl(patient))},
        {QStringLiteral("encounter"), reference(encounterUrl(r.stayId))},
        {QStringLiteral("authored"), dateTime(r.performedAt)},
        {QStringLiteral("author"), QJsonObject{{QStringLiteral("display"), r.enteredBy}}},
        {QStringLiteral("item"), items},
    };
}

QList<FhirResources::Entry> FhirResources::observations(const TestResult &r, bool questionnaire, PatientId patient)
{
    const QJsonObject base = observationBase(r, questionnaire, patient);
    QList<Entry> out;
    for (auto it = r.scores.begin(); it != r.scores.end(); ++it)
        out << observation(base, r.seriesId, ScoreCodes::find(r.instrument, it.key(), it.value()), it.value());
    if (r.instrument == QLatin1String("odi")) {
        if (const std::optional<int> total = ScoreCodes::oswestryRawTotal(r.answers))
            out << observation(base, r.seriesId, ScoreCodes::find(r.instrument, QStringLiteral("total")), *total);
    }
    return out;
}

QJsonObject FhirResources::codeSystem()
{
    QJsonArray concepts;
    for (const ScoreCode &c : ScoreCodes::all())
        concepts.append(QJsonObject{{QStringLiteral("code"), c.code}, {QStringLiteral("display"), c.display}});
    for (const ScoreAnswer &a : ScoreCodes::answers())
        concepts.append(QJsonObject{{QStringLiteral("code"), a.code}, {QStringLiteral("display"), a.display}});
    return {
        {QStringLiteral("resourceType"), QStringLiteral("CodeSystem")},
        {QStringLiteral("url"), ScoreCodes::System},
        {QStringLiteral("name"), QStringLiteral("SmrDeskScores")},
        {QStringLiteral("title"), QStringLiteral("SMR Desk scores of functional tests")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("caseSensitive"), true},
        {QStringLiteral("content"), QStringLiteral("complete")},
        {QStringLiteral("count"), concepts.size()},
        {QStringLiteral("concept"), concepts},
    };
}

} // namespace smr
