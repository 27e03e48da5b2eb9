#pragma once

#include "ui/charts/ChartStyle.h"

#include <QColor>
#include <QGraphicsObject>
#include <QList>
#include <QPair>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

class QAbstractSeries;
class QChart;
class QFontMetricsF;

namespace smr::ui {

// What Qt Charts does not draw by itself, painted in one item above the plot: the labels of the
// reference lines and bands (on the chart, not only in a legend), the points' values, the spans
// of the stays, the Dallas square's quadrants, arrows and numbers, and the text of an empty
// chart. Everything is kept in data coordinates and placed at paint time from the chart's plot
// area, so it follows the chart at any size, on the screen or in a rendering; one item for all
// of it, never one per point (a chart of 1,000 points stays fast).
class ChartAnnotations : public QGraphicsObject
{
public:
    // Where a text goes.
    enum class Place {
        AbovePoint,  // near `at` (data), above it unless another label is there
        LineEnd,     // above the horizontal line at `at.y()`, at the right end of the plot
        BandStart,   // at the left edge of the plot, inside the band from `at.y()` to `to.y()`
        ChangeBand,  // at `at.x()`, inside the top of the band from `at.y()` to `to.y()`
        SpanTop,     // at the top of the plot, centred on `at.x()`…`to.x()` if it fits there
        PlotCorner,  // in the plot's corner given by `corner`
        ChartCentre, // in the middle of the whole chart (an empty chart's text)
    };
    struct Text {
        Place place = Place::AbovePoint;
        QString text;
        QStringList shorter; // drawn instead, the first that fits, when `text` does not
        QPointF at;
        QPointF to;
        QColor colour;
        qreal size = 1; // × the body text
        bool bold = false;
        bool always = false;  // shown even where it covers another (a patient's name)
        Qt::Alignment corner; // PlotCorner: Qt::AlignLeft or AlignRight | AlignTop or AlignBottom
    };
    // An arrowhead half-way along the segment from `from` to `to` (data), pointing at `to`.
    struct Arrow {
        QPointF from;
        QPointF to;
        QColor colour;
    };

    ChartAnnotations(QChart *chart, const ChartMetrics &metrics);

    // The series whose axes map data to positions (any series attached to both axes).
    void setReferenceSeries(QAbstractSeries *series) { m_reference = series; }
    void addText(const Text &text) { m_texts << text; }
    void addArrow(const Arrow &arrow) { m_arrows << arrow; }
    // A mark at `value` (data) that labels must not cover (labelled points are marks already).
    void addMark(const QPointF &value) { m_marks << value; }

    const QList<Text> &texts() const { return m_texts; }
    // The texts drawn by the latest paint and where (chart coordinates); texts that did not fit
    // are not among them.
    const QList<QPair<QString, QRectF>> &painted() const { return m_painted; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPointF position(const QPointF &value) const;
    // Where `shown` (the text or a shorter one) may go, best first; nothing when it does not fit.
    QList<QRectF> candidates(const Text &text, const QString &shown, const QRectF &plot, const QFontMetricsF &fm) const;
    void drawText(QPainter &painter, const Text &text, const QString &shown, const QRectF &rect);
    void drawArrow(QPainter &painter, const Arrow &arrow) const;

    QChart *m_chart;
    ChartMetrics m_metrics;
    QAbstractSeries *m_reference = nullptr;
    QList<Text> m_texts;
    QList<Arrow> m_arrows;
    QList<QPointF> m_marks;
    QList<QPair<QString, QRectF>> m_painted;
};

} // namespace smr::ui
