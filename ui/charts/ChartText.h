#pragma once

#include "core/progress/ProgressChart.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace smr::ui {

// The words around a chart: a point's tooltip, an exported file's name.
class ChartText
{
    Q_DECLARE_TR_FUNCTIONS(ChartText)

public:
    // "20/11/2026 14:15", "Séjour en cours : 47 points", the assessor and the remarks when given.
    static QString pointToolTip(const ProgressChart &chart, const ChartSeries &series, const ChartPoint &point);
    // "DUPONT Marie — 20/11/2026 10:00", both impacts and the quadrant's group.
    static QString squareToolTip(const DallasSquare::Path &path, const SquarePoint &point);
    // "47 points", "14,2 s", "30,0 %": the value as the point shows it, with the unit.
    static QString valueWithUnit(const QString &value, const QString &unit);

    // "berg-DUPONT-2026-11-22.png": what is charted, whose, when; characters a file name cannot
    // hold become dashes.
    static QString fileName(const QString &subject, const QString &patient, const QDate &date, const QString &suffix);
};

} // namespace smr::ui
