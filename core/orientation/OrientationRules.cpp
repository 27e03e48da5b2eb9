#include "core/orientation/OrientationRules.h"

#include <QLocale>

namespace smr {

OrientationSuggestion OrientationRules::suggest(const OrientationInput &in)
{
    OrientationSuggestion s;
    if (in.dallasProfile.isEmpty())
        s.missing << tr("Dallas");
    if (!in.odiPercent)
        s.missing << tr("Oswestry");
    if (in.startBackRisk.isEmpty())
        s.missing << tr("STarT Back");

    // 1. An exclusion criterion not justified: the level-1 programmes are not for this patient.
    // Once the physician justifies continuing, it is a caution listed with the programme.
    if (!in.exclusions.isEmpty() && !in.exclusionsJustified) {
        s.orientation = Orientation::Level2;
        s.reasons << tr("exclusion criterion not justified: %1").arg(in.exclusions.join(QStringLiteral(", ")));
        return s;
    }
    // 2. Level-2 profiles of the referential: elderly, complex, cognitive or psychiatric, disabled.
    QStringList level2;
    if (in.age && *in.age >= ElderlyAge)
        level2 << tr("aged %1 (%2 or more)").arg(*in.age).arg(ElderlyAge);
    if (in.complexProfile)
        level2 << tr("complex medical profile");
    if (in.cognitiveOrPsychiatric)
        level2 << tr("cognitive or psychiatric disorder");
    if (in.disability)
        level2 << tr("disability");
    if (!level2.isEmpty()) {
        s.orientation = Orientation::Level2;
        s.reasons = level2;
        return s;
    }
    if (s.missing.size() == 3)
        return s;

    const QString odi = in.odiPercent ? QLocale().toString(*in.odiPercent, 'f', 1) : QString();
    // 3. The intensive multidisciplinary programme: severe disability, high psychosocial risk
    // (psychologically informed care, Hill 2011), or a psychological impact shown by the Dallas
    // profile (behavioural or mixed).
    QStringList intensive;
    if (in.odiPercent && *in.odiPercent > IntensiveOdi)
        intensive << tr("Oswestry %1 % (more than %2 %: severe disability)").arg(odi).arg(int(IntensiveOdi));
    if (in.startBackRisk == QLatin1String("high"))
        intensive << tr("STarT Back high risk (psychologically informed care)");
    if (in.dallasProfile == QLatin1String("behavioural"))
        intensive << tr("Dallas behavioural profile");
    if (in.dallasProfile == QLatin1String("mixed"))
        intensive << tr("Dallas mixed profile");
    if (in.yellowFlags)
        intensive << tr("yellow flags (psychosocial risk of chronicity)");
    QStringList toAddress;
    if (!in.exclusions.isEmpty())
        toAddress << tr("exclusion criterion justified: %1").arg(in.exclusions.join(QStringLiteral(", ")));
    if (in.blueFlags)
        toAddress << tr("blue flags to address (perception of work)");
    if (in.blackFlags)
        toAddress << tr("black flags to address (employer, insurance, litigation)");
    if (!intensive.isEmpty()) {
        s.reasons = intensive;
        if (in.fatigable) {
            s.orientation = Orientation::Individual;
            s.reasons << tr("fatigability: individual sessions first, the intensive programme once tolerated");
        } else {
            s.orientation = Orientation::SpineRestoration;
        }
        s.reasons << toAddress;
        return s;
    }
    // 4. Education and prevention: low risk (advice and self-management, Hill 2011) and minimal
    // disability.
    const bool lowRisk = in.startBackRisk == QLatin1String("low");
    const bool minimal = !in.odiPercent || *in.odiPercent <= MinimalOdi;
    if (lowRisk && minimal) {
        s.orientation = Orientation::Education;
        s.reasons << tr("STarT Back low risk (advice and self-management)");
        if (in.odiPercent)
            s.reasons << tr("Oswestry %1 % (%2 % or less: minimal disability)").arg(odi).arg(int(MinimalOdi));
        s.reasons << toAddress;
        return s;
    }
    // 5. Individual sessions: the rest (medium risk, moderate disability, medical profile).
    s.orientation = Orientation::Individual;
    if (in.startBackRisk == QLatin1String("medium"))
        s.reasons << tr("STarT Back medium risk (physiotherapy on physical symptoms and function)");
    else if (lowRisk)
        s.reasons << tr("STarT Back low risk");
    if (in.odiPercent)
        s.reasons << (*in.odiPercent <= MinimalOdi ? tr("Oswestry %1 % (minimal disability)").arg(odi)
                                                   : tr("Oswestry %1 % (moderate disability)").arg(odi));
    if (in.dallasProfile == QLatin1String("medical"))
        s.reasons << tr("Dallas medical profile (physical impact predominant)");
    s.reasons << toAddress;
    return s;
}

} // namespace smr
