#include "ui/charts/ChartBuilder.h"

#include "ui/charts/ChartAnnotations.h"
#include "ui/charts/ChartHatching.h"
#include "ui/charts/ChartLegend.h"

#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLocale>

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace smr::ui {

QString ChartContent::displayTitle() const
{
    if (const ProgressChart *p = progress())
        return p->title;
    return title.isEmpty() ? ChartBuilder::tr("Dallas square") : title;
}

namespace {

// Widens the margins on the longer side until the plot is square: Qt Charts lays the axes out,
// so the plot is measured after a layout pass, not estimated.
void fitSquare(QChart &chart, const QMargins &margins)
{
    chart.setMargins(margins);
    chart.layout()->activate();
    const QRectF plot = chart.plotArea();
    if (plot.isEmpty())
        return;
    const int excess = qRound(std::abs(plot.width() - plot.height()) / 2);
    QMargins square = margins;
    if (plot.width() > plot.height()) {
        square.setLeft(margins.left() + excess);
        square.setRight(margins.right() + excess);
    } else {
        square.setTop(margins.top() + excess);
        square.setBottom(margins.bottom() + excess);
    }
    chart.setMargins(square);
    chart.layout()->activate();
}

// A step of 1, 2 or 5 × 10ⁿ giving about `ticks` intervals over `range`.
double niceStep(double range, int ticks)
{
    if (range <= 0)
        return 1;
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double n = raw / magnitude;
    return (n < 1.5 ? 1 : n < 3 ? 2 : n < 7 ? 5 : 10) * magnitude;
}

int decimalsOf(double step)
{
    return step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
}

qreal msecs(const QDateTime &at)
{
    return qreal(at.toMSecsSinceEpoch());
}

QColor darker(const QColor &colour)
{
    return colour.darker(140);
}

template <typename T> T *childOf(const QChart &chart)
{
    for (QGraphicsItem *child : chart.childItems()) {
        if (auto *item = dynamic_cast<T *>(child))
            return item;
    }
    return nullptr;
}

// Runs of consecutive points of one stay: a series is never drawn as a line across the years
// between two stays.
QList<QList<ChartPoint>> runsByStay(const QList<ChartPoint> &points)
{
    QList<QList<ChartPoint>> runs;
    for (const ChartPoint &p : points) {
        if (runs.isEmpty() || runs.last().last().stay != p.stay)
            runs.append(QList<ChartPoint>());
        runs.last().append(p);
    }
    return runs;
}

QAreaSeries *area(const QRectF &values)
{
    auto *series = new QAreaSeries;
    auto *upper = new QLineSeries(series);
    auto *lower = new QLineSeries(series);
    upper->append({values.topLeft(), values.topRight()});
    lower->append({values.bottomLeft(), values.bottomRight()});
    series->setUpperSeries(upper);
    series->setLowerSeries(lower);
    return series;
}

// How a series is drawn: the current stay in the main colour with filled marks, earlier stays
// grey, dashed and hollow, each Dallas dimension its colour, mark shape and dash.
struct SeriesLook {
    QColor colour = palette::kMain;
    QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle;
    Qt::PenStyle dash = Qt::SolidLine;
    bool hollow = false;
    qreal lineWidth = 1.8;
};

SeriesLook lookOf(ChartSeries::Role role, int dimension)
{
    SeriesLook look;
    switch (role) {
    case ChartSeries::Role::CurrentStay:
        break;
    case ChartSeries::Role::EarlierStays:
        look.colour = palette::kGrey;
        look.dash = Qt::DashLine;
        look.hollow = true;
        look.lineWidth = 1.2;
        break;
    case ChartSeries::Role::Dimension:
        look.colour = palette::series(dimension);
        look.shape = marks::markerShape(dimension);
        look.dash = marks::dash(dimension);
        break;
    }
    return look;
}

} // namespace

ChartBuilder::ChartBuilder(const ChartStyle &style, qreal scale) : m_metrics(style, scale) {}

std::optional<ChartBuilder::Role> ChartBuilder::roleOf(const QAbstractSeries *series)
{
    const QVariant role = series ? series->property(kRoleProperty) : QVariant();
    if (!role.isValid())
        return std::nullopt;
    return Role(role.toInt());
}

int ChartBuilder::indexOf(const QAbstractSeries *series)
{
    return series ? series->property(kIndexProperty).toInt() : -1;
}

ChartAnnotations *ChartBuilder::annotations(const QChart &chart)
{
    return childOf<ChartAnnotations>(chart);
}

ChartLegend *ChartBuilder::legend(const QChart &chart)
{
    return childOf<ChartLegend>(chart);
}

ChartHatching *ChartBuilder::hatching(const QChart &chart)
{
    return childOf<ChartHatching>(chart);
}

std::unique_ptr<QChart> ChartBuilder::build(const ChartContent &content) const
{
    if (const ProgressChart *p = content.progress())
        return build(*p);
    return build(*content.square(), content.title);
}

std::unique_ptr<QChart> ChartBuilder::makeChart(const QString &title) const
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setFont(m_metrics.font());
    chart->setTitle(title);
    chart->setTitleFont(m_metrics.font(1.25, true));
    chart->setTitleBrush(palette::kText);
    const int margin = qRound(m_metrics.px(0.5));
    chart->setProperty(kMarginProperty, margin);
    chart->setMargins(QMargins(margin, margin / 2, margin, margin / 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // Axis labels in the user's language: 14,5 in French.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->hide();
    new ChartAnnotations(chart.get(), m_metrics);
    new ChartLegend(chart.get(), m_metrics);
    return chart;
}

void ChartBuilder::styleAxis(QAbstractAxis *axis) const
{
    axis->setLabelsFont(m_metrics.font(0.9));
    axis->setLabelsBrush(palette::kText);
    axis->setTitleFont(m_metrics.font(0.95));
    axis->setTitleBrush(palette::kText);
    axis->setLinePen(QPen(palette::kGrey, m_metrics.penWidth()));
    axis->setGridLinePen(QPen(QColor(0xE0, 0xE0, 0xE0), m_metrics.penWidth(0.7)));
}

void ChartBuilder::attach(QChart &chart, QAbstractSeries *series, Role role, int index) const
{
    series->setProperty(kRoleProperty, int(role));
    series->setProperty(kIndexProperty, index);
    chart.addSeries(series);
    for (QAbstractAxis *axis : chart.axes())
        series->attachAxis(axis);
}

void ChartBuilder::showEmpty(Parts &parts, const QString &text) const
{
    ChartAnnotations::Text t;
    t.place = ChartAnnotations::Place::ChartCentre;
    t.text = text;
    t.colour = palette::kGrey.darker(130);
    t.size = 1.2;
    parts.notes.addText(t);
}

std::unique_ptr<QChart> ChartBuilder::build(const ProgressChart &data) const
{
    std::unique_ptr<QChart> chart = makeChart(data.title);
    Parts parts{*chart, *annotations(*chart), *legend(*chart)};
    if (data.isEmpty() || !data.xMin.isValid() || !data.xMax.isValid()) {
        showEmpty(parts, data.emptyText);
        return chart;
    }

    auto *x = new QDateTimeAxis;
    x->setRange(data.xMin, data.xMax);
    const qint64 days = data.xMin.daysTo(data.xMax);
    // dd/MM within a year; beyond, the year is needed: dd/MM/yy, or MM/yyyy over several years.
    x->setFormat(days <= 366       ? QStringLiteral("dd/MM")
                 : days <= 3 * 366 ? QStringLiteral("dd/MM/yy")
                                   : QStringLiteral("MM/yyyy"));
    auto *y = new QValueAxis;
    y->setRange(data.yMin, data.yMax);
    const double step = niceStep(data.yMax - data.yMin, 6);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(QStringLiteral("%.%1f").arg(decimalsOf(step)));
    // Which way is better, read at a glance in the small multiples where both ways sit together.
    y->setTitleText(data.direction == Measure::Direction::HigherIsBetter ? tr("%1 (↑ better)").arg(data.unit)
                                                                         : tr("%1 (↓ better)").arg(data.unit));
    styleAxis(x);
    styleAxis(y);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // Back to front: fills (the hatch on them), the stays, then lines, then the points.
    addBands(parts, data);
    addStaySpans(parts, data);
    addLines(parts, data);
    addDataSeries(parts, data);
    addPointLabels(parts, data);
    parts.notes.setReferenceSeries(chart->series().first());
    fitToSize(*chart, m_metrics.style().referenceSize * m_metrics.scale());
    return chart;
}

void ChartBuilder::addBands(Parts &parts, const ProgressChart &data) const
{
    // Interpretation bands of a whole-number score (Berg 0–20, 21–40) leave a step between them:
    // drawn meeting half-way, as the scores they hold would be plotted.
    const double resolution = std::pow(10.0, -data.decimals);
    QList<ValueBand> bands = data.bands;
    for (ValueBand &a : bands) {
        for (const ValueBand &b : std::as_const(data.bands)) {
            if (a.kind != ValueBand::Kind::Interpretation || b.kind != ValueBand::Kind::Interpretation)
                continue;
            if (const double above = b.from - a.to; above > 0 && above <= resolution + 1e-9)
                a.to += above / 2;
            if (const double below = a.from - b.to; below > 0 && below <= resolution + 1e-9)
                a.from -= below / 2;
        }
    }
    QList<std::pair<QAbstractSeries *, QRectF>> hatched;
    for (int i = 0; i < bands.size(); ++i) {
        const ValueBand &band = bands.at(i);
        const qreal from = band.start.isValid() ? std::max(msecs(band.start), msecs(data.xMin)) : msecs(data.xMin);
        const QRectF values(QPointF(from, band.to), QPointF(msecs(data.xMax), band.from));
        QAreaSeries *series = area(values);
        series->setName(band.label);
        series->setBrush(marks::bandBrush(band));
        const bool change = band.kind == ValueBand::Kind::ChangeThreshold;
        series->setPen(change ? QPen(marks::changeBandColour(), m_metrics.penWidth(0.8), Qt::DashLine)
                              : QPen(Qt::NoPen));
        attach(parts.chart, series, Role::Band, i);
        if (change)
            hatched.append({series, values});

        ChartAnnotations::Text label;
        label.text = band.label;
        label.at = QPointF(from, band.from);
        label.to = QPointF(from, band.to);
        label.size = 0.85;
        label.place = change ? ChartAnnotations::Place::ChangeBand : ChartAnnotations::Place::BandStart;
        label.colour = change                                    ? marks::changeBandColour()
                       : band.kind == ValueBand::Kind::NormRange ? darker(palette::kGreen)
                                                                 : darker(marks::severityColour(band.severity));
        parts.notes.addText(label);
    }
    // Added after every band, so that it stacks above all their fills and under what follows.
    if (!hatched.isEmpty()) {
        auto *hatching = new ChartHatching(&parts.chart, hatched.first().first, m_metrics);
        QColor hatch = marks::changeBandColour();
        hatch.setAlpha(150);
        for (const auto &[series, values] : std::as_const(hatched))
            hatching->addRegion({values, hatch});
    }
}

void ChartBuilder::addStaySpans(Parts &parts, const ProgressChart &data) const
{
    for (int i = 0; i < data.stays.size(); ++i) {
        const StaySpan &span = data.stays.at(i);
        if (span.current || !span.from.isValid())
            continue;
        const qreal from = msecs(span.from.startOfDay());
        const qreal to = msecs((span.to.isValid() ? span.to : span.from).addDays(1).startOfDay());
        QAreaSeries *series = area(QRectF(QPointF(from, data.yMax), QPointF(to, data.yMin)));
        series->setName(span.label);
        // Translucent grey over the bands, so that they still show through an earlier stay.
        series->setBrush(QColor(0x60, 0x60, 0x60, 38));
        series->setPen(QPen(QColor(0x90, 0x90, 0x90), m_metrics.penWidth(0.6), Qt::DotLine));
        attach(parts.chart, series, Role::StaySpan, i);

        ChartAnnotations::Text label;
        label.place = ChartAnnotations::Place::SpanTop;
        label.text = span.label;
        // A span too narrow for its dates still says what it is.
        label.shorter = {tr("Earlier stay")};
        label.at = QPointF(from, data.yMax);
        label.to = QPointF(to, data.yMax);
        label.colour = palette::kGrey.darker(150);
        label.size = 0.8;
        parts.notes.addText(label);
    }
}

void ChartBuilder::addLines(Parts &parts, const ProgressChart &data) const
{
    for (int i = 0; i < data.lines.size(); ++i) {
        const ReferenceLine &line = data.lines.at(i);
        auto *series = new QLineSeries;
        series->append({QPointF(msecs(data.xMin), line.value), QPointF(msecs(data.xMax), line.value)});
        series->setName(line.label);
        series->setPen(marks::referenceLinePen(line.kind, m_metrics));
        attach(parts.chart, series, Role::Line, i);

        ChartAnnotations::Text label;
        label.place = ChartAnnotations::Place::LineEnd;
        label.text = line.label;
        label.at = QPointF(msecs(data.xMin), line.value);
        label.colour = darker(marks::referenceLineColour(line.kind));
        label.size = 0.9;
        label.bold = line.kind == ReferenceLine::Kind::Goal;
        parts.notes.addText(label);
    }
}

void ChartBuilder::addDataSeries(Parts &parts, const ProgressChart &data) const
{
    int dimension = 0;
    for (int i = 0; i < data.series.size(); ++i) {
        const ChartSeries &s = data.series.at(i);
        if (s.points.isEmpty())
            continue;
        const SeriesLook look = lookOf(s.role, s.role == ChartSeries::Role::Dimension ? dimension++ : 0);
        QPen linePen(look.colour, m_metrics.penWidth(look.lineWidth), look.dash);
        linePen.setCapStyle(Qt::FlatCap);
        for (const QList<ChartPoint> &run : runsByStay(s.points)) {
            auto *line = new QLineSeries;
            QList<QPointF> points;
            points.reserve(run.size());
            for (const ChartPoint &p : run)
                points << QPointF(msecs(p.at), p.value);
            line->append(points);
            line->setName(s.name);
            line->setPen(linePen);
            attach(parts.chart, line, Role::Data, i);
        }
        // A mark per point up to kMarkedPoints: Qt Charts makes one graphics item per mark.
        const bool marked = s.points.size() <= kMarkedPoints;
        if (marked) {
            auto *markers = new QScatterSeries;
            QList<QPointF> points;
            points.reserve(s.points.size());
            for (const ChartPoint &p : s.points)
                points << QPointF(msecs(p.at), p.value);
            markers->append(points);
            markers->setName(s.name);
            markers->setMarkerShape(look.shape);
            markers->setMarkerSize(m_metrics.markerSize());
            markers->setPen(QPen(look.colour, m_metrics.penWidth(look.hollow ? 1.3 : 0.8)));
            markers->setBrush(look.hollow ? QColor(Qt::white) : look.colour);
            attach(parts.chart, markers, Role::Data, i);
        }
        ChartLegend::Entry entry;
        entry.text = s.name;
        entry.colour = look.colour;
        entry.shape = look.shape;
        entry.marked = marked;
        entry.hollow = look.hollow;
        entry.line = look.dash;
        entry.lineWidth = look.lineWidth;
        if (s.role == ChartSeries::Role::EarlierStays)
            entry.swatch = QColor(0x60, 0x60, 0x60, 38);
        parts.legend.addEntry(entry);
    }
}

void ChartBuilder::addPointLabels(Parts &parts, const ProgressChart &data) const
{
    int count = 0;
    for (const ChartSeries &s : data.series)
        count += int(s.points.size());
    if (count > kLabelledPoints)
        return;
    // The latest values first: when labels crowd, those are the ones that keep a place.
    struct Label {
        const ChartSeries *series;
        const ChartPoint *point;
        QColor colour;
    };
    QList<Label> labels;
    int dimension = 0;
    for (const ChartSeries &s : data.series) {
        const SeriesLook look = lookOf(s.role, s.role == ChartSeries::Role::Dimension ? dimension++ : 0);
        for (const ChartPoint &p : s.points)
            labels.append({&s, &p, look.colour});
    }
    std::stable_sort(labels.begin(), labels.end(), [](const Label &a, const Label &b) {
        const bool aEarlier = a.series->role == ChartSeries::Role::EarlierStays;
        const bool bEarlier = b.series->role == ChartSeries::Role::EarlierStays;
        return aEarlier != bEarlier ? bEarlier : a.point->at > b.point->at;
    });
    for (const Label &l : std::as_const(labels)) {
        ChartAnnotations::Text label;
        label.place = ChartAnnotations::Place::AbovePoint;
        label.text = l.point->label;
        label.at = QPointF(msecs(l.point->at), l.point->value);
        label.colour = darker(l.colour);
        label.size = 0.85;
        label.bold = l.series->role == ChartSeries::Role::CurrentStay;
        parts.notes.addText(label);
    }
}

void ChartBuilder::fitToSize(QChart &chart, const QSizeF &size)
{
    for (QAbstractAxis *axis : chart.axes(Qt::Horizontal)) {
        auto *dates = qobject_cast<QDateTimeAxis *>(axis);
        if (!dates)
            continue;
        // One date every two label widths of the plot (about 85 % of the chart's width).
        const QFontMetricsF fm(dates->labelsFont());
        const qreal room = fm.horizontalAdvance(QDateTime(QDate(2026, 12, 28), QTime()).toString(dates->format())) * 2;
        dates->setTickCount(std::clamp(int(size.width() * 0.85 / room) + 1, 2, 14));
    }
    // The square's 0–100 % axes: a label every 10 % when there is room for it, else every 25 %.
    if (chart.property(kSquareProperty).toBool()) {
        for (QAbstractAxis *axis : chart.axes()) {
            if (auto *values = qobject_cast<QValueAxis *>(axis)) {
                const qreal side = std::min(size.width(), size.height());
                values->setTickInterval(side < 480 ? 25 : 10);
            }
        }
    }
    // The legend takes its rows under the axes.
    const int margin = chart.property(kMarginProperty).toInt();
    const ChartLegend *entries = legend(chart);
    const int legendHeight = entries ? int(std::ceil(entries->heightFor(size.width()))) : 0;
    QMargins margins(margin, margin / 2, margin, margin / 2 + legendHeight);
    if (!chart.property(kSquareProperty).toBool() || chart.size() != size) {
        chart.setMargins(margins);
        // Laid out now rather than at the next event loop: a rendering paints right after.
        chart.layout()->activate();
        return;
    }
    // The last label of the bottom axis ("100") stands half beyond the plot.
    const QList<QAbstractAxis *> x = chart.axes(Qt::Horizontal);
    if (!x.isEmpty())
        margins.setRight(margin +
                         qRound(QFontMetricsF(x.first()->labelsFont()).horizontalAdvance(QStringLiteral("100")) / 2));
    fitSquare(chart, margins);
}

} // namespace smr::ui
