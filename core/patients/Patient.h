#pragma once

#include "core/common/CodeTable.h"
#include "core/common/Ids.h"

#include <QDate>
#include <QString>

#include <optional>

namespace smr {

struct PatientFacts;

enum class Sex { Female, Male };

inline constexpr CodeTable<Sex, 2> kSexes{
    "Sex",
    {{
        {Sex::Female, "F", QT_TRANSLATE_NOOP("Sex", "Female"), QT_TRANSLATE_NOOP("Sex", "F")},
        {Sex::Male, "M", QT_TRANSLATE_NOOP("Sex", "Male"), QT_TRANSLATE_NOOP("Sex", "M")},
    }}};

// A person known to the establishment. Identity follows the French identity-vigilance rules:
// the birth name is the reference name, the used name is shown beside it, and the national
// identity (INS, built on the NIR) counts as qualified only after an identity check.
struct Patient {
    PatientId id;
    QString ipp; // local identifier (identifiant permanent du patient), unique
    QString nir; // 15 characters (13 + key) or empty
    bool insQualified = false;
    QString birthName;
    QString usedName; // empty when it is the birth name
    QString firstNames;
    QDate birthDate;
    Sex sex = Sex::Female;
    std::optional<double> heightCm;
    std::optional<double> weightKg;
    QString generalPractitioner;
    QString notes;
    int version = 0; // incremented at every save; a save over a newer version is refused

    // "DUPONT Marie", or "DUPONT (MARTIN) Marie" when the used name differs.
    QString displayName() const;
    int ageOn(const QDate &day) const;
    // What an instrument takes from the record (sex, age on `day`, height, weight).
    PatientFacts factsOn(const QDate &day) const;
};

} // namespace smr
