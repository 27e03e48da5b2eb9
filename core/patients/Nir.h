#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace smr {

// The NIR (numéro d'inscription au répertoire, "numéro de sécurité sociale"): 13 characters and
// a 2-digit key, key = 97 − (number mod 97), Corsican departments 2A and 2B read as 19 and 18
// (clinical reference §11).
class Nir
{
    Q_DECLARE_TR_FUNCTIONS(Nir)

public:
    // Removes spaces, dots and dashes and upper-cases "2a": what users type from a card.
    static QString normalize(QStringView text);
    // The key of the 13 first characters, or nothing when they are not a NIR's characters.
    static std::optional<int> keyOf(QStringView first13);
    // Nothing when `normalized` is a valid NIR; otherwise the sentence that says what is wrong.
    static std::optional<QString> problem(QStringView normalized);
    // "2 55 08 14 168 025 38", the way the number is printed on a card.
    static QString formatted(QStringView normalized);
};

} // namespace smr
