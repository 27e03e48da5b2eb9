#include "ui/charts/ChartAnnotations.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPolygonF>

#include <QtCharts/QAbstractSeries>
#include <QtCharts/QChart>

#include <algorithm>
#include <cmath>

namespace smr::ui {

namespace {
// Above the series and their marks (Qt Charts draws series at z 4), under the legend (5).
constexpr qreal kAnnotationsZ = 4.5;
} // namespace

ChartAnnotations::ChartAnnotations(QChart *chart, const ChartMetrics &metrics)
    : QGraphicsObject(chart), m_chart(chart), m_metrics(metrics)
{
    setZValue(kAnnotationsZ);
    // Texts and arrows are placed from the plot area at paint time: repaint when it moves.
    connect(chart, &QChart::plotAreaChanged, this, [this] { update(); });
    connect(chart, &QGraphicsWidget::geometryChanged, this, [this] { prepareGeometryChange(); });
}

QRectF ChartAnnotations::boundingRect() const
{
    return m_chart->rect();
}

QPointF ChartAnnotations::position(const QPointF &value) const
{
    return m_reference ? m_chart->mapToPosition(value, m_reference) : QPointF();
}

QList<QRectF> ChartAnnotations::candidates(const Text &text, const QString &shown, const QRectF &plot,
                                           const QFontMetricsF &fm) const
{
    const qreal pad = m_metrics.px(0.25);
    const QSizeF size(fm.horizontalAdvance(shown) + 2 * pad, fm.height() + pad / 2);
    switch (text.place) {
    case Place::AbovePoint: {
        const QPointF p = position(text.at);
        if (!plot.adjusted(-1, -1, 1, 1).contains(p))
            return {};
        // Above, below, right, left, the four corners around the mark, then further up and down.
        const qreal gap = m_metrics.markerSize() / 2 + pad / 2;
        const qreal w = size.width();
        const qreal h = size.height();
        return {QRectF(QPointF(p.x() - w / 2, p.y() - gap - h), size),
                QRectF(QPointF(p.x() - w / 2, p.y() + gap), size),
                QRectF(QPointF(p.x() + gap, p.y() - h / 2), size),
                QRectF(QPointF(p.x() - gap - w, p.y() - h / 2), size),
                QRectF(QPointF(p.x() + gap / 2, p.y() - gap / 2 - h), size),
                QRectF(QPointF(p.x() - gap / 2 - w, p.y() - gap / 2 - h), size),
                QRectF(QPointF(p.x() + gap / 2, p.y() + gap / 2), size),
                QRectF(QPointF(p.x() - gap / 2 - w, p.y() + gap / 2), size),
                QRectF(QPointF(p.x() - w / 2, p.y() - 2 * gap - 2 * h), size),
                QRectF(QPointF(p.x() - w / 2, p.y() + 2 * gap + h), size)};
    }
    case Place::LineEnd: {
        const qreal y = position(text.at).y();
        if (y < plot.top() - 0.5 || y > plot.bottom() + 0.5 || size.width() > plot.width())
            return {};
        // Above the line at the right end, else below it, else the same in the middle.
        const qreal gap = m_metrics.penWidth(2);
        const qreal right = plot.right() - size.width() - pad;
        const qreal middle = plot.center().x() - size.width() / 2;
        QList<QRectF> out;
        for (const qreal x : {right, middle}) {
            const QRectF above(QPointF(x, y - size.height() - gap), size);
            const QRectF below(QPointF(x, y + gap), size);
            if (above.top() >= plot.top())
                out << above;
            if (below.bottom() <= plot.bottom())
                out << below;
        }
        return out;
    }
    case Place::BandStart: {
        const qreal y1 = std::clamp(position(text.at).y(), plot.top(), plot.bottom());
        const qreal y2 = std::clamp(position(text.to).y(), plot.top(), plot.bottom());
        if (std::abs(y1 - y2) < size.height() || size.width() > plot.width() / 2)
            return {};
        const qreal top = (y1 + y2 - size.height()) / 2;
        return {QRectF(QPointF(plot.left() + pad, top), size),
                QRectF(QPointF(plot.right() - pad - size.width(), top), size),
                QRectF(QPointF(plot.center().x() - size.width() / 2, top), size)};
    }
    case Place::ChangeBand: {
        const qreal x = std::max(position(text.at).x(), plot.left());
        const qreal top = std::clamp(std::min(position(text.at).y(), position(text.to).y()), plot.top(), plot.bottom());
        // Inside the band from its start, else before it, ending where it starts.
        QList<QRectF> out;
        if (x + pad + size.width() <= plot.right())
            out << QRectF(QPointF(x + pad, top + pad), size);
        if (x - pad - size.width() >= plot.left())
            out << QRectF(QPointF(x - pad - size.width(), top + pad), size);
        return out;
    }
    case Place::SpanTop: {
        const qreal x1 = std::clamp(position(text.at).x(), plot.left(), plot.right());
        const qreal x2 = std::clamp(position(text.to).x(), plot.left(), plot.right());
        if (x2 - x1 < size.width() + pad)
            return {};
        return {QRectF(QPointF((x1 + x2 - size.width()) / 2, plot.top() + pad), size)};
    }
    case Place::PlotCorner: {
        const qreal x = text.corner & Qt::AlignRight ? plot.right() - size.width() - pad : plot.left() + pad;
        const qreal y = text.corner & Qt::AlignBottom ? plot.bottom() - size.height() - pad : plot.top() + pad;
        return {QRectF(QPointF(x, y), size)};
    }
    case Place::ChartCentre: {
        const QRectF chart = m_chart->rect();
        const QRectF wrapped = fm.boundingRect(QRectF(0, 0, chart.width() * 0.8, chart.height()),
                                               Qt::AlignCenter | Qt::TextWordWrap, shown);
        QRectF r(QPointF(), wrapped.size() + QSizeF(2 * pad, pad));
        r.moveCenter(chart.center());
        return {r};
    }
    }
    return {};
}

void ChartAnnotations::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    m_painted.clear();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QRectF plot = m_chart->plotArea();
    const QRectF area = m_chart->rect();

