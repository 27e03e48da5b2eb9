#include "core/progress/ProgressChartJson.h"

#include <QJsonArray>

namespace smr::progress_json {

namespace {

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QString();
}

QDateTime time(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate day(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

template <typename T, typename F> QJsonArray array(const QList<T> &list, F f)
{
    QJsonArray out;
    for (const T &item : list)
        out.append(f(item));
    return out;
}

template <typename T, typename F> QList<T> list(const QJsonValue &value, F f)
{
    QList<T> out;
    const QJsonArray a = value.toArray();
    for (const QJsonValue &item : a)
        out << f(item.toObject());
    return out;
}

QJsonObject point(const ChartPoint &p)
{
    return {{QStringLiteral("at"), time(p.at)},        {QStringLiteral("value"), p.value},
            {QStringLiteral("label"), p.label},        {QStringLiteral("assessor"), p.assessor},
            {QStringLiteral("remarks"), p.remarks},    {QStringLiteral("stay"), p.stay.value},
            {QStringLiteral("result"), p.result.value}};
}

ChartPoint point(const QJsonObject &j)
{
    ChartPoint p;
    p.at = time(j.value(QStringLiteral("at")));
    p.value = j.value(QStringLiteral("value")).toDouble();
    p.label = j.value(QStringLiteral("label")).toString();
    p.assessor = j.value(QStringLiteral("assessor")).toString();
    p.remarks = j.value(QStringLiteral("remarks")).toString();
    p.stay = StayId(j.value(QStringLiteral("stay")).toInteger());
    p.result = ResultId(j.value(QStringLiteral("result")).toInteger());
    return p;
}

} // namespace

QJsonObject toJson(const ProgressChart &c)
{
    QJsonObject j{{QStringLiteral("instrument"), c.instrument},
                  {QStringLiteral("measure"), c.measureKey},
                  {QStringLiteral("title"), c.title},
                  {QStringLiteral("unit"), c.unit},
                  {QStringLiteral("lower_is_better"), c.direction == Measure::Direction::LowerIsBetter},
                  {QStringLiteral("decimals"), c.decimals},
                  {QStringLiteral("y_min"), c.yMin},
                  {QStringLiteral("y_max"), c.yMax},
                  {QStringLiteral("x_min"), time(c.xMin)},
                  {QStringLiteral("x_max"), time(c.xMax)},
                  {QStringLiteral("empty_text"), c.emptyText}};
    j.insert(QStringLiteral("series"), array(c.series, [](const ChartSeries &s) {
                 return QJsonObject{
                     {QStringLiteral("role"), int(s.role)},
                     {QStringLiteral("name"), s.name},
                     {QStringLiteral("measure"), s.measureKey},
                     {QStringLiteral("points"), array(s.points, [](const ChartPoint &p) { return point(p); })}};
             }));
    j.insert(QStringLiteral("stays"), array(c.stays, [](const StaySpan &s) {
                 return QJsonObject{{QStringLiteral("stay"), s.stay.value},
                                    {QStringLiteral("from"), day(s.from)},
                                    {QStringLiteral("to"), day(s.to)},
                                    {QStringLiteral("current"), s.current},
                                    {QStringLiteral("label"), s.label}};
             }));
    j.insert(QStringLiteral("lines"), array(c.lines, [](const ReferenceLine &l) {
                 return QJsonObject{{QStringLiteral("kind"), int(l.kind)},
                                    {QStringLiteral("value"), l.value},
                                    {QStringLiteral("label"), l.label},
                                    {QStringLiteral("detail"), l.detail}};
             }));
    j.insert(QStringLiteral("bands"), array(c.bands, [](const ValueBand &b) {
                 return QJsonObject{{QStringLiteral("kind"), int(b.kind)},
                                    {QStringLiteral("from"), b.from},
                                    {QStringLiteral("to"), b.to},
                                    {QStringLiteral("label"), b.label},
                                    {QStringLiteral("severity"), int(b.severity)},
                                    {QStringLiteral("start"), time(b.start)},
                                    {QStringLiteral("detail"), b.detail}};
             }));
    return j;
}

ProgressChart fromJson(const QJsonObject &j)
{
    ProgressChart c;
    c.instrument = j.value(QStringLiteral("instrument")).toString();
    c.measureKey = j.value(QStringLiteral("measure")).toString();
    c.title = j.value(QStringLiteral("title")).toString();
    c.unit = j.value(QStringLiteral("unit")).toString();
    c.direction = j.value(QStringLiteral("lower_is_better")).toBool() ? Measure::Direction::LowerIsBetter
                                                                      : Measure::Direction::HigherIsBetter;
    c.decimals = j.value(QStringLiteral("decimals")).toInt();
    c.yMin = j.value(QStringLiteral("y_min")).toDouble();
    c.yMax = j.value(QStringLiteral("y_max")).toDouble();
    c.xMin = time(j.value(QStringLiteral("x_min")));
    c.xMax = time(j.value(QStringLiteral("x_max")));
    c.emptyText = j.value(QStringLiteral("empty_text")).toString();
    c.series = list<ChartSeries>(j.value(QStringLiteral("series")), [](const QJsonObject &s) {
        ChartSeries out;
        out.role = ChartSeries::Role(s.value(QStringLiteral("role")).toInt());
        out.name = s.value(QStringLiteral("name")).toString();
        out.measureKey = s.value(QStringLiteral("measure")).toString();
        out.points = list<ChartPoint>(s.value(QStringLiteral("points")), [](const QJsonObject &p) { return point(p); });
        return out;
    });
    c.stays = list<StaySpan>(j.value(QStringLiteral("stays")), [](const QJsonObject &s) {
        StaySpan out;
        out.stay = StayId(s.value(QStringLiteral("stay")).toInteger());
        out.from = day(s.value(QStringLiteral("from")));
        out.to = day(s.value(QStringLiteral("to")));
        out.current = s.value(QStringLiteral("current")).toBool();
        out.label = s.value(QStringLiteral("label")).toString();
        return out;
    });
    c.lines = list<ReferenceLine>(j.value(QStringLiteral("lines")), [](const QJsonObject &l) {
        ReferenceLine out;
        out.kind = ReferenceLine::Kind(l.value(QStringLiteral("kind")).toInt());
        out.value = l.value(QStringLiteral("value")).toDouble();
        out.label = l.value(QStringLiteral("label")).toString();
        out.detail = l.value(QStringLiteral("detail")).toString();
        return out;
    });
    c.bands = list<ValueBand>(j.value(QStringLiteral("bands")), [](const QJsonObject &b) {
        ValueBand out;
        out.kind = ValueBand::Kind(b.value(QStringLiteral("kind")).toInt());
        out.from = b.value(QStringLiteral("from")).toDouble();
        out.to = b.value(QStringLiteral("to")).toDouble();
        out.label = b.value(QStringLiteral("label")).toString();
        out.severity = Assessment::Severity(b.value(QStringLiteral("severity")).toInt());
        out.start = time(b.value(QStringLiteral("start")));
        out.detail = b.value(QStringLiteral("detail")).toString();
        return out;
    });
    return c;
}

} // namespace smr::progress_json
