#pragma once

#include "ui/charts/ChartBuilder.h"

#include <QCoreApplication>
#include <QSize>
#include <QSizeF>
#include <QString>

namespace smr::ui {

// The size of a chart on paper and its resolution: 16 × 10 cm at 300 dpi by default.
struct ChartPrintSize {
    QSizeF centimetres{16, 10};
    int dpi = 300;
    QSize pixels() const;
};

// A chart written to a file at print resolution (issue #6: "good enough to paste in a letter"),
// through ChartRenderer like every other drawing of a chart.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    // Each returns nothing when the file is written, else a sentence naming the file and why.
    static QString writePng(const QString &path, const ChartContent &content, const ChartPrintSize &size = {},
                            const ChartStyle &style = ChartStyle::print());
    // An image of exactly `pixels`, its resolution recorded as `dpi`.
    static QString writePng(const QString &path, const ChartContent &content, const QSize &pixels, int dpi,
                            const ChartStyle &style = ChartStyle::print());
    // Vector drawing: width and height in millimetres, the view box in pixels at `size.dpi`.
    static QString writeSvg(const QString &path, const ChartContent &content, const ChartPrintSize &size = {},
                            const ChartStyle &style = ChartStyle::print());

private:
    static QString failure(const QString &path, const QString &reason);
};

} // namespace smr::ui
