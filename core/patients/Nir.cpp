#include "core/patients/Nir.h"

#include <QRegularExpression>

namespace smr {

QString Nir::normalize(QStringView text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-'))
            continue;
        out += c.toUpper();
    }
    return out;
}

std::optional<int> Nir::keyOf(QStringView first13)
{
    // Sex or status digit, year, month, department (2 digits, or 2A/2B), commune, order number.
    static const QRegularExpression shape(QStringLiteral("^[1-478]\\d{4}(\\d{2}|2A|2B)\\d{6}$"));
    if (!shape.match(first13).hasMatch())
        return std::nullopt;
    QString digits = first13.toString();
    if (digits.mid(5, 2) == QLatin1String("2A"))
        digits.replace(5, 2, QStringLiteral("19"));
    else if (digits.mid(5, 2) == QLatin1String("2B"))
        digits.replace(5, 2, QStringLiteral("18"));
    const qint64 number = digits.toLongLong();
    return int(97 - number % 97);
}

std::optional<QString> Nir::problem(QStringView normalized)
{
    if (normalized.size() != 15)
        return tr("The NIR must have 15 characters, the 13 of the number followed by the 2-digit key "
                  "(%n character(s) typed).",
                  nullptr, int(normalized.size()));
    const std::optional<int> key = keyOf(normalized.first(13));
    static const QRegularExpression keyShape(QStringLiteral("^\\d{2}$"));
    if (!key || !keyShape.match(normalized.last(2)).hasMatch())
        return tr("The NIR may contain only digits (the first one 1, 2, 3, 4, 7 or 8), with 2A or 2B as the "
                  "department for Corsica.");
    if (normalized.last(2).toInt() != *key)
        return tr("The NIR key %1 does not match the 13 first characters: check the number on the "
                  "health insurance card.")
            .arg(normalized.last(2));
    return std::nullopt;
}

QString Nir::formatted(QStringView n)
{
    if (n.size() != 15)
        return n.toString();
    return QStringList{n.mid(0, 1).toString(), n.mid(1, 2).toString(),  n.mid(3, 2).toString(), n.mid(5, 2).toString(),
                       n.mid(7, 3).toString(), n.mid(10, 3).toString(), n.mid(13, 2).toString()}
        .join(QLatin1Char(' '));
}

} // namespace smr
