#include "core/instruments/DallasInstrument.h"

#include <algorithm>

namespace smr {

QString DallasInstrument::profileOf(const Dimensions &d)
{
    // Phénotypage croisé: physical dimensions above 50 % with psychological ones below →
    // medical; the inverse → behavioural; all four above 50 % → mixed; anything else undetermined.
    const bool physicalHigh = d.dailyActivities > ProfileBorder && d.workLeisure > ProfileBorder;
    const bool physicalLow = d.dailyActivities < ProfileBorder && d.workLeisure < ProfileBorder;
    const bool psychologicalHigh = d.anxietyDepression > ProfileBorder && d.socialInterest > ProfileBorder;
    const bool psychologicalLow = d.anxietyDepression < ProfileBorder && d.socialInterest < ProfileBorder;
    if (physicalHigh && psychologicalLow)
        return QStringLiteral("medical");
    if (physicalLow && psychologicalHigh)
        return QStringLiteral("behavioural");
    if (physicalHigh && psychologicalHigh)
        return QStringLiteral("mixed");
    return QStringLiteral("undetermined");
}

std::optional<DallasInstrument::Impacts> DallasInstrument::impactsOf(const QJsonObject &scores)
{
    const QJsonValue physical = scores.value(QStringLiteral("physical_impact"));
    const QJsonValue psychological = scores.value(QStringLiteral("psychological_impact"));
    if (!physical.isDouble() || !psychological.isDouble())
        return std::nullopt;
    return Impacts{physical.toDouble(), psychological.toDouble()};
}

QJsonObject DallasInstrument::compute(const QJsonObject &answers) const
{
    const QList<int> items = itemValues(answers);
    const auto sum = [&items](int first, int last) {
        int s = 0;
        for (int i = first; i <= last; ++i)
            s += items.at(i - 1);
        return s;
    };
    // Daily activities = 3 × sum of items 1–7, capped at 100 % (Decision of the reference);
    // each other dimension = 5 × the sum of its three items.
    const Dimensions d{std::min(100, 3 * sum(1, 7)), 5 * sum(8, 10), 5 * sum(11, 13), 5 * sum(14, 16)};
    QJsonObject out;
    out.insert(QStringLiteral("daily_activities"), d.dailyActivities);
    out.insert(QStringLiteral("work_leisure"), d.workLeisure);
    out.insert(QStringLiteral("anxiety_depression"), d.anxietyDepression);
    out.insert(QStringLiteral("social_interest"), d.socialInterest);
    out.insert(QStringLiteral("profile"), profileOf(d));
    // The Dallas square: physical impact against psychological impact.
    out.insert(QStringLiteral("physical_impact"), (d.dailyActivities + d.workLeisure) / 2.0);
    out.insert(QStringLiteral("psychological_impact"), (d.anxietyDepression + d.socialInterest) / 2.0);
    return out;
}

QList<Measure> DallasInstrument::measures() const
{
    const auto percent = [](const char *key, const QString &label) {
        return Measure{QLatin1String(key), label, QStringLiteral("%"), Measure::Direction::LowerIsBetter, 0, 100, 0};
    };
    return {percent("daily_activities", tr("Daily activities")), percent("work_leisure", tr("Work and leisure")),
            percent("anxiety_depression", tr("Anxiety and depression")),
            percent("social_interest", tr("Social interest"))};
}

Assessment DallasInstrument::assess(const QJsonObject &s) const
{
    Assessment a;
    // DA, WL, AD, SI: the French abbreviations are those of the questionnaire (AQ, TL, AD, IS).
    a.value = tr("DA %1 % · WL %2 % · AD %3 % · SI %4 %")
                  .arg(s.value(QStringLiteral("daily_activities")).toInt())
                  .arg(s.value(QStringLiteral("work_leisure")).toInt())
                  .arg(s.value(QStringLiteral("anxiety_depression")).toInt())
                  .arg(s.value(QStringLiteral("social_interest")).toInt());
    a.summary = tr("Dallas %1").arg(a.value);
    const QString profile = s.value(QStringLiteral("profile")).toString();
    if (profile == QLatin1String("medical")) {
        a.interpretation = tr("Medical profile: physical impact predominant, physical treatment orientation");
        a.severity = Assessment::Severity::Caution;
    } else if (profile == QLatin1String("behavioural")) {
        a.interpretation = tr("Behavioural profile: psychological impact predominant");
        a.severity = Assessment::Severity::Caution;
    } else if (profile == QLatin1String("mixed")) {
        a.interpretation = tr("Mixed profile: physical and psychological impact above 50 %");
        a.severity = Assessment::Severity::Bad;
    } else {
        a.interpretation = tr("Undetermined profile");
        a.severity = Assessment::Severity::Neutral;
    }
    a.notes << tr("Social interest is not sensitive to change (Marty 1998).");
    return a;
}

QList<ReferenceLine> DallasInstrument::referenceLines(const QString &measureKey, const QJsonObject &,
                                                      const PatientFacts &) const
{
    for (const Measure &m : measures()) {
        if (m.key == measureKey)
            return {{ReferenceLine::Kind::CutOff, double(ProfileBorder), tr("Profile border %1 %").arg(ProfileBorder),
                     tr("Above %1 %, the dimension's impact counts as high in the cross-profile and on the "
                        "Dallas square")
                         .arg(ProfileBorder)}};
    }
    return {};
}

} // namespace smr
