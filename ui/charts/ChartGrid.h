#pragma once

#include "core/progress/ProgressChart.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QGridLayout;

namespace smr::ui {

class ChartDialog;
class ChartView;
class Prompter;

// The small multiples of a stay (issue #6): every instrument's chart on one screen, and the
// patient's Dallas square, in 2 or 3 columns as the width allows, each chart titled. Double-click
// or Enter on a chart opens it large with its export buttons (ChartDialog).
class ChartGrid : public QWidget
{
    Q_OBJECT

public:
    explicit ChartGrid(Prompter &prompter, QWidget *parent = nullptr);

    // Replaces the charts shown; the square comes last. Each chart's view is named
    // "chartCell_<instrument>" ("chartCell_dallasSquare" for the square).
    void setCharts(const QList<ProgressChart> &charts, const std::optional<DallasSquare> &square = std::nullopt);
    // The patient and day in the exported files' names ("berg-DUPONT-2026-11-22.png").
    void setExportName(const QString &patient, const QDate &date);

    const QList<ChartView *> &views() const { return m_views; }
    int columns() const { return m_columns; }
    // 3 columns from this width on, else 2.
    static constexpr int kThreeColumnsWidth = 1200;

    // Opens chart `index` large, as double-click and Enter do; the dialog deletes itself on close.
    ChartDialog *openLarge(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeCells();

    Prompter &m_prompter;
    QGridLayout *m_grid;
    QList<ChartView *> m_views;
    int m_columns = 0;
    QString m_patient;
    QDate m_date;
};

} // namespace smr::ui
