#pragma once

// Progress charts as core/progress gives them for a patient (issue #6), written by hand so that
// the drawing tests, the screenshots and the benchmark share them. Values follow the clinical
// reference (REFERENCE.md §1–§6): the lines, bands and MCID/MDC are those of each instrument;
// the wording is the French the core would give. "Today" is 22/11/2026, as in TestStore.

#include "core/progress/ProgressChart.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <tuple>
#include <utility>

namespace smr::test::charts {

inline QDateTime at(int year, int month, int day, int hour = 10, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

// The current stay (02/11/2026 → 29/11/2026 planned) and one a year before.
inline const StayId kEarlierStay{11};
inline const StayId kCurrentStay{12};

struct P {
    QDateTime when;
    double value;
    QString label;
    QString remarks = {};
};

inline ChartSeries series(ChartSeries::Role role, const QString &name, StayId stay, std::initializer_list<P> points,
                          const QString &assessor = QStringLiteral("MARTIN Claire"))
{
    ChartSeries s;
    s.role = role;
    s.name = name;
    qint64 id = stay.value * 100;
    for (const P &p : points) {
        ChartPoint c;
        c.at = p.when;
        c.value = p.value;
        c.label = p.label;
        c.assessor = assessor;
        c.remarks = p.remarks;
        c.stay = stay;
        c.result = ResultId(++id);
        s.points << c;
    }
    return s;
}

inline StaySpan currentSpan()
{
    return {kCurrentStay, QDate(2026, 11, 2), QDate(2026, 11, 29), true,
            QStringLiteral("Séjour du 02/11/2026 au 29/11/2026")};
}

inline StaySpan earlierSpan()
{
    return {kEarlierStay, QDate(2025, 11, 3), QDate(2025, 11, 28), false,
            QStringLiteral("Séjour du 03/11/2025 au 28/11/2025")};
}

inline ValueBand band(double from, double to, const QString &label, Assessment::Severity severity)
{
    ValueBand b;
    b.kind = ValueBand::Kind::Interpretation;
    b.from = from;
    b.to = to;
    b.label = label;
    b.severity = severity;
    return b;
}

inline ValueBand changeBand(double admission, double threshold, const QString &label, const QDateTime &start)
{
    ValueBand b;
    b.kind = ValueBand::Kind::ChangeThreshold;
    b.from = admission - threshold;
    b.to = admission + threshold;
    b.label = label;
    b.start = start;
    return b;
}

inline ProgressChart base(const QString &instrument, const QString &title, const QString &unit, double yMin,
                          double yMax, int decimals, Measure::Direction direction)
{
    ProgressChart c;
    c.instrument = instrument;
    c.measureKey = QStringLiteral("total");
    c.title = title;
    c.unit = unit;
    c.yMin = yMin;
    c.yMax = yMax;
    c.decimals = decimals;
    c.direction = direction;
    c.xMin = at(2026, 10, 30, 0);
    c.xMax = at(2026, 12, 2, 0);
    c.stays = {currentSpan()};
    c.emptyText = QStringLiteral("Aucun résultat pour ce test.");
    return c;
}

// Berg (§3): < 45 fall risk, bands 0–20 / 21–40 / 41–56; admission 32 so MDC 7 (Donoghue 2009,
// baseline 25–34); the care plan's goal 50. An earlier stay a year before, shaded apart.
inline ProgressChart berg()
{
    ProgressChart c = base(QStringLiteral("berg"), QStringLiteral("Berg — Score total"), QStringLiteral("points"), 0,
                           56, 0, Measure::Direction::HigherIsBetter);
    c.xMin = at(2025, 10, 27, 0);
    c.stays = {earlierSpan(), currentSpan()};
    c.series << series(ChartSeries::Role::EarlierStays, QStringLiteral("Séjours antérieurs"), kEarlierStay,
                       {{at(2025, 11, 4), 38, QStringLiteral("38")},
                        {at(2025, 11, 14), 42, QStringLiteral("42")},
                        {at(2025, 11, 26), 46, QStringLiteral("46")}});
    c.series << series(
        ChartSeries::Role::CurrentStay, QStringLiteral("Séjour en cours"), kCurrentStay,
        {{at(2026, 11, 2, 10, 30), 32, QStringLiteral("32"), QStringLiteral("Aide technique : canne")},
         {at(2026, 11, 9), 36, QStringLiteral("36")},
         {at(2026, 11, 13), 41, QStringLiteral("41")},
         {at(2026, 11, 17), 44, QStringLiteral("44")},
         {at(2026, 11, 20, 14, 15), 47, QStringLiteral("47"), QStringLiteral("Sans aide, pieds joints")}});
    c.lines << ReferenceLine{ReferenceLine::Kind::CutOff, 45, QStringLiteral("Risque de chute < 45"), {}};
    c.lines << ReferenceLine{ReferenceLine::Kind::Goal, 50, QStringLiteral("Objectif ≥ 50"), {}};
    c.bands << band(0, 20, QStringLiteral("Risque élevé (0–20)"), Assessment::Severity::Bad);
    c.bands << band(21, 40, QStringLiteral("Risque moyen (21–40)"), Assessment::Severity::Caution);
    c.bands << band(41, 56, QStringLiteral("Risque faible (41–56)"), Assessment::Severity::Good);
    c.bands << changeBand(32, 7, QStringLiteral("MDC ± 7 points"), at(2026, 11, 2, 10, 30));
    return c;
}

// Oswestry (§5): Fairbank's five bands, MCID 10 points (Ostelo 2008), goal −30 % of admission.
inline ProgressChart oswestry()
{
    ProgressChart c = base(QStringLiteral("oswestry"), QStringLiteral("Oswestry — Incapacité"), QStringLiteral("%"), 0,
                           100, 1, Measure::Direction::LowerIsBetter);
    c.series << series(ChartSeries::Role::CurrentStay, QStringLiteral("Séjour en cours"), kCurrentStay,
                       {{at(2026, 11, 2), 46.0, QStringLiteral("46,0")},
                        {at(2026, 11, 13), 38.5, QStringLiteral("38,5")},
                        {at(2026, 11, 20), 30.0, QStringLiteral("30,0")}},
                       QStringLiteral("DURAND Paul"));
    c.lines << ReferenceLine{ReferenceLine::Kind::Goal, 32.2, QStringLiteral("Objectif ≤ 32,2 % (−30 %)"), {}};
    c.bands << band(0, 20, QStringLiteral("Minimale"), Assessment::Severity::Good);
    c.bands << band(20, 40, QStringLiteral("Modérée"), Assessment::Severity::Caution);
    c.bands << band(40, 60, QStringLiteral("Sévère"), Assessment::Severity::Bad);
    c.bands << band(60, 80, QStringLiteral("Invalidante"), Assessment::Severity::Bad);
    c.bands << band(80, 100, QStringLiteral("Grabataire"), Assessment::Severity::Bad);
    c.bands << changeBand(46, 10, QStringLiteral("MCID ± 10 points"), at(2026, 11, 2));
    return c;
}

// TUG (§1): 13,5 s (Shumway-Cook 2000), STEADI 12 s as secondary, the 70–79 norm 9,2 s and its
// 95 % interval (Bohannon 2006), MDC 3,2 s.
inline ProgressChart tug()
{
    ProgressChart c = base(QStringLiteral("tug"), QStringLiteral("Timed Up and Go — Temps"), QStringLiteral("s"), 0, 22,
                           1, Measure::Direction::LowerIsBetter);
    c.series << series(ChartSeries::Role::CurrentStay, QStringLiteral("Séjour en cours"), kCurrentStay,
                       {{at(2026, 11, 2), 16.8, QStringLiteral("16,8"), QStringLiteral("Déambulateur")},
                        {at(2026, 11, 6), 15.1, QStringLiteral("15,1")},
                        {at(2026, 11, 13), 13.2, QStringLiteral("13,2")},
                        {at(2026, 11, 20), 12.4, QStringLiteral("12,4"), QStringLiteral("Canne")}});
    c.lines << ReferenceLine{ReferenceLine::Kind::CutOff, 13.5, QStringLiteral("Risque de chute ≥ 13,5 s"), {}};
    c.lines << ReferenceLine{ReferenceLine::Kind::Secondary, 12, QStringLiteral("STEADI ≥ 12 s"), {}};
    c.lines << ReferenceLine{ReferenceLine::Kind::Norm, 9.2, QStringLiteral("Norme 70–79 ans 9,2 s"), {}};
    ValueBand norm;
    norm.kind = ValueBand::Kind::NormRange;
    norm.from = 8.2;
    norm.to = 10.2;
    norm.label = QStringLiteral("IC 95 % 8,2–10,2 s");
    c.bands << norm;
    c.bands << changeBand(16.8, 3.2, QStringLiteral("MDC ± 3,2 s"), at(2026, 11, 2));
    return c;
}

// 6-minute walk (§2): Enright & Sherrill's prediction and lower limit of normal, the goal.
inline ProgressChart sixMinuteWalk()
{
    ProgressChart c = base(QStringLiteral("6mwt"), QStringLiteral("Test de marche de 6 minutes — Distance"),
                           QStringLiteral("m"), 0, 600, 0, Measure::Direction::HigherIsBetter);
    c.series << series(ChartSeries::Role::CurrentStay, QStringLiteral("Séjour en cours"), kCurrentStay,
                       {{at(2026, 11, 3), 310, QStringLiteral("310")},
                        {at(2026, 11, 10), 345, QStringLiteral("345")},
                        {at(2026, 11, 17), 372, QStringLiteral("372")},
                        {at(2026, 11, 21), 401, QStringLiteral("401")}});
    c.lines << ReferenceLine{ReferenceLine::Kind::Norm, 498, QStringLiteral("Distance prédite 498 m"), {}};
    c.lines << ReferenceLine{ReferenceLine::Kind::NormLimit, 359, QStringLiteral("Limite inférieure 359 m"), {}};
    c.lines << ReferenceLine{ReferenceLine::Kind::Goal, 420, QStringLiteral("Objectif ≥ 420 m"), {}};
    return c;
}

// STarT Back (§6): total ≤ 3 low risk.
inline ProgressChart startBack()
{
    ProgressChart c = base(QStringLiteral("startback"), QStringLiteral("STarT Back — Score total"),
                           QStringLiteral("points"), 0, 9, 0, Measure::Direction::LowerIsBetter);
    c.series << series(ChartSeries::Role::CurrentStay, QStringLiteral("Séjour en cours"), kCurrentStay,
                       {{at(2026, 11, 2), 7, QStringLiteral("7")}, {at(2026, 11, 20), 4, QStringLiteral("4")}});
    c.lines << ReferenceLine{ReferenceLine::Kind::CutOff, 3.5, QStringLiteral("Risque faible ≤ 3"), {}};
    c.bands << band(0, 3, QStringLiteral("Faible"), Assessment::Severity::Good);
    c.bands << band(4, 9, QStringLiteral("Moyen ou élevé"), Assessment::Severity::Caution);
    return c;
}

// Dallas (§4): the four dimensions, 50 % marked.
inline ProgressChart dallasDimensions()
{
    ProgressChart c = base(QStringLiteral("dallas"), QStringLiteral("Dallas — Dimensions"), QStringLiteral("%"), 0, 100,
                           0, Measure::Direction::LowerIsBetter);
    c.measureKey.clear();
    const QList<std::pair<QString, QList<double>>> dims{
        {QStringLiteral("Activités quotidiennes"), {66, 57, 42}},
        {QStringLiteral("Travail et loisirs"), {75, 65, 55}},
        {QStringLiteral("Anxiété et dépression"), {50, 40, 30}},
        {QStringLiteral("Intérêt social"), {40, 35, 30}},
    };
    const QList<QDateTime> days{at(2026, 11, 2), at(2026, 11, 12), at(2026, 11, 20)};
    for (const auto &[name, values] : dims) {
        ChartSeries s = series(ChartSeries::Role::Dimension, name, kCurrentStay, {});
        for (int i = 0; i < values.size(); ++i) {
            ChartPoint p;
            p.at = days.at(i);
            p.value = values.at(i);
            p.label = QString::number(values.at(i));
            p.assessor = QStringLiteral("Auto-questionnaire");
            p.stay = kCurrentStay;
            p.result = ResultId(500 + i);
            s.points << p;
        }
        c.series << s;
    }
    c.lines << ReferenceLine{ReferenceLine::Kind::CutOff, 50, QStringLiteral("Retentissement élevé > 50 %"), {}};
    return c;
}

inline SquarePoint squarePoint(const QDateTime &when, double physical, double psychological, const QString &label)
{
    return {when, physical, psychological, ResultId(900), label};
}

// The patient's path: mixed at admission, medical, then low impact.
inline DallasSquare patientSquare()
{
    DallasSquare s;
    DallasSquare::Path path;
    path.patient = PatientId(7);
    path.stay = kCurrentStay;
    path.points << squarePoint(at(2026, 11, 2), 70.5, 55, QStringLiteral("02/11"))
                << squarePoint(at(2026, 11, 12), 61, 37.5, QStringLiteral("12/11"))
                << squarePoint(at(2026, 11, 20), 48.5, 30, QStringLiteral("20/11"));
    s.paths << path;
    s.emptyText = QStringLiteral("Aucun questionnaire de Dallas pour ce séjour.");
    return s;
}

// A unit's square: admission → latest for each patient, named.
inline DallasSquare unitSquare(int patients = 8)
{
    static const QList<std::tuple<QString, double, double, double, double>> people{
        {QStringLiteral("DUPONT Marie"), 70.5, 55, 48.5, 30}, {QStringLiteral("BERNARD Luc"), 82, 35, 71, 28},
        {QStringLiteral("PETIT Anne"), 35, 72, 30, 61},       {QStringLiteral("ROBERT Jean"), 66, 68, 55, 52},
        {QStringLiteral("RICHARD Lucie"), 40, 30, 28, 22},    {QStringLiteral("MOREAU Paul"), 58, 44, 52, 40},
        {QStringLiteral("SIMON Claire"), 25, 58, 22, 45},     {QStringLiteral("LAURENT Hugo"), 90, 80, 76, 62},
        {QStringLiteral("LEFEBVRE Nina"), 62, 25, 45, 20},    {QStringLiteral("MICHEL Yves"), 45, 85, 42, 70},
        {QStringLiteral("GARCIA Rosa"), 75, 60, 70, 58},      {QStringLiteral("DAVID Léo"), 30, 40, 18, 25},
        {QStringLiteral("BERTRAND Éva"), 55, 65, 47, 49},     {QStringLiteral("ROUX Marc"), 88, 45, 80, 47},
        {QStringLiteral("VINCENT Inès"), 52, 52, 35, 38},
    };
    DallasSquare s;
    for (int i = 0; i < patients && i < people.size(); ++i) {
        const auto &[name, px0, py0, px1, py1] = people.at(i);
        DallasSquare::Path path;
        path.patient = PatientId(100 + i);
        path.stay = StayId(200 + i);
        path.name = name;
        path.points << squarePoint(at(2026, 11, 2), px0, py0, name) << squarePoint(at(2026, 11, 20), px1, py1, name);
        s.paths << path;
    }
    s.emptyText = QStringLiteral("Aucun patient de l'unité n'a de questionnaire de Dallas.");
    return s;
}

// The benchmark's chart: `count` results over ten years, with Berg's lines and bands.
inline ProgressChart manyPoints(int count)
{
    ProgressChart c = berg();
    c.series.clear();
    c.stays = {currentSpan()};
    ChartSeries s = series(ChartSeries::Role::CurrentStay, QStringLiteral("Séjour en cours"), kCurrentStay, {});
    const QDateTime start = at(2016, 11, 22);
    for (int i = 0; i < count; ++i) {
        ChartPoint p;
        p.at = start.addSecs(qint64(i) * 10 * 365 * 86400 / count);
        // A slow drift with weekly noise, kept within the scale (deterministic).
        p.value = std::clamp(std::round(36 + 12 * std::sin(i / 60.0) + (i * 7 % 9) - 4), 0.0, 56.0);
        p.label = QString::number(p.value);
        p.stay = kCurrentStay;
        p.result = ResultId(i + 1);
        s.points << p;
    }
    c.series << s;
    c.xMin = start.addDays(-10);
    c.xMax = at(2026, 12, 2, 0);
    return c;
}

inline ProgressChart empty()
{
    ProgressChart c = base(QStringLiteral("berg"), QStringLiteral("Berg — Score total"), QStringLiteral("points"), 0,
                           56, 0, Measure::Direction::HigherIsBetter);
    c.emptyText = QStringLiteral("Aucun test de Berg pendant ce séjour.");
    return c;
}

// Every instrument of the stay, as the small multiples show them.
inline QList<ProgressChart> stayCharts()
{
    return {berg(), tug(), sixMinuteWalk(), oswestry(), startBack(), dallasDimensions()};
}

} // namespace smr::test::charts
