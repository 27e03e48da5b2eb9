// The chart on the screen (issue #6): tooltips, copy and export at print resolution, and the small
// multiples that open a chart large.

#include "ui/charts/ChartView.h"
#include "support/ChartFixtures.h"
#include "ui/UiTestSupport.h"
#include "ui/charts/ChartBuilder.h"
#include "ui/charts/ChartDialog.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/ChartGrid.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPushButton>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <QtCharts/QChart>
#include <QtCharts/QScatterSeries>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

using ui::ChartBuilder;
using ui::ChartView;

// The pixels of `image` that are not its white background.
int inkedPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += (line[x] & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
    }
    return count;
}

QXYSeries *marksOf(ChartView &view, int index)
{
    for (QAbstractSeries *s : view.chart()->series()) {
        if (qobject_cast<QScatterSeries *>(s) && ChartBuilder::indexOf(s) == index)
            return qobject_cast<QXYSeries *>(s);
    }
    return nullptr;
}

class ChartViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        view.setContent(charts::berg());
        view.setExportName(QStringLiteral("berg"), QStringLiteral("DUPONT"), QDate(2026, 11, 22));
        view.resize(900, 560);
        view.show();
        QApplication::processEvents();
    }

    ScriptedPrompter prompter;
    ChartView view{prompter};
    QTemporaryDir dir;
};

TEST_F(ChartViewTest, HoveringAPointTellsItsDateValueAssessorAndRemarks)
{
    QXYSeries *current = marksOf(view, 1);
    ASSERT_NE(current, nullptr);
    // Qt reports where the mouse is: near the latest point, not on it.
    const QPointF near(qreal(charts::at(2026, 11, 20, 12, 0).toMSecsSinceEpoch()), 46.6);
    view.pointHovered(current, near, true);
    EXPECT_EQ(view.currentToolTip(), QStringLiteral("20/11/2026 14:15\nSéjour en cours : 47 points\n"
                                                    "Évaluateur : MARTIN Claire\nRemarques : Sans aide, pieds joints"));
    view.pointHovered(current, near, false);
    EXPECT_EQ(view.currentToolTip(), QString());

    QXYSeries *earlier = marksOf(view, 0);
    view.pointHovered(earlier, QPointF(qreal(charts::at(2025, 11, 4).toMSecsSinceEpoch()), 38), true);
    EXPECT_EQ(view.currentToolTip(),
              QStringLiteral("04/11/2025 10:00\nSéjours antérieurs : 38 points\nÉvaluateur : MARTIN Claire"));
}

TEST_F(ChartViewTest, HoveringTheDallasSquareTellsBothImpactsAndTheQuadrant)
{
    view.setContent(ui::ChartContent(charts::patientSquare()));
    QApplication::processEvents();
    QXYSeries *path = nullptr;
    for (QAbstractSeries *s : view.chart()->series()) {
        if (ChartBuilder::roleOf(s) == ChartBuilder::Role::Path)
            path = qobject_cast<QXYSeries *>(s);
    }
    ASSERT_NE(path, nullptr);
    view.pointHovered(path, QPointF(60, 38), true);
    EXPECT_EQ(view.currentToolTip(), QStringLiteral("12/11/2026 10:00\nRetentissement physique : 61 %\n"
                                                    "Retentissement psychologique : 37,5 %\nQuadrant : Médical"));
}

TEST_F(ChartViewTest, ItsMenuCopiesAndExports)
{
    QStringList menu;
    for (QAction *a : view.actions())
        menu << a->text();
    EXPECT_EQ(menu, (QStringList{QStringLiteral("&Copier"), QStringLiteral("Exporter en &PNG…"),
                                 QStringLiteral("Exporter en &SVG…")}));
    EXPECT_EQ(view.contextMenuPolicy(), Qt::ActionsContextMenu);
}

TEST_F(ChartViewTest, CtrlCPutsThePrintImageOnTheClipboard)
{
    QApplication::clipboard()->clear();
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    const QImage copied = QApplication::clipboard()->image();
    ASSERT_FALSE(copied.isNull());
    EXPECT_EQ(copied.size(), QSize(1890, 1181)); // 16 × 10 cm at 300 dpi
    EXPECT_GT(inkedPixels(copied), copied.width() * copied.height() / 20);
}

TEST_F(ChartViewTest, ExportsAPngOfThePrintSizeAndResolution)
{
    prompter.saveFileAnswer = dir.filePath(QStringLiteral("berg-letter")); // the suffix is added
    view.exportPngAction()->trigger();
    EXPECT_TRUE(prompter.saveFileSuggested.endsWith(QStringLiteral("/berg-DUPONT-2026-11-22.png")))
        << prompter.saveFileSuggested.toStdString();
    EXPECT_TRUE(prompter.errors.isEmpty());
    const QImage image(dir.filePath(QStringLiteral("berg-letter.png")));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1890, 1181));
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 300, 0.5);
    EXPECT_NEAR(image.dotsPerMeterY() * 0.0254, 300, 0.5);
    EXPECT_GT(inkedPixels(image), image.width() * image.height() / 20);
}

TEST(ChartExportTest, APngOfTheRequestedPixelsAndResolution)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tug.png"));
    ASSERT_EQ(ui::ChartExport::writePng(path, charts::tug(), QSize(1200, 800), 150), QString());
    const QImage image(path);
    EXPECT_EQ(image.size(), QSize(1200, 800));
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 150, 0.5);
    EXPECT_GT(inkedPixels(image), image.width() * image.height() / 20);
}

