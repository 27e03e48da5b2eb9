#include "core/export/ScoreCodes.h"

#include <QJsonArray>

namespace smr {

namespace {

using V = ScoreCode::Value;

ScoreCode line(const char *instrument, const char *key, const char *display, V value, const char *unit = "",
               const char *loinc = "")
{
    const QString id = QLatin1String(instrument);
    return {id,
            QLatin1String(key),
            ScoreCodes::derive(id, QLatin1String(key)),
            QString::fromUtf8(display),
            value,
            QString::fromUtf8(unit),
            QLatin1String(loinc)};
}

ScoreAnswer answerLine(const char *scoreCode, const char *value, const char *display, const char *loinc = "")
{
    const QString score = QLatin1String(scoreCode);
    return {score, QLatin1String(value), score + QLatin1Char('.') + QLatin1String(value), QString::fromUtf8(display),
            QLatin1String(loinc)};
}

} // namespace

QString ScoreCodes::derive(const QString &instrument, const QString &key)
{
    QString k = key;
    if (k.endsWith(QLatin1String("_m")) || k.endsWith(QLatin1String("_s")))
        k.chop(2);
    return instrument + QLatin1Char('.') + k;
}

const QList<ScoreCode> &ScoreCodes::all()
{
    // LOINC only where the clinical reference verified it (REFERENCE.md §1–§6): TUG time 89423-8;
    // STarT Back total 91351-7, psychosocial subscore 91350-9, risk 91352-5; Oswestry 97909-6 on
    // the raw 0–50 sum only. The 6MWT panel 62619-2 has no verified code for the distance: none
    // is invented. Berg and Dallas have none.
    static const QList<ScoreCode> codes{
        line("tug", "seconds", "Timed Up and Go time", V::Quantity, "s", "89423-8"),
        line("tug", "fall_risk", "Timed Up and Go at or above 13.5 s (increased fall risk)", V::Boolean),
        line("tug", "steadi_fall_risk", "Timed Up and Go at or above 12 s (CDC STEADI)", V::Boolean),
        line("tug", "age_norm_s", "Timed Up and Go age norm, mean (Bohannon 2006)", V::Quantity, "s"),
        line("tug", "age_norm_range_s", "Timed Up and Go age norm, 95 % confidence interval (Bohannon 2006)", V::Range,
             "s"),
        line("6mwt", "distance_m", "Six-minute walk distance", V::Quantity, "m"),
        line("6mwt", "predicted_m", "Six-minute walk predicted distance (Enright and Sherrill 1998)", V::Quantity, "m"),
        line("6mwt", "lln_m", "Six-minute walk lower limit of normal (Enright and Sherrill 1998)", V::Quantity, "m"),
        line("6mwt", "percent_predicted", "Six-minute walk distance, percent of predicted", V::Quantity, "%"),
        line("6mwt", "below_lln", "Six-minute walk distance below the lower limit of normal", V::Boolean),
        line("6mwt", "outside_reference_ages", "Six-minute walk: age outside the reference equations' 40-80 years",
             V::Boolean),
        line("berg", "total", "Berg Balance Scale total (0-56)", V::Quantity, "{score}"),
        line("berg", "fall_risk", "Berg Balance Scale total below 45 (increased fall risk)", V::Boolean),
        line("berg", "risk_band", "Berg Balance Scale fall-risk band", V::Coded),
        line("berg", "item3_credited", "Berg Balance Scale item 3 credited from item 2", V::Boolean),
        line("dallas", "daily_activities", "Dallas Pain Questionnaire, daily activities", V::Quantity, "%"),
        line("dallas", "work_leisure", "Dallas Pain Questionnaire, work and leisure activities", V::Quantity, "%"),
        line("dallas", "anxiety_depression", "Dallas Pain Questionnaire, anxiety and depression", V::Quantity, "%"),
        line("dallas", "social_interest", "Dallas Pain Questionnaire, social interest", V::Quantity, "%"),
        line("dallas", "profile", "Dallas Pain Questionnaire profile (cross phenotyping)", V::Coded),
        line("dallas", "physical_impact", "Dallas Pain Questionnaire physical impact (Dallas square)", V::Quantity,
             "%"),
        line("dallas", "psychological_impact", "Dallas Pain Questionnaire psychological impact (Dallas square)",
             V::Quantity, "%"),
        line("odi", "percent", "Oswestry Disability Index, percent", V::Quantity, "%"),
        line("odi", "answered", "Oswestry Disability Index, sections answered", V::Integer),
        line("odi", "band", "Oswestry Disability Index band (Fairbank)", V::Coded),
        line("odi", "total", "Oswestry Disability Index raw total (0-50), all ten sections answered", V::Quantity,
             "{score}", "97909-6"),
        line("startback", "total", "STarT Back Screening Tool total (0-9)", V::Quantity, "{score}", "91351-7"),
        line("startback", "psychosocial", "STarT Back Screening Tool psychosocial subscore (0-5)", V::Quantity,
             "{score}", "91350-9"),
        line("startback", "risk", "STarT Back Screening Tool risk group", V::Coded, "", "91352-5"),
    };
    return codes;
}

const QList<ScoreAnswer> &ScoreCodes::answers()
{
    static const QList<ScoreAnswer> values{
        // REFERENCE §3: 0–20 high, 21–40 medium, 41–56 low.
        answerLine("berg.risk_band", "low", "Low fall risk (Berg 41-56)"),
        answerLine("berg.risk_band", "medium", "Medium fall risk (Berg 21-40)"),
        answerLine("berg.risk_band", "high", "High fall risk (Berg 0-20)"),
        // REFERENCE §4: phénotypage croisé.
        answerLine("dallas.profile", "medical", "Medical (physical) profile"),
        answerLine("dallas.profile", "behavioural", "Behavioural profile"),
        answerLine("dallas.profile", "mixed", "Mixed profile"),
        answerLine("dallas.profile", "undetermined", "Undetermined profile"),
        // REFERENCE §5: Fairbank's bands of the percentage.
        answerLine("odi.band", "minimal", "Minimal disability (0-20 %)"),
        answerLine("odi.band", "moderate", "Moderate disability (21-40 %)"),
        answerLine("odi.band", "severe", "Severe disability (41-60 %)"),
        answerLine("odi.band", "crippled", "Crippled (61-80 %)"),
        answerLine("odi.band", "bed_bound", "Bed-bound or exaggerating (81-100 %)"),
        // REFERENCE §6: LOINC answers LA9194-7 low, LA8982-6 medium, LA9193-9 high.
        answerLine("startback.risk", "low", "Low risk", "LA9194-7"),
        answerLine("startback.risk", "medium", "Medium risk", "LA8982-6"),
        answerLine("startback.risk", "high", "High risk", "LA9193-9"),
    };
    return values;
}

ScoreCode ScoreCodes::find(const QString &instrument, const QString &key, const QJsonValue &value)
{
    for (const ScoreCode &c : all()) {
        if (c.instrument == instrument && c.key == key)
            return c;
    }
    ScoreCode c;
    c.instrument = instrument;
    c.key = key;
    c.code = derive(instrument, key);
    c.display = c.code;
    c.value = value.isBool() ? V::Boolean : value.isString() ? V::Coded : V::Quantity;
    return c;
}

std::optional<ScoreAnswer> ScoreCodes::answer(const QString &scoreCode, const QString &value)
{
    for (const ScoreAnswer &a : answers()) {
        if (a.scoreCode == scoreCode && a.value == value)
            return a;
    }
    return std::nullopt;
}

std::optional<int> ScoreCodes::oswestryRawTotal(const QJsonObject &answers)
{
    const QJsonArray items = answers.value(QStringLiteral("items")).toArray();
    if (items.size() != 10)
        return std::nullopt;
    int sum = 0;
    for (const QJsonValue &v : items) {
        if (!v.isDouble())
            return std::nullopt;
        sum += v.toInt();
    }
    return sum;
}

} // namespace smr
