#include "core/common/Text.h"

#include <QLocale>
#include <QRegularExpression>

namespace smr::text {

QString fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        const char16_t u = c.unicode();
        if (u == u'œ' || u == u'Œ')
            out += QStringLiteral("OE");
        else if (u == u'æ' || u == u'Æ')
            out += QStringLiteral("AE");
        else if (u == u'ß')
            out += QStringLiteral("SS");
        else
            out += c.toUpper();
    }
    return out;
}

QStringList nameWords(QStringView text)
{
    const QString folded = fold(text);
    QStringList words;
    // Each space-separated part, split further at hyphens and apostrophes.
    const QStringList parts = folded.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    static const QRegularExpression nonAlnum(QStringLiteral("[^A-Z0-9]+"));
    for (const QString &part : parts) {
        const QStringList pieces = part.split(nonAlnum, Qt::SkipEmptyParts);
        for (const QString &p : pieces) {
            if (!words.contains(p))
                words << p;
        }
        if (pieces.size() > 1) {
            const QString joined = pieces.join(QString());
            if (!words.contains(joined))
                words << joined;
        }
    }
    return words;
}

std::optional<double> parseDecimal(QStringView text)
{
    QString s = text.trimmed().toString();
    s.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    if (!number.match(s).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

QString simplified(const QString &text)
{
    return text.simplified();
}

QString decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace smr::text
