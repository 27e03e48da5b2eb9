#include "core/instruments/SixMinuteWalkInstrument.h"

#include "core/common/Text.h"

#include <QLocale>

namespace smr {

SixMinuteWalkInstrument::Prediction SixMinuteWalkInstrument::predict(bool male, double h, double w, int age)
{
    // men: 7.57 × height − 5.02 × age − 1.76 × weight − 309; LLN = predicted − 153 m
    // women: 2.11 × height − 2.29 × weight − 5.78 × age + 667; LLN = predicted − 139 m
    if (male) {
        const double predicted = 7.57 * h - 5.02 * age - 1.76 * w - 309;
        return {predicted, predicted - 153};
    }
    const double predicted = 2.11 * h - 2.29 * w - 5.78 * age + 667;
    return {predicted, predicted - 139};
}

QJsonObject SixMinuteWalkInstrument::compute(const QJsonObject &a) const
{
    const double distance = a.value(QStringLiteral("distance_m")).toDouble();
    const int age = a.value(QStringLiteral("age")).toInt();
    const Prediction p =
        predict(a.value(QStringLiteral("sex")).toString() == QLatin1String("M"),
                a.value(QStringLiteral("height_cm")).toDouble(), a.value(QStringLiteral("weight_kg")).toDouble(), age);
    QJsonObject out;
    out.insert(QStringLiteral("distance_m"), rounded(distance, 1));
    out.insert(QStringLiteral("predicted_m"), rounded(p.predicted, 1));
    out.insert(QStringLiteral("lln_m"), rounded(p.lowerLimit, 1));
    // An absurd prediction (≤ 0 m, far outside the adults the equations come from) gives no %.
    out.insert(QStringLiteral("percent_predicted"),
               p.predicted > 0 ? QJsonValue(rounded(distance / p.predicted * 100, 1)) : QJsonValue(QJsonValue::Null));
    out.insert(QStringLiteral("below_lln"), distance < p.lowerLimit);
    // The equations were derived on adults of 40 to 80 years.
    out.insert(QStringLiteral("outside_reference_ages"), age < ReferenceAgeFrom || age > ReferenceAgeTo);
    return out;
}

QList<Measure> SixMinuteWalkInstrument::measures() const
{
    return {{QStringLiteral("distance_m"), tr("Distance"), QStringLiteral("m"), Measure::Direction::HigherIsBetter, 0,
             800, 0},
            {QStringLiteral("percent_predicted"), tr("% of predicted"), QStringLiteral("%"),
             Measure::Direction::HigherIsBetter, 0, 150, 1}};
}

Assessment SixMinuteWalkInstrument::assess(const QJsonObject &s) const
{
    const QLocale locale;
    Assessment a;
    const double distance = s.value(QStringLiteral("distance_m")).toDouble();
    a.value = tr("%1 m").arg(locale.toString(distance, 'f', 0));
    const QJsonValue percent = s.value(QStringLiteral("percent_predicted"));
    const QString predicted = tr("predicted %1 m, lower limit of normal %2 m")
                                  .arg(locale.toString(s.value(QStringLiteral("predicted_m")).toDouble(), 'f', 0),
                                       locale.toString(s.value(QStringLiteral("lln_m")).toDouble(), 'f', 0));
    if (s.value(QStringLiteral("below_lln")).toBool()) {
        a.interpretation = tr("Below the lower limit of normal (%1)").arg(predicted);
        a.severity = Assessment::Severity::Bad;
    } else {
        a.interpretation = tr("Within normal limits (%1)").arg(predicted);
        a.severity = Assessment::Severity::Good;
    }
    if (percent.isDouble())
        a.value += tr(" · %1 % of predicted").arg(locale.toString(percent.toDouble(), 'f', 0));
    a.summary = tr("6MWT %1").arg(a.value);
    if (s.value(QStringLiteral("outside_reference_ages")).toBool())
        a.notes << tr("Age outside %1–%2 years, the range of the reference equations: interpret the prediction with "
                      "caution.")
                       .arg(ReferenceAgeFrom)
                       .arg(ReferenceAgeTo);
    return a;
}

std::optional<ChangeThreshold> SixMinuteWalkInstrument::threshold(const QString &measureKey, const QJsonObject &) const
{
    if (measureKey != QLatin1String("distance_m"))
        return std::nullopt;
    // Decision of the reference: 30 m is claimed for cardiorespiratory disease only.
    return ChangeThreshold{ChangeThreshold::Kind::Mcid, McidMetres,
                           tr("MCID 30 m, clinically important in cardiorespiratory disease only"),
                           tr("cardiorespiratory MCID")};
}

QList<ReferenceLine> SixMinuteWalkInstrument::referenceLines(const QString &measureKey, const QJsonObject &latest,
                                                             const PatientFacts &) const
{
    // Clinical reference §2 (Enright & Sherrill 1998): the prediction is in the latest result's
    // scores, computed from the sex, age, height and weight of that day; outside 40–80 years it is
    // shown with a caution.
    const bool outside = latest.value(QStringLiteral("outside_reference_ages")).toBool();
    const QString caution =
        outside ? QLatin1Char(' ') + tr("(age outside %1–%2: caution)").arg(ReferenceAgeFrom).arg(ReferenceAgeTo)
                : QString();
    const QString source = tr("Enright & Sherrill 1998, from the sex, age, height and weight of the latest test");
    if (measureKey == QLatin1String("percent_predicted"))
        return {{ReferenceLine::Kind::Norm, 100, tr("100 % of predicted") + caution, source}};
    const QJsonValue predicted = latest.value(QStringLiteral("predicted_m"));
    const QJsonValue lln = latest.value(QStringLiteral("lln_m"));
    // An absurd prediction (≤ 0 m) gives no line, as it gives no % of predicted.
    if (measureKey != QLatin1String("distance_m") || !predicted.isDouble() || predicted.toDouble() <= 0)
        return {};
    QList<ReferenceLine> lines{{ReferenceLine::Kind::Norm, predicted.toDouble(),
                                tr("Predicted %1 m").arg(text::decimal(predicted.toDouble(), 0)) + caution, source}};
    if (lln.isDouble() && lln.toDouble() > 0)
        lines << ReferenceLine{ReferenceLine::Kind::NormLimit, lln.toDouble(),
                               tr("Lower limit of normal %1 m").arg(text::decimal(lln.toDouble(), 0)) + caution,
                               source};
    return lines;
}

QJsonObject SixMinuteWalkInstrument::withPatientDefaults(QJsonObject answers, const PatientFacts &facts) const
{
    // The reference equations need sex, age, height and weight: from the record unless typed.
    const auto fill = [&answers](const char *key, const QJsonValue &value) {
        if (!answers.contains(QLatin1String(key)) && !value.isNull())
            answers.insert(QLatin1String(key), value);
    };
    fill("sex", facts.sex.isEmpty() ? QJsonValue() : QJsonValue(facts.sex));
    fill("age", facts.age > 0 ? QJsonValue(facts.age) : QJsonValue());
    fill("height_cm", facts.heightCm ? QJsonValue(*facts.heightCm) : QJsonValue());
    fill("weight_kg", facts.weightKg ? QJsonValue(*facts.weightKg) : QJsonValue());
    return answers;
}

} // namespace smr
