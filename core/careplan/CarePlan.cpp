#include "core/careplan/CarePlan.h"

#include "core/common/Dates.h"

#include <QJsonObject>

namespace smr::careplanjson {

namespace {

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(dates::toIso(d)) : QJsonValue();
}

QDate readDate(const QJsonValue &v)
{
    return dates::parseIso(v.toString()).value_or(QDate());
}

} // namespace

QJsonObject toJson(const Goal &g)
{
    return {{QStringLiteral("objective"), kObjectives.code(g.objective)},
            {QStringLiteral("kind"), kTargetKinds.code(g.kind)},
            {QStringLiteral("instrument"), text(g.instrument)},
            {QStringLiteral("measure"), text(g.measure)},
            {QStringLiteral("value"), g.isMeasured() ? QJsonValue(g.value) : QJsonValue()},
            {QStringLiteral("target_date"), date(g.targetDate)},
            {QStringLiteral("text"), text(g.text)},
            {QStringLiteral("review_date"), date(g.reviewDate)},
            {QStringLiteral("achieved_on"), date(g.achievedOn)}};
}

QJsonArray toJson(const QList<Goal> &goals)
{
    QJsonArray out;
    for (const Goal &g : goals)
        out.append(toJson(g));
    return out;
}

QJsonObject toJson(const DisciplinePlan &d)
{
    return {{QStringLiteral("discipline"), kDisciplines.code(d.discipline)},
            {QStringLiteral("individual_per_week"), d.individualPerWeek},
            {QStringLiteral("collective_per_week"), d.collectivePerWeek}};
}

QJsonArray toJson(const QList<DisciplinePlan> &disciplines)
{
    QJsonArray out;
    for (const DisciplinePlan &d : disciplines)
        out.append(toJson(d));
    return out;
}

QList<Goal> goalsFromJson(const QJsonArray &array)
{
    QList<Goal> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const std::optional<Objective> objective = kObjectives.parse(o.value(QStringLiteral("objective")).toString());
        const std::optional<TargetKind> kind = kTargetKinds.parse(o.value(QStringLiteral("kind")).toString());
        if (!objective || !kind)
            continue;
        Goal g;
        g.objective = *objective;
        g.kind = *kind;
        g.instrument = o.value(QStringLiteral("instrument")).toString();
        g.measure = o.value(QStringLiteral("measure")).toString();
        g.value = o.value(QStringLiteral("value")).toDouble();
        g.targetDate = readDate(o.value(QStringLiteral("target_date")));
        g.text = o.value(QStringLiteral("text")).toString();
        g.reviewDate = readDate(o.value(QStringLiteral("review_date")));
        g.achievedOn = readDate(o.value(QStringLiteral("achieved_on")));
        out << g;
    }
    return out;
}

QList<DisciplinePlan> disciplinesFromJson(const QJsonArray &array)
{
    QList<DisciplinePlan> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const std::optional<Discipline> discipline =
            kDisciplines.parse(o.value(QStringLiteral("discipline")).toString());
        if (!discipline)
            continue;
        out << DisciplinePlan{*discipline, o.value(QStringLiteral("individual_per_week")).toInt(),
                              o.value(QStringLiteral("collective_per_week")).toInt()};
    }
    return out;
}

} // namespace smr::careplanjson
