#pragma once

#include "core/common/Result.h"
#include "core/patients/Patient.h"

#include <QCoreApplication>
#include <QDate>

namespace smr {

// The rules a patient's record must follow, without the database: forms call it on every
// keystroke for inline messages; PatientService calls it before saving and adds the rules
// that need the database (unique IPP and NIR).
class PatientRules
{
    Q_DECLARE_TR_FUNCTIONS(PatientRules)

public:
    // Field keys, shared by forms and the command-line tool.
    static inline const QString Ipp = QStringLiteral("ipp");
    static inline const QString NirField = QStringLiteral("nir");
    static inline const QString InsQualified = QStringLiteral("ins_qualified");
    static inline const QString BirthName = QStringLiteral("birth_name");
    static inline const QString UsedName = QStringLiteral("used_name");
    static inline const QString FirstNames = QStringLiteral("first_names");
    static inline const QString BirthDate = QStringLiteral("birth_date");
    static inline const QString Sex = QStringLiteral("sex");
    static inline const QString HeightCm = QStringLiteral("height_cm");
    static inline const QString WeightKg = QStringLiteral("weight_kg");

    static constexpr int MaxNameLength = 80;
    static constexpr int MaxIppLength = 20;
    static constexpr double MinHeightCm = 50;
    static constexpr double MaxHeightCm = 250;
    static constexpr double MinWeightKg = 2;
    static constexpr double MaxWeightKg = 350;
    static QDate earliestBirthDate() { return QDate(1900, 1, 1); }

    // Trims names and identifiers, normalizes the NIR: what is stored.
    static Patient normalized(Patient patient);
    // Every broken rule, in the order of the form.
    static QList<FieldError> check(const Patient &patient, const QDate &today);

    static QString birthDateMissing();
};

} // namespace smr
