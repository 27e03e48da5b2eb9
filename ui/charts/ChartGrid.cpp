#include "ui/charts/ChartGrid.h"

#include "ui/charts/ChartDialog.h"
#include "ui/charts/ChartView.h"
#include "ui/common/Layouts.h"

#include <QGridLayout>
#include <QResizeEvent>

namespace smr::ui {

ChartGrid::ChartGrid(Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_prompter(prompter), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("chartGrid"));
    m_grid->setContentsMargins(6, 6, 6, 6);
    m_grid->setSpacing(8);
    // The chart that has the keyboard (Tab moves between them, Enter opens it) is outlined.
    setStyleSheet(QStringLiteral("QGraphicsView[chartCell=\"true\"] { border: 2px solid #d0d0d0; }"
                                 "QGraphicsView[chartCell=\"true\"]:focus { border: 2px solid #0072B2; }"));
}

void ChartGrid::setCharts(const QList<ProgressChart> &charts, const std::optional<DallasSquare> &square)
{
    qDeleteAll(m_views);
    m_views.clear();
    QList<ChartContent> contents(charts.cbegin(), charts.cend());
    if (square)
        contents << ChartContent(*square);
    for (const ChartContent &content : std::as_const(contents)) {
        auto *view = new ChartView(m_prompter, this);
        const ProgressChart *p = content.progress();
        view->setObjectName(QStringLiteral("chartCell_") + (p ? p->instrument : QStringLiteral("dallasSquare")));
        view->setProperty("chartCell", true);
        // Equal cells whatever each chart would prefer.
        view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
        view->setContent(content);
        view->setExportName(QString(), m_patient, m_date);
        connect(view, &ChartView::activated, this, [this, view] { openLarge(int(m_views.indexOf(view))); });
        m_views << view;
    }
    m_columns = 0;
    placeCells();
}

void ChartGrid::setExportName(const QString &patient, const QDate &date)
{
    m_patient = patient;
    m_date = date;
    for (ChartView *view : std::as_const(m_views))
        view->setExportName(QString(), patient, date);
}

void ChartGrid::placeCells()
{
    const int columns = width() >= kThreeColumnsWidth ? 3 : 2;
    if (columns == m_columns && m_grid->count() == m_views.size())
        return;
    m_columns = columns;
    placeInColumns(m_grid, m_views, columns, 3);
}

void ChartGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeCells();
}

ChartDialog *ChartGrid::openLarge(int index)
{
    if (index < 0 || index >= m_views.size())
        return nullptr;
    auto *dialog = new ChartDialog(m_prompter, *m_views.at(index), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace smr::ui
