#pragma once

// The data of a progress chart (issue #6), built in core (ProgressService) and drawn by ui/charts
// on a screen, a projector or a page: everything a chart shows is decided here, so that the
// drawing code only places it. No widget, no Qt Charts type.

#include "core/common/Ids.h"
#include "core/instruments/Instrument.h"
#include "core/orientation/Grouping.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace smr {

// One current final result on a chart.
struct ChartPoint {
    QDateTime at; // when the test was performed (local time)
    double value = 0;
    QString label;    // the value as shown by the point: "48", "14,2" (the measure's decimals)
    QString assessor; // who entered it (display name as stored)
    QString remarks;
    StayId stay;
    ResultId result;
};

// A line of points. A chart of one measure has the current stay's series and, when the patient
// had earlier stays with results, an "earlier stays" series drawn apart (grey, hollow marks). The
// Dallas chart has one series per dimension, each with its own mark shape.
struct ChartSeries {
    enum class Role { CurrentStay, EarlierStays, Dimension };
    Role role = Role::CurrentStay;
    QString name; // for the legend: "Séjour en cours", "Séjours antérieurs", "Activités quotidiennes"
    QString measureKey;
    QList<ChartPoint> points; // oldest first
};

// A stay's span on the time axis, so that earlier stays can be shaded apart.
struct StaySpan {
    StayId stay;
    QDate from;
    QDate to; // the discharge, else the planned discharge, else the last point's day
    bool current = false;
    QString label; // "Séjour du 02/11/2026 au 29/11/2026"
};

// A progress chart of one instrument's measure (or, for Dallas, of its four dimensions) for a
// patient: the points, the reference's lines and bands (ReferenceLine, ValueBand from the
// instrument), the MCID/MDC band around the admission value and the care plan's goal.
struct ProgressChart {
    QString instrument; // catalog id: "berg"
    QString measureKey; // "total"; empty for the Dallas dimensions chart
    QString title;      // "Berg — Total"
    QString unit;       // "points", "s", "m", "%"
    Measure::Direction direction = Measure::Direction::HigherIsBetter;
    int decimals = 0;
    double yMin = 0; // the measure's range, widened to the points and lines when they leave it
    double yMax = 0;
    QDateTime xMin; // the first point or stay start, the last point or stay end, with a margin
    QDateTime xMax;
    QList<ChartSeries> series;
    QList<StaySpan> stays;
    QList<ReferenceLine> lines; // the reference's cut-offs and norms, and the goal (Kind::Goal)
    QList<ValueBand> bands;     // interpretation bands, the norm range, the MCID/MDC band
    QString emptyText;          // said instead of the chart when there is no point

    bool isEmpty() const
    {
        for (const ChartSeries &s : series)
            if (!s.points.isEmpty())
                return false;
        return true;
    }
};

// One result on the Dallas square: physical impact (mean of daily activities and work-leisure)
// against psychological impact (mean of anxiety-depression and social interest), 0–100 %.
struct SquarePoint {
    QDateTime at;
    double physical = 0;
    double psychological = 0;
    ResultId result;
    // "02/11" on a patient's path. On the unit's square the latest point carries the patient's
    // name and the admission point, when there are two, its day ("02/11"): the path reads from a
    // dated start to a named end.
    QString label;
    // The point's quadrant: Grouping::suggest (medical, behavioural, mixed or low impact).
    Group quadrant = Group::NotAssessed;
};

// The Dallas square of a stay (its path from admission to the latest result), or of a unit (one
// path per patient, admission and latest). Quadrants: Grouping::suggest (50 % borders; exactly 50
// counts as not high).
struct DallasSquare {
    struct Path {
        PatientId patient;
        StayId stay;
        QString name;              // the patient on the unit's square; empty on a patient's own square
        QList<SquarePoint> points; // oldest first
    };
    QList<Path> paths;
    QString emptyText;
};

} // namespace smr
