#include "core/assessment/AssessmentText.h"

#include <QStringList>

namespace smr {

QString AssessmentText::precautions(const Precautions &p)
{
    QStringList parts;
    if (p.maxHeartRate)
        parts << tr("max heart rate %1/min").arg(*p.maxHeartRate);
    if (p.maxSystolic || p.maxDiastolic)
        parts << tr("max blood pressure %1/%2 mmHg")
                     .arg(p.maxSystolic ? QString::number(*p.maxSystolic) : QStringLiteral("—"),
                          p.maxDiastolic ? QString::number(*p.maxDiastolic) : QStringLiteral("—"));
    if (p.weightBearing != WeightBearing::Full)
        parts << (p.weightBearingDetail.isEmpty()
                      ? kWeightBearings.label(p.weightBearing).toLower()
                      : tr("%1 (%2)").arg(kWeightBearings.label(p.weightBearing).toLower(), p.weightBearingDetail));
    if (p.brace)
        parts << (p.braceDetail.isEmpty() ? tr("brace") : tr("brace (%1)").arg(p.braceDetail));
    if (p.liftingLimitKg)
        parts << tr("lifting ≤ %1 kg").arg(*p.liftingLimitKg);
    if (p.fallRisk)
        parts << tr("fall risk");
    if (p.osteoporosis)
        parts << tr("osteoporosis");
    if (!p.other.isEmpty())
        parts << p.other;
    return parts.join(QStringLiteral(" · "));
}

QString AssessmentText::alerts(const StayAlerts &a)
{
    QStringList parts;
    if (!a.unresolvedRedFlags.isEmpty()) {
        QStringList flags;
        for (RedFlag f : a.unresolvedRedFlags)
            flags << kRedFlags.shortLabel(f);
        parts << tr("Red flag: %1").arg(flags.join(QStringLiteral(", ")));
    }
    if (!a.exclusions.isEmpty() && !a.exclusionsJustified) {
        QStringList names;
        for (Exclusion e : a.exclusions)
            names << kExclusions.shortLabel(e);
        parts << tr("Exclusion criterion not justified: %1").arg(names.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace smr
