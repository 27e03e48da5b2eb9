// What ChartBuilder puts in a chart (issue #6): the series of the data, a line per reference line
// with its kind's dash, the bands with the MCID/MDC hatch, the Dallas square's borders and
// quadrants, and text that grows with the drawing.

#include "ui/charts/ChartBuilder.h"
#include "support/ChartFixtures.h"
#include "ui/charts/ChartAnnotations.h"
#include "ui/charts/ChartHatching.h"
#include "ui/charts/ChartLegend.h"
#include "ui/charts/ChartRenderer.h"

#include <QImage>
#include <QPainter>
#include <QSet>

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <gtest/gtest.h>

#include <memory>

namespace smr::test {
namespace {

using ui::ChartBuilder;
using Role = ChartBuilder::Role;

std::unique_ptr<QChart> build(const ui::ChartContent &content, qreal scale = 1)
{
    return ChartBuilder(ui::ChartStyle::screen(), scale).build(content);
}

// The series of `role`, and of data index `index` when given.
template <typename S> QList<S *> seriesOf(const QChart &chart, Role role, int index = -1)
{
    QList<S *> out;
    for (QAbstractSeries *s : chart.series()) {
        auto *typed = qobject_cast<S *>(s);
        if (typed && ChartBuilder::roleOf(s) == role && (index < 0 || ChartBuilder::indexOf(s) == index))
            out << typed;
    }
    return out;
}

QList<double> values(const QXYSeries &series)
{
    QList<double> out;
    for (const QPointF &p : series.points())
        out << p.y();
    return out;
}

QStringList texts(const QChart &chart)
{
    QStringList out;
    for (const ui::ChartAnnotations::Text &t : ChartBuilder::annotations(chart)->texts())
        out << t.text;
    return out;
}

// Lays the chart out at `size` and paints it, as an export does; the annotations then know where
// each text went.
QImage paint(QChart &chart, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    ui::ChartRenderer::paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), chart);
    return image;
}

QRectF paintedRect(const QChart &chart, const QString &text)
{
    for (const auto &[shown, rect] : ChartBuilder::annotations(chart)->painted()) {
        if (shown == text)
            return rect;
    }
    return {};
}

TEST(ChartBuilderTest, CurrentAndEarlierStaysAreSeparateSeriesWithTheirPoints)
{
    const ProgressChart data = charts::berg();
    const auto chart = build(data);

    // The earlier stays: one line, hollow grey marks.
    ASSERT_EQ(seriesOf<QLineSeries>(*chart, Role::Data, 0).size(), 1);
    const QList<QScatterSeries *> earlierMarks = seriesOf<QScatterSeries>(*chart, Role::Data, 0);
    ASSERT_EQ(earlierMarks.size(), 1);
    EXPECT_EQ(earlierMarks.first()->name(), QStringLiteral("Séjours antérieurs"));
    EXPECT_EQ(values(*earlierMarks.first()), (QList<double>{38, 42, 46}));
    EXPECT_EQ(earlierMarks.first()->brush().color(), QColor(Qt::white));

    const QList<QScatterSeries *> currentMarks = seriesOf<QScatterSeries>(*chart, Role::Data, 1);
    ASSERT_EQ(currentMarks.size(), 1);
    EXPECT_EQ(currentMarks.first()->name(), QStringLiteral("Séjour en cours"));
    EXPECT_EQ(values(*currentMarks.first()), (QList<double>{32, 36, 41, 44, 47}));
    EXPECT_EQ(currentMarks.first()->brush().color(), ui::palette::kMain);
    EXPECT_EQ(currentMarks.first()->points().first().x(), qreal(charts::at(2026, 11, 2, 10, 30).toMSecsSinceEpoch()));

    // Each point is labelled with its value as the data writes it; the legend names both series.
    EXPECT_TRUE(texts(*chart).contains(QStringLiteral("47")));
    EXPECT_TRUE(texts(*chart).contains(QStringLiteral("38")));
    QStringList legend;
    for (const ui::ChartLegend::Entry &e : ChartBuilder::legend(*chart)->entries())
        legend << e.text;
    EXPECT_EQ(legend, (QStringList{QStringLiteral("Séjours antérieurs"), QStringLiteral("Séjour en cours")}));

    // The earlier stay's span is shaded, the current one is not.
    const QList<QAreaSeries *> spans = seriesOf<QAreaSeries>(*chart, Role::StaySpan);
    ASSERT_EQ(spans.size(), 1);
    EXPECT_EQ(spans.first()->lowerSeries()->at(0).x(), qreal(QDate(2025, 11, 3).startOfDay().toMSecsSinceEpoch()));
}

