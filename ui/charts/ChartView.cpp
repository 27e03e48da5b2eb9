#include "ui/charts/ChartView.h"

#include "ui/charts/ChartRenderer.h"
#include "ui/charts/ChartText.h"
#include "ui/common/Prompter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCursor>
#include <QDir>
#include <QKeyEvent>
#include <QLineF>
#include <QMimeData>
#include <QStandardPaths>
#include <QToolTip>

#include <QtCharts/QChart>
#include <QtCharts/QXYSeries>

#include <limits>

namespace smr::ui {

ChartView::ChartView(Prompter &prompter, QWidget *parent)
    : QChartView(parent)
    , m_prompter(prompter)
    , m_copy(new QAction(tr("&Copy"), this))
    , m_exportPng(new QAction(tr("Export as &PNG…"), this))
    , m_exportSvg(new QAction(tr("Export as &SVG…"), this))
{
    setObjectName(QStringLiteral("chartView"));
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(kMinimumSize);
    m_copy->setObjectName(QStringLiteral("copyChartAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_exportPng->setObjectName(QStringLiteral("exportPngAction"));
    m_exportSvg->setObjectName(QStringLiteral("exportSvgAction"));
    for (QAction *a : {m_copy, m_exportPng, m_exportSvg}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copy, &QAction::triggered, this, &ChartView::copyToClipboard);
    connect(m_exportPng, &QAction::triggered, this, &ChartView::exportPng);
    connect(m_exportSvg, &QAction::triggered, this, &ChartView::exportSvg);
    setContent(ProgressChart());
}

ChartView::~ChartView() = default;

void ChartView::setContent(const ChartContent &content)
{
    m_content = content;
    rebuild();
}

void ChartView::rebuild()
{
    m_toolTip.clear();
    QChart *old = chart();
    std::unique_ptr<QChart> built = ChartBuilder(ChartStyle::screen()).build(m_content);
    for (QAbstractSeries *s : built->series()) {
        const std::optional<ChartBuilder::Role> role = ChartBuilder::roleOf(s);
        auto *xy = qobject_cast<QXYSeries *>(s);
        if (!xy || (role != ChartBuilder::Role::Data && role != ChartBuilder::Role::Path))
            continue;
        connect(xy, &QXYSeries::hovered, this,
                [this, xy](const QPointF &value, bool entered) { pointHovered(xy, value, entered); });
    }
    setChart(built.release());
    // setChart hands the previous chart back to us.
    delete old;
    ChartBuilder::fitToSize(*chart(), chart()->size());
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (chart())
        ChartBuilder::fitToSize(*chart(), chart()->size());
    // QChartView raises its minimum to the chart's, which grows with the margins fitToSize sets
    // (the Dallas square's): a view would never shrink again.
    setMinimumSize(kMinimumSize);
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QChartView::mouseDoubleClickEvent(event);
    emit activated();
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit activated();
        return;
    }
    QChartView::keyPressEvent(event);
}

QString ChartView::toolTipFor(QXYSeries *series, const QPointF &value) const
{
    const int index = ChartBuilder::indexOf(series);
    QChart *c = chart();
    // Nearest on the screen, not in data units: days and points do not compare.
    const QPointF mouse = c->mapToPosition(value, series);
    const auto nearest = [&](const auto &points, const auto &toValue) {
        qsizetype best = -1;
        qreal bestDistance = std::numeric_limits<qreal>::max();
        for (qsizetype i = 0; i < points.size(); ++i) {
            const qreal d = QLineF(mouse, c->mapToPosition(toValue(points.at(i)), series)).length();
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    };
    if (const ProgressChart *p = m_content.progress()) {
        if (index < 0 || index >= p->series.size())
            return {};
        const ChartSeries &s = p->series.at(index);
        const qsizetype i = nearest(s.points, [](const ChartPoint &point) {
            return QPointF(qreal(point.at.toMSecsSinceEpoch()), point.value);
        });
        return i < 0 ? QString() : ChartText::pointToolTip(*p, s, s.points.at(i));
    }
    const DallasSquare *square = m_content.square();
    if (!square || index < 0 || index >= square->paths.size())
        return {};
    const DallasSquare::Path &path = square->paths.at(index);
    const qsizetype i =
        nearest(path.points, [](const SquarePoint &point) { return QPointF(point.physical, point.psychological); });
    return i < 0 ? QString() : ChartText::squareToolTip(path, path.points.at(i));
}

void ChartView::pointHovered(QXYSeries *series, const QPointF &value, bool entered)
{
    if (!entered) {
        m_toolTip.clear();
        QToolTip::hideText();
        return;
    }
    m_toolTip = toolTipFor(series, value);
    if (!m_toolTip.isEmpty())
        QToolTip::showText(QCursor::pos(), m_toolTip, this);
}

QString ChartView::subject() const
{
    if (!m_name.subject.isEmpty())
        return m_name.subject;
    if (const ProgressChart *p = m_content.progress())
        return p->measureKey.isEmpty() || p->measureKey == QLatin1String("total")
                   ? p->instrument
                   : p->instrument + QLatin1Char('-') + p->measureKey;
    return QStringLiteral("dallas-square");
}

void ChartView::setExportName(const QString &subject, const QString &patient, const QDate &date)
{
    m_name = {subject, patient, date};
}

QString ChartView::defaultFileName(const QString &suffix) const
{
    return ChartText::fileName(subject(), m_name.patient, m_name.date, suffix);
}

void ChartView::copyToClipboard()
{
    auto *mime = new QMimeData;
    mime->setImageData(ChartRenderer::image(m_content, m_exportSize.pixels(), m_exportSize.dpi, ChartStyle::print()));
    QApplication::clipboard()->setMimeData(mime);
}

void ChartView::exportPng()
{
    exportTo(QStringLiteral("png"), tr("PNG images (*.png)"));
}

void ChartView::exportSvg()
{
    exportTo(QStringLiteral("svg"), tr("SVG drawings (*.svg)"));
}

void ChartView::exportTo(const QString &suffix, const QString &filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const std::optional<QString> path = m_prompter.askSaveFile(
        this, suffix == QLatin1String("png") ? tr("Export the chart as PNG") : tr("Export the chart as SVG"),
        QDir(folder).filePath(defaultFileName(suffix)), filter);
    if (!path)
        return;
    QString file = *path;
    if (!file.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        file += QLatin1Char('.') + suffix;
    const QString error = suffix == QLatin1String("png") ? ChartExport::writePng(file, m_content, m_exportSize)
                                                         : ChartExport::writeSvg(file, m_content, m_exportSize);
    if (!error.isEmpty())
        m_prompter.showError(this, tr("Export"), error);
}

} // namespace smr::ui
