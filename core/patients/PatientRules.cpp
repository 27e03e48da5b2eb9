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

// The sentences of one name field: missing (empty when optional), too long, wrong characters.
struct NameMessages {
    QString missing;
    QString tooLong;
    QString characters;
};

void checkName(QList<FieldError> &errors, const QString &field, const QString &value, const NameMessages &messages)
{
    if (value.isEmpty()) {
        if (!messages.missing.isEmpty())
            errors << FieldError{field, messages.missing};
    } else if (value.size() > PatientRules::MaxNameLength) {
        errors << FieldError{field, messages.tooLong.arg(PatientRules::MaxNameLength)};
    } else if (!isNameText(value)) {
        errors << FieldError{field, messages.characters};
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

    checkName(errors, BirthName, p.birthName,
              {tr("The birth name is required."), tr("The birth name is too long (at most %1 characters)."),
               tr("The birth name may contain only letters, spaces, hyphens and apostrophes.")});
    checkName(errors, UsedName, p.usedName,
              {QString(), tr("The used name is too long (at most %1 characters)."),
               tr("The used name may contain only letters, spaces, hyphens and apostrophes.")});
    checkName(errors, FirstNames, p.firstNames,
              {tr("The first name is required."), tr("The first name is too long (at most %1 characters)."),
               tr("The first name may contain only letters, spaces, hyphens and apostrophes.")});

    if (!p.birthDate.isValid())
        errors << FieldError{BirthDate, birthDateMissing()};
    else if (p.birthDate > today)
        errors << FieldError{BirthDate,
                             tr("The birth date cannot be in the future (today is %1).").arg(dates::display(today))};
    else if (p.birthDate < earliestBirthDate())
        errors << FieldError{BirthDate,
                             tr("The birth date must be on or after %1.").arg(dates::display(earliestBirthDate()))};

    if (p.heightCm && (*p.heightCm < MinHeightCm || *p.heightCm > MaxHeightCm))
        errors << FieldError{
            HeightCm, tr("The height must be between %1 and %2 cm.").arg(number(MinHeightCm), number(MaxHeightCm))};
    if (p.weightKg && (*p.weightKg < MinWeightKg || *p.weightKg > MaxWeightKg))
        errors << FieldError{
            WeightKg, tr("The weight must be between %1 and %2 kg.").arg(number(MinWeightKg), number(MaxWeightKg))};
    return errors;
}

} // namespace smr