TEST(ChartBuilderTest, AxesSayTheUnitTheBetterWayAndTheDates)
{
    const auto berg = build(charts::berg());
    const auto *y = qobject_cast<QValueAxis *>(berg->axes(Qt::Vertical).first());
    ASSERT_NE(y, nullptr);
    EXPECT_EQ(y->titleText(), QStringLiteral("points (↑ mieux)"));
    EXPECT_EQ(y->min(), 0);
    EXPECT_EQ(y->max(), 56);
    // Berg spans the earlier stay a year before: the year is in the dates.
    EXPECT_EQ(qobject_cast<QDateTimeAxis *>(berg->axes(Qt::Horizontal).first())->format(), QStringLiteral("dd/MM/yy"));

    const auto tug = build(charts::tug());
    EXPECT_EQ(tug->axes(Qt::Vertical).first()->titleText(), QStringLiteral("s (↓ mieux)"));
    EXPECT_EQ(qobject_cast<QDateTimeAxis *>(tug->axes(Qt::Horizontal).first())->format(), QStringLiteral("dd/MM"));
    EXPECT_EQ(qobject_cast<QDateTimeAxis *>(build(charts::manyPoints(1000))->axes(Qt::Horizontal).first())->format(),
              QStringLiteral("MM/yyyy"));
}

// Each kind of reference line has its own dash: colour is never the only thing that tells them
// apart (issue #6).
struct LineCase {
    const char *name;
    ProgressChart (*chart)();
    int index;
    double value;
    ReferenceLine::Kind kind;
    Qt::PenStyle style;
};

class ReferenceLineTest : public ::testing::TestWithParam<LineCase>
{
};

TEST_P(ReferenceLineTest, IsALineAcrossTheChartAtItsValueWithItsKindsDash)
{
    const LineCase &c = GetParam();
    const ProgressChart data = c.chart();
    ASSERT_EQ(data.lines.at(c.index).kind, c.kind);
    const auto chart = build(data);
    const QList<QLineSeries *> lines = seriesOf<QLineSeries>(*chart, Role::Line, c.index);
    ASSERT_EQ(lines.size(), 1);
    const QList<QPointF> points = lines.first()->points();
    ASSERT_EQ(points.size(), 2);
    EXPECT_DOUBLE_EQ(points.at(0).y(), c.value);
    EXPECT_DOUBLE_EQ(points.at(1).y(), c.value);
    EXPECT_EQ(points.at(0).x(), qreal(data.xMin.toMSecsSinceEpoch()));
    EXPECT_EQ(points.at(1).x(), qreal(data.xMax.toMSecsSinceEpoch()));
    EXPECT_EQ(lines.first()->pen().style(), c.style);
    // Its label is written on the chart, not only in a legend.
    EXPECT_TRUE(texts(*chart).contains(data.lines.at(c.index).label));
}

