#include "core/instruments/TugInstrument.h"

#include "core/common/Text.h"
#include <QJsonArray>

#include <QLocale>

namespace smr {

std::optional<TugInstrument::AgeNorm> TugInstrument::ageNorm(int age)
{
    if (age >= 60 && age <= 69)
        return AgeNorm{8.1, 7.1, 9.0, 60, 69};
    if (age >= 70 && age <= 79)
        return AgeNorm{9.2, 8.2, 10.2, 70, 79};
    if (age >= 80 && age <= 99)
        return AgeNorm{11.3, 10.0, 12.7, 80, 99};
    return std::nullopt;
}

QJsonObject TugInstrument::compute(const QJsonObject &answers) const
{
    const double seconds = answers.value(QStringLiteral("seconds")).toDouble();
    QJsonObject out;
    out.insert(QStringLiteral("seconds"), rounded(seconds, 1));
    // The cut-offs apply to the measured time, not to its display.
    out.insert(QStringLiteral("fall_risk"), seconds >= FallRiskSeconds);
    out.insert(QStringLiteral("steadi_fall_risk"), seconds >= SteadiSeconds);
    std::optional<AgeNorm> norm;
    if (answers.value(QStringLiteral("age")).isDouble())
        norm = ageNorm(answers.value(QStringLiteral("age")).toInt());
    out.insert(QStringLiteral("age_norm_s"), norm ? QJsonValue(norm->mean) : QJsonValue(QJsonValue::Null));
    out.insert(QStringLiteral("age_norm_range_s"),
               norm ? QJsonValue(QJsonArray{norm->low, norm->high}) : QJsonValue(QJsonValue::Null));
    return out;
}

QList<Measure> TugInstrument::measures() const
{
    return {{QStringLiteral("seconds"), tr("Time"), QStringLiteral("s"), Measure::Direction::LowerIsBetter, 0, 60, 1}};
}

Assessment TugInstrument::assess(const QJsonObject &s) const
{
    const QLocale locale;
    const double seconds = s.value(QStringLiteral("seconds")).toDouble();
    Assessment a;
    a.value = tr("%1 s").arg(locale.toString(seconds, 'f', 1));
    a.summary = tr("TUG %1").arg(a.value);
    if (s.value(QStringLiteral("fall_risk")).toBool()) {
        a.interpretation = tr("Increased fall risk (13.5 s or more)");
        a.severity = Assessment::Severity::Bad;
    } else if (s.value(QStringLiteral("steadi_fall_risk")).toBool()) {
        a.interpretation = tr("Below 13.5 s, but at or above the 12 s of CDC STEADI");
        a.severity = Assessment::Severity::Caution;
    } else {
        a.interpretation = tr("No increased fall risk (under 12 s)");
        a.severity = Assessment::Severity::Good;
    }
    if (s.value(QStringLiteral("age_norm_s")).isDouble()) {
        const QJsonArray range = s.value(QStringLiteral("age_norm_range_s")).toArray();
        a.notes << tr("Age norm %1 s (95 % CI %2–%3 s, Bohannon 2006)")
                       .arg(locale.toString(s.value(QStringLiteral("age_norm_s")).toDouble(), 'f', 1),
                            locale.toString(range.at(0).toDouble(), 'f', 1),
                            locale.toString(range.at(1).toDouble(), 'f', 1));
    }
    a.notes << tr("Not to be used alone to predict falls (Barry 2014).");
    return a;
}

std::optional<ChangeThreshold> TugInstrument::threshold(const QString &measureKey, const QJsonObject &) const
{
    if (measureKey != QLatin1String("seconds"))
        return std::nullopt;
    return ChangeThreshold{ChangeThreshold::Kind::Mdc, MdcSeconds,
                           tr("MDC 3.2 s (chronic stroke; knee osteoarthritis 1.1 s)"), QString()};
}

QList<ReferenceLine> TugInstrument::referenceLines(const QString &measureKey, const QJsonObject &,
                                                   const PatientFacts &facts) const
{
    if (measureKey != QLatin1String("seconds"))
        return {};
    // Clinical reference §1: ≥ 13.5 s increased fall risk (Shumway-Cook 2000); CDC STEADI's 12 s
    // as secondary information; the age norm of Bohannon 2006 from 60 years.
    QList<ReferenceLine> lines{
        {ReferenceLine::Kind::CutOff, FallRiskSeconds,
         tr("Increased fall risk ≥ %1 s").arg(text::decimal(FallRiskSeconds, 1)),
         tr("Shumway-Cook 2000, older adults living at home; not to be used alone (Barry 2014)")},
        {ReferenceLine::Kind::Secondary, SteadiSeconds, tr("CDC STEADI ≥ %1 s").arg(text::decimal(SteadiSeconds, 0)),
         tr("The fall-risk screening of the CDC (STEADI), as secondary information")}};
    if (const std::optional<AgeNorm> norm = ageNorm(facts.age)) {
        lines << ReferenceLine{
            ReferenceLine::Kind::Norm, norm->mean,
            tr("Norm %1–%2 years: %3 s").arg(norm->fromAge).arg(norm->toAge).arg(text::decimal(norm->mean, 1)),
            tr("Bohannon 2006, mean of healthy adults of this age")};
    }
    return lines;
}

QList<ValueBand> TugInstrument::bands(const QString &measureKey, const QJsonObject &, const PatientFacts &facts) const
{
    const std::optional<AgeNorm> norm = ageNorm(facts.age);
    if (measureKey != QLatin1String("seconds") || !norm)
        return {};
    ValueBand b;
    b.kind = ValueBand::Kind::NormRange;
    b.from = norm->low;
    b.to = norm->high;
    b.label = tr("Norm %1–%2 years, 95 % CI %3–%4 s")
                  .arg(norm->fromAge)
                  .arg(norm->toAge)
                  .arg(text::decimal(norm->low, 1), text::decimal(norm->high, 1));
    b.detail = tr("Bohannon 2006, 95 % confidence interval of the mean of healthy adults of this age");
    return {b};
}

QJsonObject TugInstrument::withPatientDefaults(QJsonObject answers, const PatientFacts &facts) const
{
    if (!answers.contains(QStringLiteral("age")) && facts.age > 0)
        answers.insert(QStringLiteral("age"), facts.age);
    return answers;
}

} // namespace smr