TEST_F(ChartViewTest, ExportsAnSvgThatReadsBack)
{
    view.setContent(ui::ChartContent(charts::unitSquare(8)));
    view.setExportName(QString(), QStringLiteral("Unité A"), QDate(2026, 11, 22));
    prompter.saveFileAnswer = dir.filePath(QStringLiteral("unit.svg"));
    view.exportSvgAction()->trigger();
    EXPECT_TRUE(prompter.saveFileSuggested.endsWith(QStringLiteral("/dallas-square-Unité-A-2026-11-22.svg")))
        << prompter.saveFileSuggested.toStdString();
    ASSERT_TRUE(QFile::exists(prompter.saveFileAnswer.value()));
    QSvgRenderer svg(prompter.saveFileAnswer.value());
    ASSERT_TRUE(svg.isValid());
    EXPECT_EQ(svg.viewBox().size(), QSize(1890, 1181));
    QFile file(prompter.saveFileAnswer.value());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    // On paper: 16 × 10 cm; the names are text, not pixels.
    EXPECT_TRUE(text.contains("width=\"160") && text.contains("mm\"")) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains("DUPONT Marie"));
}

TEST_F(ChartViewTest, AFileThatCannotBeWrittenIsNamedInTheMessage)
{
    const QString path = dir.filePath(QStringLiteral("missing/folder/berg.png"));
    prompter.saveFileAnswer = path;
    view.exportPngAction()->trigger();
    ASSERT_EQ(prompter.errors.size(), 1);
    EXPECT_TRUE(
        prompter.errors.first().startsWith(QStringLiteral("Le graphique n'a pas pu être enregistré dans ") + path))
        << prompter.errors.first().toStdString();
    EXPECT_FALSE(QFile::exists(path));

    prompter.errors.clear();
    prompter.saveFileAnswer.reset(); // cancelled: nothing written, nothing said
    view.exportSvgAction()->trigger();
    EXPECT_TRUE(prompter.errors.isEmpty());
}

TEST(ChartGridTest, ShowsEveryChartInTwoOrThreeColumnsEachTitled)
{
    ScriptedPrompter prompter;
    ui::ChartGrid grid(prompter);
    grid.setCharts(charts::stayCharts(), charts::patientSquare());
    grid.setExportName(QStringLiteral("DUPONT"), QDate(2026, 11, 22));
    grid.resize(1400, 900);
    grid.show();
    QApplication::processEvents();
    ASSERT_EQ(grid.views().size(), 7);
    EXPECT_EQ(grid.columns(), 3);
    QStringList titles;
    for (ChartView *v : grid.views())
        titles << v->chart()->title();
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Berg — Score total"), QStringLiteral("Timed Up and Go — Temps"),
                                   QStringLiteral("Test de marche de 6 minutes — Distance"),
                                   QStringLiteral("Oswestry — Incapacité"), QStringLiteral("STarT Back — Score total"),
                                   QStringLiteral("Dallas — Dimensions"), QStringLiteral("Carré de Dallas")}));
    EXPECT_EQ(grid.views().first()->defaultFileName(QStringLiteral("png")),
              QStringLiteral("berg-DUPONT-2026-11-22.png"));
    // Every cell the same size.
    for (ChartView *v : grid.views())
        EXPECT_NEAR(v->width(), grid.views().first()->width(), 2);

    grid.resize(1000, 800);
    QApplication::processEvents();
    EXPECT_EQ(grid.columns(), 2);
}

TEST(ChartGridTest, DoubleClickOrEnterOpensTheChartLargeWithItsExports)
{
    ScriptedPrompter prompter;
    ui::ChartGrid grid(prompter);
    grid.setCharts(charts::stayCharts());
    grid.resize(1400, 900);
    grid.show();
    QApplication::processEvents();

    ChartView *tug = find<ChartView>(&grid, QStringLiteral("chartCell_tug"));
    ASSERT_NE(tug, nullptr);
    QTest::mouseDClick(tug->viewport(), Qt::LeftButton, Qt::NoModifier, tug->viewport()->rect().center());
    auto *dialog = qobject_cast<ui::ChartDialog *>(QApplication::activeModalWidget());
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->objectName(), QStringLiteral("chartDialog"));
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Timed Up and Go — Temps"));
    EXPECT_EQ(dialog->view()->chart()->title(), QStringLiteral("Timed Up and Go — Temps"));
    for (const char *button : {"copyChartButton", "exportPngButton", "exportSvgButton"})
        EXPECT_NE(dialog->findChild<QPushButton *>(QString::fromLatin1(button)), nullptr) << button;
    screenshot(dialog, QStringLiteral("charts/chart-dialog"));
    dialog->close();
    QApplication::processEvents();

    ChartView *oswestry = find<ChartView>(&grid, QStringLiteral("chartCell_oswestry"));
    oswestry->setFocus();
    QTest::keyClick(oswestry, Qt::Key_Return);
    dialog = qobject_cast<ui::ChartDialog *>(QApplication::activeModalWidget());
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Oswestry — Incapacité"));
    dialog->close();
}

} // namespace
} // namespace smr::test
