// FHIR R4 export (issue #9, docs/EXPORT.md): the resources of each scope, LOINC exactly where the
// clinical reference verified a code and nowhere else, the local code on every Observation, UCUM
// units, references that resolve within the bundle, a decimal point, the same bundle twice.

#include "core/export/ExportFixture.h"
#include "core/export/FhirResources.h"
#include "core/export/ScoreCodes.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <map>
#include <set>

namespace smr::test {
namespace {

QJsonObject bundleOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.object();
}

QList<QJsonObject> resources(const QJsonObject &bundle, const QString &type = {})
{
    QList<QJsonObject> out;
    for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        if (type.isEmpty() || r.value(QStringLiteral("resourceType")).toString() == type)
            out << r;
    }
    return out;
}

std::map<std::string, int> countsByType(const QJsonObject &bundle)
{
    std::map<std::string, int> out;
    for (const QJsonObject &r : resources(bundle))
        ++out[r.value(QStringLiteral("resourceType")).toString().toStdString()];
    return out;
}

// The codings of a CodeableConcept with `system`.
QStringList codes(const QJsonObject &codeable, const QString &system)
{
    QStringList out;
    for (const QJsonValue &c : codeable.value(QStringLiteral("coding")).toArray())
        if (c.toObject().value(QStringLiteral("system")).toString() == system)
            out << c.toObject().value(QStringLiteral("code")).toString();
    return out;
}

QString localCode(const QJsonObject &observation)
{
    const QStringList local = codes(observation.value(QStringLiteral("code")).toObject(), ScoreCodes::System);
    return local.size() == 1 ? local.first() : QString();
}

void collectReferences(const QJsonValue &v, QStringList &out)
{
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            collectReferences(item, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("reference"))
                out << it.value().toString();
            else
                collectReferences(it.value(), out);
        }
    }
}

class FhirExportTest : public ExportFixture
{
protected:
    QJsonObject bundle(const ExportScope &scope) { return bundleOf(exported(scope, ExportFormat::Fhir)); }
};

struct CountCase {
    const char *name;
    std::function<ExportScope(const ExportFixture &)> scope;
    std::map<std::string, int> counts;
    const char *why;
};

void PrintTo(const CountCase &c, std::ostream *os)
{
    *os << c.name;
}

class FhirCounts : public FhirExportTest, public ::testing::WithParamInterface<CountCase>
{
};

