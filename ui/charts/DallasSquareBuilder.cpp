// The Dallas square half of ChartBuilder: physical against psychological impact, the 50 %
// borders, the quadrants named as the groups for collective sessions are, and the paths.

#include "core/orientation/Grouping.h"
#include "ui/charts/ChartAnnotations.h"
#include "ui/charts/ChartBuilder.h"

#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

namespace smr::ui {

QString ChartBuilder::physicalAxisTitle()
{
    return tr("Physical impact (%)");
}

QString ChartBuilder::psychologicalAxisTitle()
{
    return tr("Psychological impact (%)");
}

std::unique_ptr<QChart> ChartBuilder::build(const DallasSquare &square, const QString &title) const
{
    std::unique_ptr<QChart> chart = makeChart(title.isEmpty() ? tr("Dallas square") : title);
    Parts parts{*chart, *annotations(*chart), *legend(*chart)};
    bool any = false;
    for (const DallasSquare::Path &path : square.paths)
        any = any || !path.points.isEmpty();
    if (!any) {
        showEmpty(parts, square.emptyText);
        return chart;
    }
    chart->setProperty(kSquareProperty, true);

    // Clinical reference §4: both impacts 0–100 %, the 50 % lines as the quadrants' borders.
    const auto axis = [this](const QString &text) {
        auto *a = new QValueAxis;
        a->setRange(0, 100);
        a->setTickType(QValueAxis::TicksDynamic);
        a->setTickAnchor(0);
        a->setTickInterval(10);
        a->setLabelFormat(QStringLiteral("%.0f"));
        a->setTitleText(text);
        styleAxis(a);
        return a;
    };
    chart->addAxis(axis(physicalAxisTitle()), Qt::AlignBottom);
    chart->addAxis(axis(psychologicalAxisTitle()), Qt::AlignLeft);

    const QPen borderPen(palette::kText, m_metrics.penWidth(1.6));
    for (const auto &[from, to] : {std::pair{QPointF(50, 0), QPointF(50, 100)}, {QPointF(0, 50), QPointF(100, 50)}}) {
        auto *border = new QLineSeries;
        border->append({from, to});
        border->setName(tr("50 % border"));
        border->setPen(borderPen);
        attach(*chart, border, Role::Border, 0);
    }
    parts.notes.setReferenceSeries(chart->series().first());

    // Grouping::suggest: physical > 50 and psychological ≤ 50 is medical, the inverse
    // behavioural, both above mixed, neither low impact.
    const struct {
        Group group;
        Qt::Alignment corner;
    } quadrants[] = {{Group::Behavioural, Qt::AlignLeft | Qt::AlignTop},
                     {Group::Mixed, Qt::AlignRight | Qt::AlignTop},
                     {Group::LowImpact, Qt::AlignLeft | Qt::AlignBottom},
                     {Group::Medical, Qt::AlignRight | Qt::AlignBottom}};
    for (const auto &q : quadrants) {
        ChartAnnotations::Text label;
        label.place = ChartAnnotations::Place::PlotCorner;
        label.corner = q.corner;
        label.text = kGroups.shortLabel(q.group);
        label.colour = QColor(0x70, 0x70, 0x70);
        label.size = 1.15;
        label.bold = true;
        parts.notes.addText(label);
    }

    addPaths(parts, square);
    fitToSize(*chart, m_metrics.style().referenceSize * m_metrics.scale());
    return chart;
}

void ChartBuilder::addPaths(Parts &parts, const DallasSquare &square) const
{
    // A patient's own square: one path in the main colour, its points numbered from admission.
    // The unit's square: one path per patient, each its colour and mark, named at its latest point.
    const bool unit = square.paths.size() > 1 || (!square.paths.isEmpty() && !square.paths.first().name.isEmpty());
    for (int i = 0; i < square.paths.size(); ++i) {
        const DallasSquare::Path &path = square.paths.at(i);
        if (path.points.isEmpty())
            continue;
        const QColor colour = unit ? palette::series(i) : palette::kMain;
        QList<QPointF> points;
        for (const SquarePoint &p : path.points)
            points << QPointF(p.physical, p.psychological);

        auto *line = new QLineSeries;
        line->append(points);
        line->setName(path.name);
        QPen pen(colour, m_metrics.penWidth(unit ? 1.4 : 1.8));
        pen.setCapStyle(Qt::FlatCap);
        line->setPen(pen);
        attach(parts.chart, line, Role::Path, i);
        for (int k = 1; k < points.size(); ++k)
            parts.notes.addArrow({points.at(k - 1), points.at(k), colour});

        // Earlier points hollow, the latest filled: where the patient is now.
        const QScatterSeries::MarkerShape shape = unit ? marks::markerShape(i) : QScatterSeries::MarkerShapeCircle;
        for (const bool latest : {false, true}) {
            const QList<QPointF> part = latest ? points.mid(points.size() - 1) : points.first(points.size() - 1);
            if (part.isEmpty())
                continue;
            auto *markers = new QScatterSeries;
            markers->append(part);
            markers->setName(path.name);
            markers->setMarkerShape(shape);
            markers->setMarkerSize(m_metrics.markerSize() * (latest ? 1.15 : 1));
            markers->setPen(QPen(colour, m_metrics.penWidth(latest ? 0.8 : 1.3)));
            markers->setBrush(latest ? colour : QColor(Qt::white));
            attach(parts.chart, markers, Role::Path, i);
        }

        if (unit) {
            for (const QPointF &p : std::as_const(points))
                parts.notes.addMark(p);
            ChartAnnotations::Text label;
            label.place = ChartAnnotations::Place::AbovePoint;
            label.text = path.name;
            label.always = true;
            label.at = points.last();
            label.colour = colour.darker(130);
            label.size = 0.8;
            parts.notes.addText(label);
            continue;
        }
        for (int k = 0; k < path.points.size(); ++k) {
            ChartAnnotations::Text label;
            label.place = ChartAnnotations::Place::AbovePoint;
            label.text = tr("%1 · %2").arg(k + 1).arg(path.points.at(k).label);
            label.shorter = {QString::number(k + 1)};
            label.at = points.at(k);
            label.colour = colour.darker(130);
            label.size = 0.9;
            label.bold = k == path.points.size() - 1;
            parts.notes.addText(label);
        }
    }
}

} // namespace smr::ui
