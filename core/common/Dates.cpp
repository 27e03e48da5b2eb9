#include "core/common/Dates.h"

#include <QRegularExpression>

namespace smr::dates {

std::optional<QDate> parseIso(QStringView text)
{
    // YYYY-MM-DD read digit by digit: every date column of every row read goes through here (a
    // regular expression was a tenth of the time of a list's page, issue #10).
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const auto number = [text](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    if (year < 0 || month < 0 || day < 0)
        return std::nullopt;
    const QDate d(year, month, day);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString toIso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

std::optional<QDate> parseUserInput(QStringView text, const QDate &today)
{
    const QString trimmed = text.trimmed().toString();
    if (auto iso = parseIso(trimmed))
        return iso;

    static const QRegularExpression separated(QStringLiteral("^(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{2}|\\d{4})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2}|\\d{4})$"));
    QRegularExpressionMatch m = separated.match(trimmed);
    if (!m.hasMatch())
        m = compact.match(trimmed);
    if (!m.hasMatch())
        return std::nullopt;

    int year = m.captured(3).toInt();
    if (m.capturedLength(3) == 2) {
        const int pivot = today.year() + 1;
        year += (pivot / 100) * 100;
        if (year > pivot)
            year -= 100;
    }
    const QDate d(year, m.captured(2).toInt(), m.captured(1).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString display(const QDate &date)
{
    if (!date.isValid())
        return {};
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

int completedYears(const QDate &birth, const QDate &on)
{
    int years = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    return years;
}

} // namespace smr::dates