INSTANTIATE_TEST_SUITE_P(
    Lines, ReferenceLineTest,
    ::testing::Values(
        // Berg < 45 (REFERENCE.md §3) and the care plan's goal.
        LineCase{"berg_cutoff", &charts::berg, 0, 45, ReferenceLine::Kind::CutOff, Qt::DashLine},
        LineCase{"berg_goal", &charts::berg, 1, 50, ReferenceLine::Kind::Goal, Qt::DashDotLine},
        // TUG 13.5 s, STEADI 12 s, the 70–79 norm (§1).
        LineCase{"tug_cutoff", &charts::tug, 0, 13.5, ReferenceLine::Kind::CutOff, Qt::DashLine},
        LineCase{"tug_steadi", &charts::tug, 1, 12, ReferenceLine::Kind::Secondary, Qt::DotLine},
        LineCase{"tug_norm", &charts::tug, 2, 9.2, ReferenceLine::Kind::Norm, Qt::SolidLine},
        // 6MWT predicted and lower limit of normal (§2).
        LineCase{"walk_predicted", &charts::sixMinuteWalk, 0, 498, ReferenceLine::Kind::Norm, Qt::SolidLine},
        LineCase{"walk_lower_limit", &charts::sixMinuteWalk, 1, 359, ReferenceLine::Kind::NormLimit,
                 Qt::DashDotDotLine},
        // ODI goal −30 % of admission (§5, Ostelo 2008).
        LineCase{"odi_goal", &charts::oswestry, 0, 32.2, ReferenceLine::Kind::Goal, Qt::DashDotLine}),
    [](const auto &test) { return std::string(test.param.name); });

TEST(ChartBuilderTest, TheGoalLineIsThickerThanTheCutOffs)
{
    const auto chart = build(charts::berg());
    const qreal cutOff = seriesOf<QLineSeries>(*chart, Role::Line, 0).first()->pen().widthF();
    const qreal goal = seriesOf<QLineSeries>(*chart, Role::Line, 1).first()->pen().widthF();
    EXPECT_GT(goal, cutOff * 1.5);
}

TEST(ChartBuilderTest, BandsAreShadedAndTheChangeBandIsHatchedFromAdmission)
{
    const ProgressChart data = charts::berg();
    const auto chart = build(data);
    const QList<QAreaSeries *> bands = seriesOf<QAreaSeries>(*chart, Role::Band);
    ASSERT_EQ(bands.size(), data.bands.size());
    // Interpretation bands: a light solid fill; 0–20 and 21–40 meet half-way, as integer scores do.
    EXPECT_EQ(bands.at(0)->brush().style(), Qt::SolidPattern);
    EXPECT_GT(bands.at(0)->brush().color().lightness(), 220);
    EXPECT_DOUBLE_EQ(bands.at(0)->upperSeries()->at(0).y(), 20.5);
    EXPECT_DOUBLE_EQ(bands.at(1)->lowerSeries()->at(0).y(), 20.5);
    for (const char *label : {"Risque élevé (0–20)", "Risque moyen (21–40)", "MDC ± 7 points"})
        EXPECT_TRUE(texts(*chart).contains(QString::fromUtf8(label))) << label;

    // The MDC band: admission 32 ± 7 (Donoghue 2009, baseline 25–34), from the admission test on,
    // bordered with a dash and hatched so that it reads in black and white.
    QAreaSeries *change = bands.at(3);
    EXPECT_DOUBLE_EQ(change->lowerSeries()->at(0).y(), 25);
    EXPECT_DOUBLE_EQ(change->upperSeries()->at(0).y(), 39);
    EXPECT_EQ(change->upperSeries()->at(0).x(), qreal(charts::at(2026, 11, 2, 10, 30).toMSecsSinceEpoch()));
    EXPECT_EQ(change->pen().style(), Qt::DashLine);
    const ui::ChartHatching *hatching = ChartBuilder::hatching(*chart);
    ASSERT_NE(hatching, nullptr);
    ASSERT_EQ(hatching->regions().size(), 1);
    EXPECT_EQ(hatching->regions().first().values,
              QRectF(QPointF(qreal(charts::at(2026, 11, 2, 10, 30).toMSecsSinceEpoch()), 39),
                     QPointF(qreal(data.xMax.toMSecsSinceEpoch()), 25)));

    // Hatched: inside the band, in grey levels, lines alternate with the background.
    const auto oswestry = build(charts::oswestry());
    const QImage image = paint(*oswestry, QSize(800, 500)).convertToFormat(QImage::Format_Grayscale8);
    const QPointF inside = oswestry->mapToPosition(QPointF(qreal(charts::at(2026, 11, 25).toMSecsSinceEpoch()), 50),
                                                   seriesOf<QAreaSeries>(*oswestry, Role::Band, 5).first());
    int changes = 0;
    int previous = -1;
    for (int dx = 0; dx < 40; ++dx) {
        const int level = qGray(image.pixel(int(inside.x()) + dx, int(inside.y()))) < 200 ? 1 : 0;
        changes += previous >= 0 && level != previous ? 1 : 0;
        previous = level;
    }
    EXPECT_GE(changes, 4);
    EXPECT_EQ(ChartBuilder::hatching(*build(charts::sixMinuteWalk())), nullptr);
}

