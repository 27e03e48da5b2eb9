#pragma once

#include "core/progress/ProgressChart.h"

#include <QPixmap>
#include <QWidget>

namespace smr::ui {

// A small chart of one measure over the stay on the tablet's review page: the workstation's chart
// (ChartRenderer, the same reference lines and bands) drawn at the tile's size with the screen
// style. Drawn once per size into a pixmap: scrolling the page by touch repaints nothing else.
class TrendChart : public QWidget
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setChart(const ProgressChart &chart);
    const ProgressChart &chart() const { return m_chart; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    ProgressChart m_chart;
    QPixmap m_cache;
};

} // namespace smr::ui
