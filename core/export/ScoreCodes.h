#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace smr {

// The codes of the scores an export names (docs/EXPORT.md lists them): a local code for every
// score of every instrument, in the CodeSystem https://smrdesk.fr/fhir/CodeSystem/scores, and a
// LOINC code only where the clinical reference verified one. Displays are English and stable:
// they belong to the code system, not to the user interface.
struct ScoreCode {
    // How the score's value is carried (FHIR Observation.value[x]; CSV keeps the JSON).
    enum class Value { Quantity, Integer, Boolean, Coded, Range };

    QString instrument; // "berg"
    QString key;        // the key in the stored scores ("total"); "total" for the ODI's raw sum
    QString code;       // "berg.total"
    QString display;
    Value value = Value::Quantity;
    QString unit;  // UCUM for quantities and ranges: "s", "m", "%", "{score}"
    QString loinc; // verified LOINC code, or empty
};

// One value of a coded score ("low" of berg.risk_band): its local code and, where the reference
// verified one, its LOINC answer code.
struct ScoreAnswer {
    QString scoreCode; // "startback.risk"
    QString value;     // as stored: "low"
    QString code;      // "startback.risk.low"
    QString display;
    QString loinc; // "LA9194-7", or empty
};

class ScoreCodes
{
public:
    static inline const QString System = QStringLiteral("https://smrdesk.fr/fhir/CodeSystem/scores");
    static inline const QString Loinc = QStringLiteral("http://loinc.org");
    static inline const QString Ucum = QStringLiteral("http://unitsofmeasure.org");

    // Every code of the six instruments, in catalogue order.
    static const QList<ScoreCode> &all();
    static const QList<ScoreAnswer> &answers();

    // The code of a stored score; an instrument added later without its lines here gets a code
    // derived the same way (its value carried by its JSON type), so nothing is lost.
    static ScoreCode find(const QString &instrument, const QString &key, const QJsonValue &value = {});
    static std::optional<ScoreAnswer> answer(const QString &scoreCode, const QString &value);
    // "berg" + "total" → "berg.total"; a unit suffix of the key is dropped ("distance_m" →
    // "6mwt.distance", "age_norm_s" → "tug.age_norm").
    static QString derive(const QString &instrument, const QString &key);

    // Oswestry: the raw 0–50 sum that LOINC 97909-6 reports, only when all ten sections are
    // answered (clinical reference §5: 97909-6 uses the raw bands; a sum over fewer sections is
    // not that score). Not stored: computed from the answers.
    static std::optional<int> oswestryRawTotal(const QJsonObject &answers);
};

} // namespace smr
