#include "ui/tablet/TrendChart.h"

#include "ui/charts/ChartRenderer.h"
#include "ui/charts/ChartStyle.h"

#include <QPainter>

namespace smr::ui {

TrendChart::TrendChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trendChart"));
    setMinimumHeight(180);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TrendChart::setChart(const ProgressChart &chart)
{
    m_chart = chart;
    m_cache = QPixmap();
    update();
}

void TrendChart::resizeEvent(QResizeEvent *event)
{
    m_cache = QPixmap();
    QWidget::resizeEvent(event);
}

void TrendChart::paintEvent(QPaintEvent *)
{
    if (m_cache.size() != size() * devicePixelRatioF()) {
        m_cache = QPixmap(size() * devicePixelRatioF());
        m_cache.setDevicePixelRatio(devicePixelRatioF());
        m_cache.fill(Qt::white);
        QPainter painter(&m_cache);
        // The screen style at a small reference size: its text stays readable on a tile.
        ChartStyle style = ChartStyle::screen();
        style.referenceSize = QSizeF(520, 260);
        style.basePixelSize = 15;
        ChartRenderer::render(painter, QRectF(QPointF(0, 0), QSizeF(size())), m_chart, style);
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);
}

} // namespace smr::ui