TEST(ChartBuilderTest, DallasDimensionsEachHaveTheirMarkAndDash)
{
    const auto chart = build(charts::dallasDimensions());
    QSet<int> shapes;
    QSet<int> dashes;
    for (int i = 0; i < 4; ++i) {
        const QList<QScatterSeries *> marks = seriesOf<QScatterSeries>(*chart, Role::Data, i);
        ASSERT_EQ(marks.size(), 1);
        EXPECT_EQ(marks.first()->count(), 3);
        shapes << int(marks.first()->markerShape());
        for (QLineSeries *l : seriesOf<QLineSeries>(*chart, Role::Data, i))
            dashes << int(l->pen().style());
    }
    EXPECT_EQ(shapes.size(), 4);
    EXPECT_EQ(dashes.size(), 4);
}

TEST(ChartBuilderTest, AThousandPointsAreALineWithoutMarksOrLabels)
{
    const auto chart = build(charts::manyPoints(1000));
    EXPECT_TRUE(seriesOf<QScatterSeries>(*chart, Role::Data).isEmpty());
    const QList<QLineSeries *> lines = seriesOf<QLineSeries>(*chart, Role::Data, 0);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.first()->count(), 1000);
    for (const ui::ChartAnnotations::Text &t : ChartBuilder::annotations(*chart)->texts())
        EXPECT_NE(t.place, ui::ChartAnnotations::Place::AbovePoint);
}

TEST(ChartBuilderTest, AnEmptyChartSaysSoInItsMiddleWithoutAxes)
{
    const ProgressChart data = charts::empty();
    const auto chart = build(data);
    EXPECT_TRUE(chart->series().isEmpty());
    EXPECT_TRUE(chart->axes().isEmpty());
    paint(*chart, QSize(800, 500));
    const QRectF rect = paintedRect(*chart, data.emptyText);
    ASSERT_FALSE(rect.isEmpty());
    EXPECT_NEAR(rect.center().x(), 400, 2);
    EXPECT_NEAR(rect.center().y(), 250, 2);
}

