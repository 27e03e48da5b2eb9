#include "core/careplan/CarePlanRules.h"

#include "core/common/Dates.h"
#include "core/instruments/InstrumentCatalog.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace smr {

namespace {

// "30", "−30", "+50", "12.5": signed with the minus sign, whole numbers without decimals.
QString signedNumber(double v)
{
    const QLocale locale;
    const double magnitude = std::abs(v);
    const QString digits = locale.toString(magnitude, 'f', magnitude == std::round(magnitude) ? 0 : 1);
    if (v > 0)
        return QLatin1Char('+') + digits;
    if (v < 0)
        return QChar(0x2212) + digits;
    return digits;
}

QString plainNumber(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString lowerLabels(const QList<Discipline> &list)
{
    QStringList out;
    for (Discipline d : list)
        out << kDisciplines.label(d).toLower();
    return out.join(QStringLiteral(", "));
}

} // namespace

QString CarePlanRules::goalField(qsizetype index, const QString &key)
{
    return QStringLiteral("goals[%1].%2").arg(index).arg(key);
}

QString CarePlanRules::disciplineField(qsizetype index, const QString &key)
{
    return QStringLiteral("disciplines[%1].%2").arg(index).arg(key);
}

CarePlan CarePlanRules::normalized(CarePlan plan)
{
    for (Goal &g : plan.goals) {
        g.instrument = g.instrument.trimmed().toLower();
        g.measure = g.measure.trimmed().toLower();
        g.text = g.text.trimmed();
        if (!g.isMeasured()) {
            g.instrument.clear();
            g.measure.clear();
            g.value = 0;
        } else {
            g.achievedOn = QDate();
        }
        if (g.kind != TargetKind::Date)
            g.targetDate = QDate();
    }
    plan.shortfallReason = plan.shortfallReason.trimmed();
    plan.agreementRecordedBy = plan.agreementRecordedBy.simplified();
    return plan;
}

CarePlanRules::Window CarePlanRules::stayWindow(const Stay &stay, int plannedWeeks)
{
    const QDate last = stay.plannedDischargeDate.isValid() ? stay.plannedDischargeDate
                                                           : stay.admissionDate.addDays(7 * qint64(plannedWeeks));
    return {stay.admissionDate, last};
}

QDate CarePlanRules::deadline(const Goal &goal, const QDate &admission, int plannedWeeks)
{
    return goal.reviewDate.isValid() ? goal.reviewDate : admission.addDays(7 * qint64(plannedWeeks));
}

std::optional<Measure> CarePlanRules::measureOf(const Goal &goal, const InstrumentCatalog &instruments)
{
    const Instrument *instrument = instruments.find(goal.instrument);
    if (!instrument)
        return std::nullopt;
    for (const Measure &m : instrument->measures()) {
        if (m.key == goal.measure)
            return m;
    }
    return std::nullopt;
}

QString CarePlanRules::measureName(const Instrument &instrument, const Measure &measure)
{
    return instrument.shortTitle() + QLatin1Char(' ') + measure.label.toLower();
}

void CarePlanRules::checkMeasured(const Goal &g, qsizetype index, const InstrumentCatalog &instruments,
                                  QList<FieldError> &errors)
{
    const int n = int(index) + 1;
    const QString ids = instruments.ids().join(QStringLiteral(", "));
    const Instrument *instrument = instruments.find(g.instrument);
    if (g.instrument.isEmpty()) {
        errors << FieldError{
            goalField(index, QStringLiteral("instrument")),
            tr("Goal %1: the instrument is required for a measured goal; the instruments are %2.").arg(n).arg(ids)};
        return;
    }
    if (!instrument) {
        errors << FieldError{
            goalField(index, QStringLiteral("instrument")),
            tr("Goal %1: unknown instrument \"%2\"; the instruments are %3.").arg(n).arg(g.instrument, ids)};
        return;
    }
    QStringList keys;
    for (const Measure &m : instrument->measures())
        keys << m.key;
    const std::optional<Measure> measure = measureOf(g, instruments);
    if (!measure) {
        errors << FieldError{goalField(index, QStringLiteral("measure")),
                             tr("Goal %1: \"%2\" is not a measure of %3; its measures are %4.")
                                 .arg(n)
                                 .arg(g.measure, instrument->shortTitle(), keys.join(QStringLiteral(", ")))};
        return;
    }

    const QString name = measureName(*instrument, *measure);
    const bool lower = measure->direction == Measure::Direction::LowerIsBetter;
    const double v = g.value;
    const double range = measure->max - measure->min;
    const QString valueField = goalField(index, QStringLiteral("value"));
    const bool finite = std::isfinite(v);
    switch (g.kind) {
    case TargetKind::RelativeChange:
        if (!finite || (lower ? !(v >= -100 && v < 0) : !(v > 0 && v <= MaxRelativeIncrease))) {
            errors << FieldError{
                valueField,
                lower ? tr("Goal %1: the change of %2 is a decrease in %, as lower is better: from %3 to less than 0 "
                           "(for example %4).")
                            .arg(n)
                            .arg(name, signedNumber(-100), signedNumber(-30))
                      : tr("Goal %1: the change of %2 is an increase in %, as higher is better: more than 0, up to %3 "
                           "(for example %4).")
                            .arg(n)
                            .arg(name, signedNumber(MaxRelativeIncrease), signedNumber(20))};
        }
        break;
    case TargetKind::AbsoluteChange:
        if (!finite || (lower ? !(v >= -range && v < 0) : !(v > 0 && v <= range))) {
            errors << FieldError{
                valueField,
                lower
                    ? tr("Goal %1: the change of %2 is a decrease in %3, as lower is better: from %4 to less than 0.")
                          .arg(n)
                          .arg(name, measure->unit, signedNumber(-range))
                    : tr("Goal %1: the change of %2 is an increase in %3, as higher is better: more than 0, up to %4.")
                          .arg(n)
                          .arg(name, measure->unit, signedNumber(range))};
        }
        break;
    case TargetKind::Threshold:
        if (!finite || v < measure->min || v > measure->max) {
            errors << FieldError{valueField, tr("Goal %1: the value of %2 to reach must be from %3 to %4 %5.")
                                                 .arg(n)
                                                 .arg(name, plainNumber(measure->min, measure->decimals),
                                                      plainNumber(measure->max, measure->decimals), measure->unit)};
        }
        break;
    case TargetKind::Date:
    case TargetKind::Unmeasured:
        break;
    }
}

QList<FieldError> CarePlanRules::checkGoal(const Goal &g, qsizetype index, const Stay &stay, int plannedWeeks,
                                           const InstrumentCatalog &instruments, const QDate &today)
{
    QList<FieldError> errors;
    const int n = int(index) + 1;
    if (!kObjectives.values().contains(g.objective))
        errors << FieldError{
            goalField(index, QStringLiteral("objective")),
            tr("Goal %1: unknown objective; the objectives are %2.").arg(n).arg(kObjectives.allowed())};
    if (!kTargetKinds.values().contains(g.kind)) {
        errors << FieldError{
            goalField(index, QStringLiteral("kind")),
            tr("Goal %1: unknown kind of target; the kinds are %2.").arg(n).arg(kTargetKinds.allowed())};
        return errors;
    }

    if (g.isMeasured())
        checkMeasured(g, index, instruments, errors);

    if (g.kind == TargetKind::Date) {
        const QDate last = stay.admissionDate.addDays(MaxTargetDaysAfterAdmission);
        if (!g.targetDate.isValid())
            errors << FieldError{goalField(index, QStringLiteral("target_date")),
                                 tr("Goal %1: the target date is required for a goal done by a date.").arg(n)};
        else if (g.targetDate < stay.admissionDate || g.targetDate > last)
            errors << FieldError{goalField(index, QStringLiteral("target_date")),
                                 tr("Goal %1: the target date must be from the admission (%2) to %3.")
                                     .arg(n)
                                     .arg(dates::display(stay.admissionDate), dates::display(last))};
    }

    if (g.kind == TargetKind::Unmeasured && g.text.isEmpty())
        errors << FieldError{
            goalField(index, QStringLiteral("text")),
            tr("Goal %1: the text is required for a goal without a measure: it says what is judged.").arg(n)};
    else if (g.text.size() > MaxTextLength)
        errors << FieldError{goalField(index, QStringLiteral("text")),
                             tr("Goal %1: the text is too long (at most %2 characters).").arg(n).arg(MaxTextLength)};

    const Window window = stayWindow(stay, plannedWeeks);
    if (g.reviewDate.isValid() && !window.contains(g.reviewDate))
        errors << FieldError{goalField(index, QStringLiteral("review_date")),
                             tr("Goal %1: the review date must fall within the stay, from %2 to %3.")
                                 .arg(n)
                                 .arg(dates::display(window.first), dates::display(window.last))};

    if (g.achievedOn.isValid() && (g.achievedOn < stay.admissionDate || g.achievedOn > today))
        errors << FieldError{goalField(index, QStringLiteral("achieved_on")),
                             tr("Goal %1: the date it was achieved must be from the admission (%2) to today (%3).")
                                 .arg(n)
                                 .arg(dates::display(stay.admissionDate), dates::display(today))};
    return errors;
}

QList<FieldError> CarePlanRules::check(const CarePlan &plan, const Stay &stay, const InstrumentCatalog &instruments,
                                       const QDate &today)
{
    QList<FieldError> errors;
    const bool weeksValid = plan.plannedWeeks >= MinWeeks && plan.plannedWeeks <= MaxWeeks;
    if (!weeksValid)
        errors << FieldError{PlannedWeeksField,
                             tr("The planned duration must be from %1 to %2 weeks.").arg(MinWeeks).arg(MaxWeeks)};
    // Dates are checked against a sensible duration even when the one typed is refused.
    const int weeks = weeksValid ? plan.plannedWeeks : qBound(MinWeeks, plan.plannedWeeks, MaxWeeks);

    if (plan.goals.isEmpty())
        errors << FieldError{GoalsField,
                             tr("The plan needs at least one goal; the objectives are %1.").arg(kObjectives.allowed())};
    for (qsizetype i = 0; i < plan.goals.size(); ++i)
        errors += checkGoal(plan.goals.at(i), i, stay, weeks, instruments, today);

    QList<Discipline> seen;
    for (qsizetype i = 0; i < plan.disciplines.size(); ++i) {
        const DisciplinePlan &d = plan.disciplines.at(i);
        if (!kDisciplines.values().contains(d.discipline)) {
            errors << FieldError{disciplineField(i, QStringLiteral("discipline")),
                                 tr("Line %1 of the disciplines: unknown discipline; the disciplines are %2.")
                                     .arg(i + 1)
                                     .arg(kDisciplines.allowed())};
            continue;
        }
        if (seen.contains(d.discipline))
            errors << FieldError{DisciplinesField, tr("Each discipline is listed once: %1 appears more than once.")
                                                       .arg(kDisciplines.label(d.discipline).toLower())};
        seen << d.discipline;
        if (d.individualPerWeek < 0 || d.individualPerWeek > MaxSessionsPerWeek)
            errors << FieldError{disciplineField(i, QStringLiteral("individual_per_week")),
                                 tr("%1: the individual sessions a week must be from 0 to %2.")
                                     .arg(kDisciplines.label(d.discipline))
                                     .arg(MaxSessionsPerWeek)};
        if (d.collectivePerWeek < 0 || d.collectivePerWeek > MaxSessionsPerWeek)
            errors << FieldError{disciplineField(i, QStringLiteral("collective_per_week")),
                                 tr("%1: the collective sessions a week must be from 0 to %2.")
                                     .arg(kDisciplines.label(d.discipline))
                                     .arg(MaxSessionsPerWeek)};
    }

    if (plan.agreedOn.isValid() && (plan.agreedOn < stay.admissionDate || plan.agreedOn > today))
        errors << FieldError{
            AgreedOnField, tr("The date the patient agreed to the plan must be from the admission (%1) to today (%2).")
                               .arg(dates::display(stay.admissionDate), dates::display(today))};

    const Window window = stayWindow(stay, weeks);
    if (plan.nextReview.isValid() && !window.contains(plan.nextReview))
        errors << FieldError{NextReviewField, tr("The next review must fall within the stay, from %1 to %2.")
                                                  .arg(dates::display(window.first), dates::display(window.last))};

    if (plan.shortfallReason.size() > MaxTextLength)
        errors << FieldError{
            ShortfallReasonField,
            tr("The reason for the shortfall is too long (at most %1 characters).").arg(MaxTextLength)};
    return errors;
}

QList<Discipline> CarePlanRules::decreeTherapies()
{
    return {Discipline::Physiotherapy,   Discipline::OccupationalTherapy, Discipline::Orthoprosthetics,
            Discipline::Psychomotricity, Discipline::Psychology,          Discipline::AdaptedPhysicalActivity};
}

CarePlanRules::Totals CarePlanRules::totals(const QList<DisciplinePlan> &disciplines)
{
    Totals t;
    const QList<Discipline> therapies = decreeTherapies();
    for (const DisciplinePlan &d : disciplines) {
        t.sessions += d.sessionsPerWeek();
        t.individual += d.individualPerWeek;
        if (therapies.contains(d.discipline) && d.sessionsPerWeek() >= 1 && !t.therapies.contains(d.discipline))
            t.therapies << d.discipline;
    }
    return t;
}

QList<CarePlanRules::Shortfall> CarePlanRules::decreeShortfalls(const QList<DisciplinePlan> &disciplines, StayMode mode)
{
    QList<Shortfall> out;
    const QList<Discipline> therapies = decreeTherapies();
    const Totals planned = totals(disciplines);
    const QList<Discipline> &counted = planned.therapies;
    const int sessions = planned.sessions;
    const int individual = planned.individual;
    if (counted.size() < MinTherapies) {
        const QString names = counted.isEmpty() ? tr("none") : lowerLabels(counted);
        out << Shortfall{Shortfall::Rule::Therapies, tr("Therapies: %1 planned (%2), at least %3 needed among %4.")
                                                         .arg(counted.size())
                                                         .arg(names)
                                                         .arg(MinTherapies)
                                                         .arg(lowerLabels(therapies))};
    }
    if (mode == StayMode::FullHospitalisation) {
        if (sessions < MinSessionsFullHospitalisation)
            out << Shortfall{Shortfall::Rule::SessionsPerWeek,
                             tr("Sessions a week in full hospitalisation: %1 planned, at least %2 needed (two "
                                "treatment sequences each working day).")
                                 .arg(sessions)
                                 .arg(MinSessionsFullHospitalisation)};
        if (individual < MinIndividualFullHospitalisation)
            out << Shortfall{Shortfall::Rule::IndividualPerWeek,
                             tr("Individual sessions a week in full hospitalisation: %1 planned, at least %2 needed "
                                "(one individual sequence each working day).")
                                 .arg(individual)
                                 .arg(MinIndividualFullHospitalisation)};
    }
    return out;
}

std::optional<FieldError> CarePlanRules::checkShortfallReason(const CarePlan &plan, StayMode mode)
{
    const QList<Shortfall> shortfalls = decreeShortfalls(plan.disciplines, mode);
    if (shortfalls.isEmpty() || !plan.shortfallReason.trimmed().isEmpty())
        return std::nullopt;
    QStringList lines;
    for (const Shortfall &s : shortfalls)
        lines << s.text;
    return FieldError{ShortfallReasonField,
                      tr("The plan falls short of the minimum of décret n° 2022-25. %1 Give the reason for the "
                         "shortfall, or complete the plan.")
                          .arg(lines.join(QLatin1Char(' ')))};
}

std::optional<double> CarePlanRules::targetValue(const Goal &goal, double baseline)
{
    switch (goal.kind) {
    case TargetKind::RelativeChange:
        return baseline + baseline * goal.value / 100.0;
    case TargetKind::AbsoluteChange:
        return baseline + goal.value;
    case TargetKind::Threshold:
        return goal.value;
    case TargetKind::Date:
    case TargetKind::Unmeasured:
        break;
    }
    return std::nullopt;
}

} // namespace smr
