#pragma once

#include "ui/charts/ChartBuilder.h"
#include "ui/charts/ChartExport.h"

#include <QDate>
#include <QString>

#include <QtCharts/QChartView>

class QAction;
class QXYSeries;

namespace smr::ui {

class Prompter;

// A chart on the screen (issue #6): what ChartBuilder builds from a chart's data, with the point
// under the mouse told in a tooltip (date and time, value and unit, assessor, remarks), and
// "Copy" (Ctrl+C), "Export as PNG…" and "Export as SVG…" in its context menu. Copies and exports
// are drawn again at print resolution by ChartRenderer, not grabbed from the screen.
// Double-click or Enter emits activated() (the small multiples open the chart large).
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(Prompter &prompter, QWidget *parent = nullptr);
    static constexpr QSize kMinimumSize{240, 180};
    ~ChartView() override;

    void setContent(const ChartContent &content);
    const ChartContent &content() const { return m_content; }

    // What the default file name says: "berg-DUPONT-2026-11-22.png" from ("berg", "DUPONT",
    // 22/11/2026). Without a subject, the instrument's id (or "dallas-square").
    void setExportName(const QString &subject, const QString &patient, const QDate &date);
    struct ExportName {
        QString subject;
        QString patient;
        QDate date;
    };
    const ExportName &exportName() const { return m_name; }
    QString defaultFileName(const QString &suffix) const;
    // The size and resolution of copies and exports (16 × 10 cm at 300 dpi by default).
    void setExportSize(const ChartPrintSize &size) { m_exportSize = size; }
    const ChartPrintSize &exportSize() const { return m_exportSize; }

    QAction *copyAction() const { return m_copy; }
    QAction *exportPngAction() const { return m_exportPng; }
    QAction *exportSvgAction() const { return m_exportSvg; }

    // The handler of QXYSeries::hovered for every series of points: shows the tooltip of the
    // point nearest `value` (data coordinates) in `series`, or hides it when the mouse leaves.
    void pointHovered(QXYSeries *series, const QPointF &value, bool entered);
    // The tooltip shown by the latest hover, empty once the mouse left the point.
    QString currentToolTip() const { return m_toolTip; }
    // The tooltip of the point of `series` nearest `value`; empty for a series without points.
    QString toolTipFor(QXYSeries *series, const QPointF &value) const;

public slots:
    void copyToClipboard();
    void exportPng();
    void exportSvg();

signals:
    void activated();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void exportTo(const QString &suffix, const QString &filter);
    QString subject() const;

    Prompter &m_prompter;
    ChartContent m_content;
    ChartPrintSize m_exportSize;
    ExportName m_name;
    QString m_toolTip;
    QAction *m_copy;
    QAction *m_exportPng;
    QAction *m_exportSvg;
};

} // namespace smr::ui