TEST(ChartBuilderTest, TheDallasSquareHasItsBordersAxesAndQuadrants)
{
    const auto chart = build(ui::ChartContent(charts::patientSquare()));
    EXPECT_EQ(chart->title(), QStringLiteral("Carré de Dallas"));
    EXPECT_EQ(chart->axes(Qt::Horizontal).first()->titleText(), QStringLiteral("Retentissement physique (%)"));
    EXPECT_EQ(chart->axes(Qt::Vertical).first()->titleText(), QStringLiteral("Retentissement psychologique (%)"));
    const QList<QLineSeries *> borders = seriesOf<QLineSeries>(*chart, Role::Border);
    ASSERT_EQ(borders.size(), 2);
    EXPECT_EQ(borders.at(0)->points(), (QList<QPointF>{QPointF(50, 0), QPointF(50, 100)}));
    EXPECT_EQ(borders.at(1)->points(), (QList<QPointF>{QPointF(0, 50), QPointF(100, 50)}));

    // The path from admission, each point numbered and dated, an arrow on each step.
    EXPECT_TRUE(texts(*chart).contains(QStringLiteral("1 · 02/11")));
    EXPECT_TRUE(texts(*chart).contains(QStringLiteral("3 · 20/11")));

    // The known case: 61 % physical, 37,5 % psychological is medical (Grouping::suggest); its
    // point falls in the quadrant labelled "Médical", bottom right of both borders.
    paint(*chart, QSize(900, 700));
    const QPointF point = chart->mapToPosition(QPointF(61, 37.5), borders.first());
    const QPointF centre = chart->mapToPosition(QPointF(50, 50), borders.first());
    const QRectF medical = paintedRect(*chart, QStringLiteral("Médical"));
    ASSERT_FALSE(medical.isEmpty());
    EXPECT_GT(point.x(), centre.x());
    EXPECT_GT(point.y(), centre.y());
    EXPECT_GT(medical.left(), centre.x());
    EXPECT_GT(medical.top(), centre.y());
    for (const char *other : {"Comportemental", "Mixte", "Faible retentissement"}) {
        const QRectF r = paintedRect(*chart, QString::fromUtf8(other));
        ASSERT_FALSE(r.isEmpty()) << other;
        EXPECT_FALSE(r.left() > centre.x() && r.top() > centre.y()) << other;
    }
    // Physical and psychological percents at the same scale: the plot is square.
    EXPECT_NEAR(chart->plotArea().width(), chart->plotArea().height(), 2);
}

TEST(ChartBuilderTest, TheUnitSquareNamesEveryPatient)
{
    const DallasSquare square = charts::unitSquare(15);
    const auto chart = build(ui::ChartContent(square, QStringLiteral("Unité A")));
    paint(*chart, QSize(1200, 900));
    for (int i = 0; i < square.paths.size(); ++i) {
        const QString name = square.paths.at(i).name;
        EXPECT_FALSE(paintedRect(*chart, name).isEmpty()) << name.toStdString();
        // Its line, and its earlier and latest marks.
        EXPECT_EQ(seriesOf<QLineSeries>(*chart, Role::Path, i).size(), 1);
        EXPECT_EQ(seriesOf<QScatterSeries>(*chart, Role::Path, i).size(), 2);
    }
}

TEST(ChartBuilderTest, TextGrowsWithTheDrawing)
{
    const ui::ChartStyle style = ui::ChartStyle::print();
    const QSize small(800, 500);
    const QSize large(1600, 1000);
    const auto a = ChartBuilder(style, style.scaleFor(small)).build(charts::berg());
    const auto b = ChartBuilder(style, style.scaleFor(large)).build(charts::berg());
    EXPECT_NEAR(double(b->titleFont().pixelSize()) / a->titleFont().pixelSize(), 2.0, 0.1);
    EXPECT_NEAR(double(b->axes(Qt::Vertical).first()->labelsFont().pixelSize()) /
                    a->axes(Qt::Vertical).first()->labelsFont().pixelSize(),
                2.0, 0.1);
    // And so do the labels drawn on the chart.
    paint(*a, small);
    paint(*b, large);
    const QRectF labelA = paintedRect(*a, QStringLiteral("Objectif ≥ 50"));
    const QRectF labelB = paintedRect(*b, QStringLiteral("Objectif ≥ 50"));
    ASSERT_FALSE(labelA.isEmpty());
    ASSERT_FALSE(labelB.isEmpty());
    EXPECT_NEAR(labelB.height() / labelA.height(), 2.0, 0.15);
    EXPECT_NEAR(labelB.width() / labelA.width(), 2.0, 0.15);
}

} // namespace
} // namespace smr::test
