// Issue #6: a chart of 1,000 points builds and renders in under 50 ms. Measured as the export
// draws it: built by ChartBuilder for the size, laid out and painted into a 1200 × 800 image.

#include "BenchTargets.h"
#include "support/ChartFixtures.h"
#include "ui/charts/ChartRenderer.h"

#include <QImage>
#include <QPainter>

namespace {

void BM_ChartOf1000Points(benchmark::State &state)
{
    const smr::ProgressChart chart = smr::test::charts::manyPoints(1000);
    QImage image(1200, 800, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        image.fill(Qt::white);
        QPainter painter(&image);
        smr::ui::ChartRenderer::render(painter, QRectF(0, 0, 1200, 800), chart, smr::ui::ChartStyle::screen());
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
}

} // namespace

SMRDESK_BENCHMARK(BM_ChartOf1000Points, 50);
