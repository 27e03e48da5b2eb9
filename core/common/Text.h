#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace smr::text {

// Upper case without diacritics or ligatures ("Lefèvre-Œuvray" -> "LEFEVRE-OEUVRAY"): the form
// in which names are compared, sorted and searched, so that "lefev" finds "Lefèvre".
QString fold(QStringView text);

// The words of a name for searching: "Jean-Pierre d'Orléans" -> JEAN, PIERRE, D, ORLEANS, and
// the joined forms JEANPIERRE, DORLEANS so that a prefix typed without punctuation matches too.
QStringList nameWords(QStringView text);

// A decimal number typed with a comma or a point ("72,5", "72.5"). Nothing for anything else.
std::optional<double> parseDecimal(QStringView text);

// Collapses runs of white space and trims; empty stays empty.
QString simplified(const QString &text);

// A number as the user reads it, in the current locale with `decimals` digits: "14,2" in French,
// "14.2" in English (what instruments' assessments and charts show).
QString decimal(double value, int decimals);

} // namespace smr::text
