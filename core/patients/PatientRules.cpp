#include "core/patients/PatientRules.h"

#include "core/common/Dates.h"
#include "core/patients/Nir.h"

#include <QLocale>
#include <QRegularExpression>

namespace smr {

namespace {

bool isNameText(const QString &text)
{
    // Letters of any alphabet, spaces, hyphens and apostrophes (Jean-Pierre, N'Diaye, O’Brien).
    static const QRegularExpression name(QStringLiteral("^[\\p{L}][\\p{L}\\p{M} '’\\-]*$"));
    return name.match(text).hasMatch();
}

void checkName(QList<FieldError> &errors, const QString &field, const QString &value, bool required,
               const QString &missing, const QString &label)
{
    if (value.isEmpty()) {
        if (required)
            errors << FieldError{field, missing};
        return;
    }
    if (value.size() > PatientRules::MaxNameLength) {
        errors << FieldError{field, PatientRules::tr("The %1 is too long (at most %2 characters).")
                                        .arg(label)
                                        .arg(PatientRules::MaxNameLength)};
    } else if (!isNameText(value)) {
        errors << FieldError{field, PatientRules::tr("The %1 may contain only letters, spaces, hyphens and "
                                                     "apostrophes.")
                                        .arg(label)};
    }
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 6);
}

} // namespace

Patient PatientRules::normalized(Patient p)
{
    p.ipp = p.ipp.trimmed().toUpper();
    p.nir = Nir::normalize(p.nir);
    p.birthName = p.birthName.simplified();
    p.usedName = p.usedName.simplified();
    p.firstNames = p.firstNames.simplified();
    p.generalPractitioner = p.generalPractitioner.trimmed();
    if (p.nir.isEmpty())
        p.insQualified = false;
    return p;
}

QString PatientRules::birthDateMissing()
{
    return tr("The birth date is required.");
}

QList<FieldError> PatientRules::check(const Patient &p, const QDate &today)
{
    QList<FieldError> errors;

    static const QRegularExpression ippShape(QStringLiteral("^[A-Za-z0-9\\-]+$"));
    if (p.ipp.isEmpty())
        errors << FieldError{Ipp, tr("The IPP (local patient identifier) is required.")};
    else if (p.ipp.size() > MaxIppLength || !ippShape.match(p.ipp).hasMatch())
        errors << FieldError{Ipp, tr("The IPP may contain only letters, digits and hyphens, at most %1 "
                                     "characters.")
                                      .arg(MaxIppLength)};

    if (!p.nir.isEmpty()) {
        if (const std::optional<QString> problem = Nir::problem(p.nir))
            errors << FieldError{NirField, *problem};
    } else if (p.insQualified) {
        errors << FieldError{InsQualified, tr("An identity can be marked as qualified only with its NIR.")};
    }

    checkName(errors, BirthName, p.birthName, true, tr("The birth name is required."), tr("birth name"));
    checkName(errors, UsedName, p.usedName, false, QString(), tr("used name"));
    checkName(errors, FirstNames, p.firstNames, true, tr("The first name is required."), tr("first name"));

    if (!p.birthDate.isValid())
        errors << FieldError{BirthDate, birthDateMissing()};
    else if (p.birthDate > today)
        errors << FieldError{BirthDate, tr("The birth date cannot be in the future (today is %1).")
                                            .arg(dates::display(today))};
    else if (p.birthDate < earliestBirthDate())
        errors << FieldError{BirthDate, tr("The birth date must be on or after %1.")
                                            .arg(dates::display(earliestBirthDate()))};

    if (p.heightCm && (*p.heightCm < MinHeightCm || *p.heightCm > MaxHeightCm))
        errors << FieldError{HeightCm, tr("The height must be between %1 and %2 cm.")
                                           .arg(number(MinHeightCm), number(MaxHeightCm))};
    if (p.weightKg && (*p.weightKg < MinWeightKg || *p.weightKg > MaxWeightKg))
        errors << FieldError{WeightKg, tr("The weight must be between %1 and %2 kg.")
                                           .arg(number(MinWeightKg), number(MaxWeightKg))};
    return errors;
}

} // namespace smr
