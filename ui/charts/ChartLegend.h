#pragma once

#include "ui/charts/ChartStyle.h"

#include <QBrush>
#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QString>

#include <QtCharts/QScatterSeries>

class QChart;
class QPainter;

namespace smr::ui {

// The legend under a chart: each series with its mark (shape, filled or hollow) on a sample of its
// line (dash pattern), so that the legend tells series apart without colour, as the chart does.
// Qt Charts' own legend shows either the mark or a line too short for its dash, and truncates
// names; this one wraps onto more rows and scales its spacing with the text.
class ChartLegend : public QGraphicsItem
{
public:
    struct Entry {
        QString text;
        QColor colour;
        QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle;
        bool marked = true; // a mark on the sample
        bool hollow = false;
        Qt::PenStyle line = Qt::SolidLine; // Qt::NoPen: no line
        qreal lineWidth = 1.8;             // × ChartMetrics::penWidth()
        QBrush swatch;                     // a fill behind the sample (an earlier stay's shade)
    };

    ChartLegend(QChart *chart, const ChartMetrics &metrics);

    void addEntry(const Entry &entry) { m_entries << entry; }
    const QList<Entry> &entries() const { return m_entries; }
    // The height the legend takes under a chart `width` wide (0 without entries).
    qreal heightFor(qreal width) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Draws a mark of `shape`, `size` across, centred on `centre` (pen and brush as set).
    static void drawMark(QPainter &painter, QScatterSeries::MarkerShape shape, const QPointF &centre, qreal size);

private:
    struct Row {
        QList<int> entries;
        qreal width = 0;
    };
    QList<Row> rows(qreal width) const;
    qreal entryWidth(const Entry &entry) const;
    qreal rowHeight() const;
    qreal sampleWidth() const;

    QChart *m_chart;
    ChartMetrics m_metrics;
    QList<Entry> m_entries;
};

} // namespace smr::ui
