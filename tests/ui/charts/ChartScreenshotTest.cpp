// Pictures of the progress charts (issue #6) for review, in <build>/screenshots/charts/: each
// instrument's chart on the screen, the Dallas dimensions and squares, the small multiples, and
// the renderings for a projector and for paper. Each test also checks the picture is drawn.

#include "support/ChartFixtures.h"
#include "ui/UiTestSupport.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/ChartGrid.h"
#include "ui/charts/ChartRenderer.h"
#include "ui/charts/ChartView.h"

#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

using ui::ChartContent;
using ui::ChartView;

struct Shot {
    const char *name;
    ChartContent (*content)();
};

class ChartScreenshotTest : public ::testing::TestWithParam<Shot>
{
};

TEST_P(ChartScreenshotTest, OnTheScreen)
{
    ScriptedPrompter prompter;
    ChartView view(prompter);
    view.setContent(GetParam().content());
    view.show();
    const QString path = screenshot(&view, QStringLiteral("charts/") + QLatin1String(GetParam().name), QSize(900, 560));
    EXPECT_FALSE(QImage(path).isNull());
}

INSTANTIATE_TEST_SUITE_P(Charts, ChartScreenshotTest,
                         ::testing::Values(Shot{"berg", [] { return ChartContent(charts::berg()); }},
                                           Shot{"tug", [] { return ChartContent(charts::tug()); }},
                                           Shot{"6mwt", [] { return ChartContent(charts::sixMinuteWalk()); }},
                                           Shot{"oswestry", [] { return ChartContent(charts::oswestry()); }},
                                           Shot{"startback", [] { return ChartContent(charts::startBack()); }},
                                           Shot{"dallas-dimensions",
                                                [] { return ChartContent(charts::dallasDimensions()); }},
                                           Shot{"dallas-square", [] { return ChartContent(charts::patientSquare()); }},
                                           Shot{"unit-square",
                                                [] {
                                                    return ChartContent(charts::unitSquare(15),
                                                                        QStringLiteral("Unité A — Carré de Dallas"));
                                                }},
                                           Shot{"empty", [] { return ChartContent(charts::empty()); }},
                                           Shot{"many-points", [] { return ChartContent(charts::manyPoints(1000)); }}),
                         [](const auto &test) {
                             std::string name = test.param.name;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(ChartScreenshots, SmallMultiplesOnOneScreen)
{
    ScriptedPrompter prompter;
    ui::ChartGrid grid(prompter);
    grid.setCharts(charts::stayCharts(), charts::patientSquare());
    grid.show();
    screenshot(&grid, QStringLiteral("charts/small-multiples"), QSize(1400, 900));
    EXPECT_EQ(grid.columns(), 3);
}

TEST(ChartScreenshots, ProjectorAndPaper)
{
    const QSize projector(1920, 1080);
    screenshot(ui::ChartRenderer::image(charts::berg(), projector, 96, ui::ChartStyle::projector()),
               QStringLiteral("charts/projector-berg"));
    screenshot(
        ui::ChartRenderer::image(ChartContent(charts::unitSquare(15)), projector, 96, ui::ChartStyle::projector()),
        QStringLiteral("charts/projector-unit-square"));

    // Paper: the PNG export itself, and the SVG export drawn back.
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("berg.png"));
    ASSERT_EQ(ui::ChartExport::writePng(png, charts::berg()), QString());
    screenshot(QImage(png), QStringLiteral("charts/print-berg"));
    const QString svg =
        screenshotPath(QStringLiteral("charts/print-tug")).replace(QLatin1String(".png"), QLatin1String(".svg"));
    ASSERT_EQ(ui::ChartExport::writeSvg(svg, charts::tug()), QString());
    QSvgRenderer renderer(svg);
    QImage drawn(renderer.viewBox().size(), QImage::Format_ARGB32);
    drawn.fill(Qt::white);
    QPainter painter(&drawn);
    renderer.render(&painter);
    painter.end();
    screenshot(drawn, QStringLiteral("charts/print-tug-svg"));
}

} // namespace
} // namespace smr::test
