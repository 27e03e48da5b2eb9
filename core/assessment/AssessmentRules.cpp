#include "core/assessment/AssessmentRules.h"

#include "core/common/Dates.h"

#include <cmath>

namespace smr {

namespace {

// "Height must be between 100 and 250 cm." (no unit for a 0–10 pain score).
template <typename T>
void checkRange(QList<FieldError> &errors, const std::optional<T> &value, int low, int high, const QString &field,
                const QString &what, const QString &unit)
{
    if (value && (!std::isfinite(double(*value)) || *value < low || *value > high))
        errors << FieldError{field, AssessmentRules::tr("%1 must be between %2 and %3%4.")
                                        .arg(what)
                                        .arg(low)
                                        .arg(high)
                                        .arg(unit.isEmpty() ? QString() : QStringLiteral(" ") + unit)};
}

void checkLength(QList<FieldError> &errors, const QString &text, const QString &field, const QString &what)
{
    if (text.size() > AssessmentRules::MaxTextLength)
        errors << FieldError{field, AssessmentRules::tr("%1 is too long: at most %2 characters.")
                                        .arg(what)
                                        .arg(AssessmentRules::MaxTextLength)};
}

} // namespace

std::optional<double> AssessmentRules::bmi(const AdmissionAssessment &a)
{
    if (!a.heightCm || !a.weightKg || *a.heightCm <= 0 || *a.weightKg <= 0)
        return std::nullopt;
    const double metres = *a.heightCm / 100.0;
    return std::round(*a.weightKg / (metres * metres) * 10.0) / 10.0;
}

BmiClass AssessmentRules::bmiClass(double bmi)
{
    // WHO (reference §9): < 18.5 · 18.5–24.9 · 25–29.9 · 30–34.9 · 35–39.9 · ≥ 40. Compared in tenths,
    // the unit of the rounded value, so that 18.5 is never read as 18.499999.
    const long tenths = std::lround(bmi * 10.0);
    if (tenths < 185)
        return BmiClass::Underweight;
    if (tenths < 250)
        return BmiClass::Normal;
    if (tenths < 300)
        return BmiClass::Overweight;
    if (tenths < 350)
        return BmiClass::ObesityI;
    if (tenths < 400)
        return BmiClass::ObesityII;
    return BmiClass::ObesityIII;
}

bool AssessmentRules::heavyMedication(const AdmissionAssessment &a)
{
    return a.analgesicLevel == AnalgesicLevel::Step3 || a.corticosteroids;
}

bool AssessmentRules::severePsychosocial(const AdmissionAssessment &a)
{
    return a.flag(PsychosocialFlag::Yellow).present;
}

QList<Exclusion> AssessmentRules::exclusionsPresent(const AdmissionAssessment &a)
{
    QList<Exclusion> out;
    const std::optional<double> b = bmi(a);
    for (Exclusion e : kExclusions.values()) {
        // Reference §8: obesity grade > 2, BMI ≥ 40.
        const bool fromBmi = e == Exclusion::SevereObesity && b && bmiClass(*b) == BmiClass::ObesityIII;
        if (a.excluded(e) || fromBmi)
            out << e;
    }
    return out;
}

ModeSuggestion AssessmentRules::suggestMode(const AdmissionAssessment &a)
{
    // Reference §8: full hospitalisation rather than day hospital when home is more than 45 min
    // away, when the functional impact is major (cannot drive), or with comorbidities or severe
    // resistant pain.
    ModeSuggestion s;
    if (a.distanceMinutes && *a.distanceMinutes > MaxDayHospitalMinutes)
        s.reasons << tr("home is %1 minutes from the centre (more than %2)")
                         .arg(*a.distanceMinutes)
                         .arg(MaxDayHospitalMinutes);
    if (a.ableToDrive == FlagAnswer::No)
        s.reasons << tr("cannot drive (major functional impact)");
    if (a.severeComorbidity)
        s.reasons << tr("comorbidities needing supervision");
    if (a.resistantPain)
        s.reasons << tr("severe pain resistant to treatment");
    s.mode = s.reasons.isEmpty() ? StayMode::DayHospital : StayMode::FullHospitalisation;
    return s;
}

QList<RedFlag> AssessmentRules::unresolvedRedFlags(const AdmissionAssessment &a,
                                                   const QList<smr::RedFlagAction> &actions)
{
    QList<RedFlag> out;
    for (RedFlag f : kRedFlags.values()) {
        if (a.redFlag(f) != FlagAnswer::Yes)
            continue;
        const bool handled = std::any_of(actions.begin(), actions.end(), [f](const smr::RedFlagAction &r) {
            return r.flag == f && !r.action.trimmed().isEmpty();
        });
        if (!handled)
            out << f;
    }
    return out;
}

AdmissionAssessment AssessmentRules::normalized(AdmissionAssessment a)
{
    for (QString *text :
         {&a.reason, &a.referrerQuestion, &a.history, &a.comorbidities, &a.treatments, &a.painLocation, &a.occupation,
          &a.exclusionJustification, &a.orientationNote, &a.precautions.weightBearingDetail, &a.precautions.braceDetail,
          &a.precautions.other, &a.amendmentReason})
        *text = text->trimmed();
    for (PsychosocialNote &n : a.psychosocialFlags)
        n.text = n.text.trimmed();
    for (SpineSurgery &s : a.spineSurgeries)
        s.description = s.description.trimmed();
    if (a.precautions.weightBearing == WeightBearing::Full)
        a.precautions.weightBearingDetail.clear();
    if (!a.precautions.brace)
        a.precautions.braceDetail.clear();
    return a;
}

QList<FieldError> AssessmentRules::check(const AdmissionAssessment &a, const QDate &today)
{
    QList<FieldError> errors;
    checkRange(errors, a.painRest, 0, 10, PainRest, tr("Pain at rest"), QString());
    checkRange(errors, a.painActivity, 0, 10, PainActivity, tr("Pain on activity"), QString());
    checkRange(errors, a.heightCm, 100, 250, HeightField, tr("Height"), QStringLiteral("cm"));
    checkRange(errors, a.weightKg, 25, 350, WeightField, tr("Weight"), QStringLiteral("kg"));
    checkRange(errors, a.distanceMinutes, 0, 600, DistanceField, tr("Distance from home"), tr("minutes"));
    checkRange(errors, a.precautions.maxHeartRate, 60, 220, MaxHeartRate, tr("Maximum heart rate"), tr("beats/min"));
    checkRange(errors, a.precautions.maxSystolic, 90, 250, MaxSystolic, tr("Maximum systolic pressure"),
               QStringLiteral("mmHg"));
    checkRange(errors, a.precautions.maxDiastolic, 50, 150, MaxDiastolic, tr("Maximum diastolic pressure"),
               QStringLiteral("mmHg"));
    checkRange(errors, a.precautions.liftingLimitKg, 0, 50, LiftingLimit, tr("Lifting limit"), QStringLiteral("kg"));
    if (a.sickLeaveSince.isValid() && a.sickLeaveSince > today)
        errors << FieldError{SickLeaveField,
                             tr("The sick leave cannot start after today (%1).").arg(dates::display(today))};
    for (int i = 0; i < a.spineSurgeries.size(); ++i) {
        const SpineSurgery &s = a.spineSurgeries.at(i);
        const QString field = SurgeriesField + QStringLiteral("[%1]").arg(i);
        if (s.description.isEmpty())
            errors << FieldError{field, tr("Spine surgery %1: say which operation.").arg(i + 1)};
        if (s.date.isValid() && s.date > today)
            errors << FieldError{
                field,
                tr("Spine surgery %1: the date cannot be after today (%2).").arg(i + 1).arg(dates::display(today))};
    }
    checkLength(errors, a.reason, ReasonField, tr("The reason for admission"));
    checkLength(errors, a.history, QStringLiteral("history"), tr("The history"));
    checkLength(errors, a.treatments, QStringLiteral("treatments"), tr("The treatments"));
    checkLength(errors, a.exclusionJustification, ExclusionJustification, tr("The justification"));
    return errors;
}

QList<FieldError> AssessmentRules::checkForSigning(const AdmissionAssessment &a)
{
    QList<FieldError> errors;
    if (a.reason.isEmpty())
        errors << FieldError{ReasonField, tr("Give the reason for admission before signing.")};
    const QList<Exclusion> excluded = exclusionsPresent(a);
    if (!excluded.isEmpty() && a.exclusionJustification.isEmpty()) {
        QStringList names;
        for (Exclusion e : excluded)
            names << kExclusions.shortLabel(e);
        errors << FieldError{ExclusionJustification,
                             tr("An exclusion criterion is present (%1): justify continuing the stay before signing.")
                                 .arg(names.join(QStringLiteral(", ")))};
    }
    if (!a.chosenMode)
        errors << FieldError{ModeField, tr("Choose full hospitalisation (HC) or day hospital (HTP) before signing.")};
    if (!a.orientation) {
        QStringList choices;
        for (Orientation o : kOrientations.values())
            choices << kOrientations.shortLabel(o);
        errors << FieldError{OrientationField,
                             tr("Choose the orientation before signing: %1.").arg(choices.join(QStringLiteral(", ")))};
    } else if (a.suggestedOrientation && *a.orientation != *a.suggestedOrientation && a.orientationNote.isEmpty()) {
        errors << FieldError{
            OrientationNote,
            tr("The orientation chosen (%1) is not the one suggested (%2): give the reason in the "
               "orientation note before signing.")
                .arg(kOrientations.shortLabel(*a.orientation), kOrientations.shortLabel(*a.suggestedOrientation))};
    }
    return errors;
}

} // namespace smr