    if (m_reference) {
        for (const Arrow &arrow : std::as_const(m_arrows))
            drawArrow(*painter, arrow);
    }

    // The marks of the labelled points are obstacles for every label; each label drawn is one too.
    QList<QRectF> taken;
    const qreal mark = m_metrics.markerSize();
    if (m_reference) {
        QList<QPointF> marks = m_marks;
        for (const Text &t : std::as_const(m_texts)) {
            if (t.place == Place::AbovePoint)
                marks << t.at;
        }
        for (const QPointF &value : std::as_const(marks)) {
            QRectF r(QPointF(), QSizeF(mark, mark));
            r.moveCenter(position(value));
            taken << r;
        }
    }
    // A value stays inside the plot: beyond it are the axes' numbers, which it would cover.
    const auto isFree = [&](const Text &t, const QRectF &r) {
        return (t.place == Place::AbovePoint ? plot : area).contains(r) &&
               std::none_of(taken.cbegin(), taken.cend(), [&r](const QRectF &o) { return o.intersects(r); });
    };

    // Placed in order of what matters: the fixed texts, the reference lines' labels, the values,
    // then the bands' and stays' labels, which give way.
    const auto rank = [](Place place) {
        switch (place) {
        case Place::PlotCorner:
        case Place::ChartCentre:
            return 0;
        case Place::LineEnd:
            return 1;
        case Place::AbovePoint:
            return 2;
        case Place::ChangeBand:
        case Place::BandStart:
            return 3;
        case Place::SpanTop:
            break;
        }
        return 4;
    };
    QList<const Text *> order;
    for (const Text &t : std::as_const(m_texts))
        order << &t;
    std::stable_sort(order.begin(), order.end(),
                     [&rank](const Text *a, const Text *b) { return rank(a->place) < rank(b->place); });

    for (const Text *text : std::as_const(order)) {
        const Text &t = *text;
        if (!m_reference && t.place != Place::ChartCentre)
            continue;
        QFont font = m_metrics.font(t.size, t.bold);
        if (t.place == Place::PlotCorner) {
            // A quadrant's name keeps to its half of a small plot.
            const qreal room = plot.width() / 2 - 3 * m_metrics.px(0.25);
            const qreal width = QFontMetricsF(font).horizontalAdvance(t.text);
            if (width > room && room > 0)
                font.setPixelSize(std::max(1, int(font.pixelSize() * room / width)));
        }
        const QFontMetricsF fm(font);
        QString shown;
        QRectF rect;
        for (const QString &option : QStringList{t.text} + t.shorter) {
            const QList<QRectF> places = candidates(t, option, plot, fm);
            if (places.isEmpty())
                continue;
            const auto free =
                std::find_if(places.cbegin(), places.cend(), [&](const QRectF &r) { return isFree(t, r); });
            if (free != places.cend()) {
                rect = *free;
            } else if (rank(t.place) <= 1 || t.always) {
                // Fixed texts, the reference lines' labels and names are always shown: where they
                // cover the least.
                const auto covered = [&](const QRectF &r) {
                    qreal covering = 0;
                    for (const QRectF &o : std::as_const(taken)) {
                        const QRectF common = o.intersected(r);
                        covering += common.width() * common.height();
                    }
                    return covering;
                };
                rect = *std::min_element(places.cbegin(), places.cend(),
                                         [&](const QRectF &a, const QRectF &b) { return covered(a) < covered(b); });
            } else {
                // A value or a band's label that would cover another is left to the tooltip.
                continue;
            }
            shown = option;
            break;
        }
        if (rect.isEmpty())
            continue;
        painter->setFont(font);
        drawText(*painter, t, shown, rect);
        taken << rect;
        m_painted.append({shown, rect});
    }
    painter->restore();
}

void ChartAnnotations::drawText(QPainter &painter, const Text &text, const QString &shown, const QRectF &rect)
{
    if (text.place != Place::PlotCorner) {
        // A light background keeps a label readable over lines, fills and hatches.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, text.place == Place::ChartCentre ? 255 : 215));
        painter.drawRoundedRect(rect, rect.height() / 6, rect.height() / 6);
    }
    painter.setPen(text.colour.isValid() ? text.colour : palette::kText);
    const int flags = text.place == Place::ChartCentre ? Qt::AlignCenter | Qt::TextWordWrap : Qt::AlignCenter;
    painter.drawText(rect, flags, shown);
}

void ChartAnnotations::drawArrow(QPainter &painter, const Arrow &arrow) const
{
    const QPointF from = position(arrow.from);
    const QPointF to = position(arrow.to);
    const QLineF line(from, to);
    const qreal head = m_metrics.px(0.9);
    // Half-way along the segment, clear of the marks and the labels at its ends; left out when
    // the segment is too short to carry it.
    if (line.length() < m_metrics.markerSize() + head * 2)
        return;
    const QPointF unit = (to - from) / line.length();
    const QPointF normal(-unit.y(), unit.x());
    const QPointF tip = from + (to - from) * 0.5 + unit * head / 2;
    const QPolygonF polygon{tip, tip - unit * head + normal * head * 0.45, tip - unit * head - normal * head * 0.45};
    painter.setPen(Qt::NoPen);
    painter.setBrush(arrow.colour);
    painter.drawPolygon(polygon);
}

} // namespace smr::ui