TEST_P(FhirCounts, OneResourcePerThingExported)
{
    const QJsonObject b = bundle(GetParam().scope(*this));
    EXPECT_EQ(b.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
    EXPECT_EQ(b.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
    EXPECT_EQ(countsByType(b), GetParam().counts) << GetParam().why;
}

INSTANTIATE_TEST_SUITE_P(
    Scopes, FhirCounts,
    ::testing::Values(
        CountCase{
            "ClosedStay",
            [](const auto &f) { return ExportScope::ofStay(f.closedStay); },
            {{"CodeSystem", 1}, {"Patient", 1}, {"Encounter", 1}, {"QuestionnaireResponse", 1}, {"Observation", 15}},
            "TUG 5 scores, 6MWT 6, Berg 4 (and its response)"},
        CountCase{
            "StayInProgress",
            [](const auto &f) { return ExportScope::ofStay(f.currentStay); },
            {{"CodeSystem", 1}, {"Patient", 1}, {"Encounter", 1}, {"QuestionnaireResponse", 5}, {"Observation", 21}},
            "Dallas 7, ODI 3 and 3 + the raw total of the full one, STarT Back 3, the corrected Berg 4; no draft, "
            "no superseded revision"},
        CountCase{
            "PatientWithTwoStays",
            [](const auto &f) { return ExportScope::ofPatient(f.dupont); },
            {{"CodeSystem", 1}, {"Patient", 1}, {"Encounter", 2}, {"QuestionnaireResponse", 6}, {"Observation", 36}},
            "both stays"},
        CountCase{"UnitPeriod",
                  [](const auto &) {
                      return ExportScope::ofUnit(QStringLiteral("neurologie"), QDate(2026, 11, 1), QDate(2026, 11, 22));
                  },
                  {{"CodeSystem", 1}, {"Patient", 1}, {"Encounter", 1}, {"Observation", 10}},
                  "two TUGs of Martin"},
        CountCase{"EmptyPeriod",
                  [](const auto &) {
                      return ExportScope::ofUnit(QStringLiteral("neurologie"), QDate(2026, 11, 2), QDate(2026, 11, 21));
                  },
                  {{"CodeSystem", 1}},
                  "the code system alone: no entry array is ever empty"}),
    [](const auto &test) { return std::string(test.param.name); });

TEST_F(FhirExportTest, AStayWithoutResultsIsStillAnEncounter)
{
    const PatientId id = db.addPatient(QStringLiteral("IPP003"));
    Stay s = TestStore::stay(id);
    s.status = StayStatus::PreAdmission;
    s.admissionDate = QDate(2026, 11, 30);
    s.plannedDischargeDate = QDate();
    const Result<StayId> stay = db->stays().open(s);
    ASSERT_TRUE(stay) << stay.failure().text().toStdString();
    const QJsonObject b = bundle(ExportScope::ofStay(*stay));
    EXPECT_EQ(countsByType(b), (std::map<std::string, int>{{"CodeSystem", 1}, {"Patient", 1}, {"Encounter", 1}}));
    EXPECT_EQ(resources(b, QStringLiteral("Encounter")).first().value(QStringLiteral("status")).toString(),
              QStringLiteral("planned"));
}

TEST_F(FhirExportTest, LoincOnlyWhereTheReferenceVerifiedIt)
{
    // REFERENCE.md §1 TUG 89423-8; §6 STarT Back 91351-7, 91350-9, 91352-5; §5 97909-6 on the raw
    // 0–50 sum only. No code for the 6MWT distance, Berg, Dallas, nor the ODI percentage.
    const QJsonObject b = bundle(ExportScope::ofPatient(dupont));
    std::map<std::string, std::set<std::string>> loincByLocal;
    for (const QJsonObject &o : resources(b, QStringLiteral("Observation"))) {
        for (const QString &code : codes(o.value(QStringLiteral("code")).toObject(), ScoreCodes::Loinc))
            loincByLocal[localCode(o).toStdString()].insert(code.toStdString());
    }
    const std::map<std::string, std::set<std::string>> expected{
        {"tug.seconds", {"89423-8"}},    {"startback.total", {"91351-7"}}, {"startback.psychosocial", {"91350-9"}},
        {"startback.risk", {"91352-5"}}, {"odi.total", {"97909-6"}},
    };
    EXPECT_EQ(loincByLocal, expected);
}

TEST_F(FhirExportTest, TheOswestryRawTotalOnlyWhenAllTenSectionsAreAnswered)
{
    const QJsonObject b = bundle(ExportScope::ofStay(currentStay));
    QStringList totals;
    for (const QJsonObject &o : resources(b, QStringLiteral("Observation"))) {
        if (localCode(o) == QLatin1String("odi.total")) {
            totals << o.value(QStringLiteral("derivedFrom"))
                          .toArray()
                          .first()
                          .toObject()
                          .value(QStringLiteral("reference"))
                          .toString();
            EXPECT_EQ(o.value(QStringLiteral("valueQuantity")).toObject().value(QStringLiteral("value")).toInt(), 10);
        }
        if (localCode(o) == QLatin1String("odi.percent")) {
            EXPECT_TRUE(codes(o.value(QStringLiteral("code")).toObject(), ScoreCodes::Loinc).isEmpty())
                << "the percentage keeps the local code only";
        }
    }
    EXPECT_EQ(totals, QStringList{FhirResources::responseUrl(odiFull.seriesId)});
}

TEST_F(FhirExportTest, StartBackRiskCarriesTheLoincAnswer)
{
    const QJsonObject b = bundle(ExportScope::ofStay(currentStay));
    for (const QJsonObject &o : resources(b, QStringLiteral("Observation"))) {
        if (localCode(o) != QLatin1String("startback.risk"))
            continue;
        const QJsonObject value = o.value(QStringLiteral("valueCodeableConcept")).toObject();
        EXPECT_EQ(codes(value, ScoreCodes::Loinc), QStringList{QStringLiteral("LA9193-9")}) << "high risk";
        EXPECT_EQ(codes(value, ScoreCodes::System), QStringList{QStringLiteral("startback.risk.high")});
    }
}

TEST_F(FhirExportTest, EveryObservationHasItsLocalCodeAndItsCategory)
{
    const QJsonObject b = bundle(ExportScope::ofPatient(dupont));
    QSet<QString> used;
    for (const QJsonObject &o : resources(b, QStringLiteral("Observation"))) {
        const QString code = localCode(o);
        ASSERT_FALSE(code.isEmpty()) << QJsonDocument(o).toJson().toStdString();
        used.insert(code);
        const QString instrument = code.section(QLatin1Char('.'), 0, 0);
        const bool measured = instrument == QLatin1String("tug") || instrument == QLatin1String("6mwt");
        const QJsonObject category = o.value(QStringLiteral("category")).toArray().first().toObject();
        EXPECT_EQ(codes(category, QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category")),
                  QStringList{measured ? QStringLiteral("exam") : QStringLiteral("survey")})
            << code.toStdString();
        EXPECT_EQ(o.contains(QStringLiteral("derivedFrom")), !measured) << code.toStdString();
        EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:00[+-]\d\d:\d\d$)"))
                        .match(o.value(QStringLiteral("effectiveDateTime")).toString())
                        .hasMatch());
    }
    // The bundle's CodeSystem names every code its observations use.
    QSet<QString> known;
    const QJsonObject system = resources(b, QStringLiteral("CodeSystem")).first();
    EXPECT_EQ(system.value(QStringLiteral("url")).toString(), ScoreCodes::System);
    for (const QJsonValue &c : system.value(QStringLiteral("concept")).toArray())
        known.insert(c.toObject().value(QStringLiteral("code")).toString());
    for (const QString &code : used) {
        EXPECT_TRUE(known.contains(code)) << code.toStdString();
    }
}

TEST_F(FhirExportTest, QuantitiesAreInUcum)
{
    const std::map<QString, QString> expected{
        {QStringLiteral("tug.seconds"), QStringLiteral("s")},
        {QStringLiteral("tug.age_norm"), QStringLiteral("s")},
        {QStringLiteral("6mwt.distance"), QStringLiteral("m")},
        {QStringLiteral("6mwt.predicted"), QStringLiteral("m")},
        {QStringLiteral("6mwt.lln"), QStringLiteral("m")},
        {QStringLiteral("6mwt.percent_predicted"), QStringLiteral("%")},
        {QStringLiteral("berg.total"), QStringLiteral("{score}")},
        {QStringLiteral("dallas.daily_activities"), QStringLiteral("%")},
        {QStringLiteral("dallas.physical_impact"), QStringLiteral("%")},
        {QStringLiteral("odi.percent"), QStringLiteral("%")},
        {QStringLiteral("odi.total"), QStringLiteral("{score}")},
        {QStringLiteral("startback.total"), QStringLiteral("{score}")},
        {QStringLiteral("startback.psychosocial"), QStringLiteral("{score}")},
    };
    std::set<QString> seen;
    for (const QJsonObject &o : resources(bundle(ExportScope::ofPatient(dupont)), QStringLiteral("Observation"))) {
        const QJsonObject q = o.value(QStringLiteral("valueQuantity")).toObject();
        if (q.isEmpty())
            continue;
        seen.insert(localCode(o));
        EXPECT_EQ(q.value(QStringLiteral("system")).toString(), ScoreCodes::Ucum) << localCode(o).toStdString();
        const auto it = expected.find(localCode(o));
        if (it != expected.end()) {
            EXPECT_EQ(q.value(QStringLiteral("code")).toString(), it->second) << localCode(o).toStdString();
        }
    }
    for (const auto &[code, unit] : expected) {
        EXPECT_TRUE(seen.count(code)) << code.toStdString() << " exported as a quantity";
    }
}

TEST_F(FhirExportTest, EveryReferenceResolvesWithinTheBundle)
{
    for (const ExportScope &scope :
         {ExportScope::ofPatient(dupont), ExportScope::ofStay(currentStay),
          ExportScope::ofUnit(QStringLiteral("neurologie"), QDate(2026, 11, 1), QDate(2026, 11, 22))}) {
        const QJsonObject b = bundle(scope);
        QSet<QString> fullUrls;
        for (const QJsonValue &e : b.value(QStringLiteral("entry")).toArray()) {
            const QString url = e.toObject().value(QStringLiteral("fullUrl")).toString();
            EXPECT_TRUE(url.startsWith(QLatin1String("urn:uuid:"))) << url.toStdString();
            EXPECT_FALSE(fullUrls.contains(url)) << "one entry per fullUrl: " << url.toStdString();
            fullUrls.insert(url);
        }
        QStringList references;
        collectReferences(b, references);
        EXPECT_FALSE(references.isEmpty());
        for (const QString &r : references) {
            EXPECT_TRUE(fullUrls.contains(r)) << r.toStdString();
        }
    }
}

TEST_F(FhirExportTest, ACorrectionIsAmended)
{
    const QJsonObject b = bundle(ExportScope::ofStay(currentStay));
    for (const QJsonObject &r : resources(b)) {
        const QString type = r.value(QStringLiteral("resourceType")).toString();
        if (type != QLatin1String("Observation") && type != QLatin1String("QuestionnaireResponse"))
            continue;
        const QString series =
            type == QLatin1String("Observation")
                ? r.value(QStringLiteral("identifier"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QStringLiteral("value"))
                      .toString()
                      .section(QLatin1Char('/'), 0, 0)
                : r.value(QStringLiteral("identifier")).toObject().value(QStringLiteral("value")).toString();
        const bool corrected = series == QString::number(bergCorrected.seriesId.value);
        const QString status = r.value(QStringLiteral("status")).toString();
        if (type == QLatin1String("Observation")) {
            EXPECT_EQ(status, corrected ? QStringLiteral("amended") : QStringLiteral("final"));
        } else
            EXPECT_EQ(status, corrected ? QStringLiteral("amended") : QStringLiteral("completed"));
    }
}

TEST_F(FhirExportTest, PatientEncounterAndResponseCarryTheRecord)
{
    const QJsonObject b = bundle(ExportScope::ofPatient(dupont));
    const QJsonObject patient = resources(b, QStringLiteral("Patient")).first();
    const QJsonObject ipp = patient.value(QStringLiteral("identifier")).toArray().first().toObject();
    EXPECT_EQ(ipp.value(QStringLiteral("system")).toString(), FhirResources::IppSystem);
    EXPECT_EQ(ipp.value(QStringLiteral("value")).toString(), QStringLiteral("IPP001"));
    const QJsonArray names = patient.value(QStringLiteral("name")).toArray();
    EXPECT_EQ(names.at(0).toObject().value(QStringLiteral("family")).toString(), QStringLiteral("Dupont"));
    EXPECT_EQ(names.at(0).toObject().value(QStringLiteral("use")).toString(), QStringLiteral("official"));
    EXPECT_EQ(names.at(0).toObject().value(QStringLiteral("given")).toArray(),
              (QJsonArray{QStringLiteral("Marie"), QStringLiteral("Claire")}));
    EXPECT_EQ(names.at(1).toObject().value(QStringLiteral("family")).toString(), QStringLiteral("Durand"));
    EXPECT_EQ(patient.value(QStringLiteral("gender")).toString(), QStringLiteral("female"));
    EXPECT_EQ(patient.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1956-03-12"));

    const QList<QJsonObject> encounters = resources(b, QStringLiteral("Encounter"));
    ASSERT_EQ(encounters.size(), 2);
    const QJsonObject closed = encounters.at(0);
    EXPECT_EQ(closed.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    EXPECT_EQ(closed.value(QStringLiteral("class")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("IMP"));
    EXPECT_EQ(closed.value(QStringLiteral("period")).toObject(),
              (QJsonObject{{QStringLiteral("start"), QStringLiteral("2026-03-02")},
                           {QStringLiteral("end"), QStringLiteral("2026-03-27")}}));
    const QJsonObject current = encounters.at(1);
    EXPECT_EQ(current.value(QStringLiteral("status")).toString(), QStringLiteral("in-progress"));
    EXPECT_EQ(current.value(QStringLiteral("class")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("SS"))
        << "day hospital";
    EXPECT_FALSE(current.value(QStringLiteral("period")).toObject().contains(QStringLiteral("end")));

    for (const QJsonObject &qr : resources(b, QStringLiteral("QuestionnaireResponse"))) {
        if (qr.value(QStringLiteral("identifier")).toObject().value(QStringLiteral("value")).toString() !=
            QString::number(odiPartial.seriesId.value))
            continue;
        EXPECT_EQ(qr.value(QStringLiteral("questionnaire")).toString(),
                  QStringLiteral("https://smrdesk.fr/fhir/Questionnaire/odi|") + odiPartial.instrumentVersion);
        EXPECT_EQ(qr.value(QStringLiteral("author")).toObject(),
                  (QJsonObject{{QStringLiteral("display"), QStringLiteral("Léa Kiné")}}));
        const QJsonArray items = qr.value(QStringLiteral("item")).toArray();
        ASSERT_EQ(items.size(), 10);
        EXPECT_EQ(
            items.at(0).toObject(),
            (QJsonObject{{QStringLiteral("linkId"), QStringLiteral("1")},
                         {QStringLiteral("answer"), QJsonArray{QJsonObject{{QStringLiteral("valueInteger"), 1}}}}}));
        // Section 6 was left blank: an item without an answer.
        EXPECT_EQ(items.at(5).toObject(), (QJsonObject{{QStringLiteral("linkId"), QStringLiteral("6")}}));
    }
}

TEST_F(FhirExportTest, ADecimalPointWhateverTheLanguage)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QByteArray json = exported(ExportScope::ofStay(closedStay), ExportFormat::Fhir);
    QLocale::setDefault(previous);
    EXPECT_TRUE(
        json.contains("{\"code\":\"s\",\"system\":\"http://unitsofmeasure.org\",\"unit\":\"s\",\"value\":14.2}"))
        << json.toStdString();
    EXPECT_FALSE(json.contains("14,2"));
}

TEST_F(FhirExportTest, TheSameExportGivesTheSameBundle)
{
    EXPECT_EQ(exported(ExportScope::ofPatient(dupont), ExportFormat::Fhir),
              exported(ExportScope::ofPatient(dupont), ExportFormat::Fhir));
}

TEST(ScoreCodes, EveryScoreOfEveryInstrumentHasItsLine)
{
    // A seventh instrument's author finds here that its scores need their codes (docs/EXPORT.md).
    const std::map<std::string, std::set<std::string>> expected{
        {"tug", {"seconds", "fall_risk", "steadi_fall_risk", "age_norm_s", "age_norm_range_s"}},
        {"6mwt", {"distance_m", "predicted_m", "lln_m", "percent_predicted", "below_lln", "outside_reference_ages"}},
        {"berg", {"total", "fall_risk", "risk_band", "item3_credited"}},
        {"dallas",
         {"daily_activities", "work_leisure", "anxiety_depression", "social_interest", "profile", "physical_impact",
          "psychological_impact"}},
        {"odi", {"percent", "answered", "band", "total"}},
        {"startback", {"total", "psychosocial", "risk"}},
    };
    std::map<std::string, std::set<std::string>> listed;
    QSet<QString> codesSeen;
    for (const ScoreCode &c : ScoreCodes::all()) {
        listed[c.instrument.toStdString()].insert(c.key.toStdString());
        EXPECT_FALSE(codesSeen.contains(c.code)) << c.code.toStdString();
        codesSeen.insert(c.code);
        if (c.value == ScoreCode::Value::Quantity || c.value == ScoreCode::Value::Range) {
            EXPECT_FALSE(c.unit.isEmpty()) << c.code.toStdString();
        }
    }
    EXPECT_EQ(listed, expected);
    EXPECT_EQ(ScoreCodes::find(QStringLiteral("6mwt"), QStringLiteral("distance_m")).code,
              QStringLiteral("6mwt.distance"));
    EXPECT_EQ(ScoreCodes::find(QStringLiteral("odi"), QStringLiteral("percent")).code, QStringLiteral("odi.percent"));
    EXPECT_TRUE(ScoreCodes::find(QStringLiteral("6mwt"), QStringLiteral("distance_m")).loinc.isEmpty())
        << "REFERENCE §2: no verified code for the distance";
}

} // namespace
} // namespace smr::test
