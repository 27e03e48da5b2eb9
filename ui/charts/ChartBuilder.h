#pragma once

#include "core/progress/ProgressChart.h"
#include "ui/charts/ChartStyle.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>

#include <memory>
#include <optional>
#include <variant>

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QXYSeries;

namespace smr::ui {

class ChartAnnotations;
class ChartHatching;
class ChartLegend;

// What a chart shows: a measure (or the Dallas dimensions) over time, or a Dallas square.
struct ChartContent {
    std::variant<ProgressChart, DallasSquare> data;
    QString title; // a Dallas square's title; a progress chart has its own

    ChartContent() = default;
    ChartContent(ProgressChart chart) : data(std::move(chart)) {}
    ChartContent(DallasSquare square, QString squareTitle = {}) : data(std::move(square)), title(std::move(squareTitle))
    {
    }
    const ProgressChart *progress() const { return std::get_if<ProgressChart>(&data); }
    const DallasSquare *square() const { return std::get_if<DallasSquare>(&data); }
    QString displayTitle() const;
};

// The one code path from a chart's data to a QChart, for the screen, the projector and paper
// (issue #6): ChartView shows what it builds, ChartRenderer lays it out at any size and paints
// it. The data decides what is shown (core/progress); this class only decides how: marks, dashes,
// fills and labels, sized by a ChartStyle at a scale.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)

public:
    // What a series stands for, set on each series added (property kRoleProperty, and the index
    // in the data's list in kIndexProperty): tooltips and tests find them by it.
    enum class Role {
        Data,     // a ChartSeries (index in ProgressChart::series): its line runs and its marks
        Line,     // a ReferenceLine (index in ProgressChart::lines)
        Band,     // a ValueBand (index in ProgressChart::bands)
        StaySpan, // an earlier stay's span (index in ProgressChart::stays)
        Border,   // the Dallas square's 50 % borders
        Path,     // a DallasSquare::Path (index in DallasSquare::paths): its line and marks
    };
    static constexpr const char *kRoleProperty = "smrChartRole";
    static constexpr const char *kIndexProperty = "smrChartIndex";
    static std::optional<Role> roleOf(const QAbstractSeries *series);
    static int indexOf(const QAbstractSeries *series);

    // Points are labelled with their value up to this many on a chart, marked up to kMarkedPoints
    // per series; beyond, the line alone (a decade of results stays readable and fast).
    static constexpr int kLabelledPoints = 30;
    static constexpr int kMarkedPoints = 150;

    explicit ChartBuilder(const ChartStyle &style, qreal scale = 1);

    std::unique_ptr<QChart> build(const ChartContent &content) const;
    std::unique_ptr<QChart> build(const ProgressChart &chart) const;
    std::unique_ptr<QChart> build(const DallasSquare &square, const QString &title = {}) const;

    // Fits what depends on the drawing's size (how many dates the time axis can label) to `size`.
    static void fitToSize(QChart &chart, const QSizeF &size);
    // The items drawing what Qt Charts does not: labels, arrows and empty text; the legend; the
    // MCID/MDC band's hatch (none when the chart has no such band).
    static ChartAnnotations *annotations(const QChart &chart);
    static ChartLegend *legend(const QChart &chart);
    static ChartHatching *hatching(const QChart &chart);

    // The Dallas square's labels: "Physical impact (%)", "Psychological impact (%)".
    static QString physicalAxisTitle();
    static QString psychologicalAxisTitle();

    const ChartMetrics &metrics() const { return m_metrics; }

private:
    // The chart's outer margin, kept for fitToSize (which adds the legend's height under it).
    static constexpr const char *kMarginProperty = "smrChartMargin";
    // A chart whose plot is kept square (the Dallas square: both axes are percents).
    static constexpr const char *kSquareProperty = "smrChartSquare";

    // A chart being built and the items drawn over it.
    struct Parts {
        QChart &chart;
        ChartAnnotations &notes;
        ChartLegend &legend;
    };
    std::unique_ptr<QChart> makeChart(const QString &title) const;
    void styleAxis(QAbstractAxis *axis) const;
    void addBands(Parts &parts, const ProgressChart &data) const;
    void addStaySpans(Parts &parts, const ProgressChart &data) const;
    void addLines(Parts &parts, const ProgressChart &data) const;
    void addDataSeries(Parts &parts, const ProgressChart &data) const;
    void addPointLabels(Parts &parts, const ProgressChart &data) const;
    void addPaths(Parts &parts, const DallasSquare &square) const;
    void attach(QChart &chart, QAbstractSeries *series, Role role, int index) const;
    void showEmpty(Parts &parts, const QString &text) const;

    ChartMetrics m_metrics;
};

} // namespace smr::ui
