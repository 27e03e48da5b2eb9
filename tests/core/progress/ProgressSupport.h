#pragma once

// Answers that give known scores, for the progress chart suites (REFERENCE §1–§6).

#include "core/results/TestResult.h"

#include <QJsonArray>
#include <QJsonObject>

namespace smr::test::progress {

// Berg items summing to `total` (REFERENCE §3): filled from item 14 backwards, so that item 3 is
// full before item 2 is scored and the "item 2 = 4 credits item 3" rule never changes the total.
inline QJsonObject berg(int total)
{
    QList<int> items(14, 0);
    for (int i = 13; i >= 0 && total > 0; --i) {
        items[i] = std::min(4, total);
        total -= items[i];
    }
    QJsonArray a;
    for (int v : items)
        a.append(v);
    return QJsonObject{{QStringLiteral("items"), a}};
}

// Oswestry sections summing to `sum` of 50 (REFERENCE §5): percent = sum × 2.
inline QJsonObject odi(int sum)
{
    QJsonArray a;
    for (int i = 0; i < 10; ++i)
        a.append(sum / 10 + (i < sum % 10 ? 1 : 0));
    return QJsonObject{{QStringLiteral("items"), a}};
}

// A questionnaire's answers, item by item (Dallas: 16, STarT Back: 9).
inline QJsonObject items(std::initializer_list<int> values)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return QJsonObject{{QStringLiteral("items"), a}};
}

inline QJsonObject tug(double seconds)
{
    return QJsonObject{{QStringLiteral("seconds"), seconds}};
}

inline QJsonObject walk(double distance, double weightKg = 70)
{
    return QJsonObject{{QStringLiteral("distance_m"), distance},
                       {QStringLiteral("sex"), QStringLiteral("F")},
                       {QStringLiteral("age"), 70},
                       {QStringLiteral("height_cm"), 165},
                       {QStringLiteral("weight_kg"), weightKg}};
}

inline TestResult result(StayId stay, const char *instrument, const QDate &day, const QJsonObject &answers,
                         const QString &by = QStringLiteral("Test"), const QString &remarks = {})
{
    TestResult r;
    r.stayId = stay;
    r.instrument = QString::fromLatin1(instrument);
    r.performedAt = QDateTime(day, QTime(10, 0));
    r.answers = answers;
    r.enteredBy = by;
    r.remarks = remarks;
    return r;
}

} // namespace smr::test::progress
