#include "ui/progress/ProgressTab.h"

#include "core/Store.h"
#include "core/common/Clock.h"
#include "ui/charts/ChartGrid.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace smr::ui {

ProgressTab::ProgressTab(Store &store, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_store(store), m_status(new QLabel(this)), m_grid(new ChartGrid(prompter))
{
    m_status->setObjectName(QStringLiteral("chartsStatus"));
    m_status->setWordWrap(true);
    m_status->setProperty("role", QStringLiteral("muted"));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chartsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_grid);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
}

void ProgressTab::show(const std::optional<Patient> &patient, const std::optional<Stay> &stay)
{
    m_patient = patient;
    m_stay = stay;
    invalidate();
}

void ProgressTab::invalidate()
{
    m_stale = true;
    if (isVisible())
        load();
}

void ProgressTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void ProgressTab::load()
{
    m_stale = false;
    if (!m_stay || !m_patient) {
        m_grid->setCharts({});
        m_status->setText(tr("No stay: no chart."));
        return;
    }
    const Result<QList<ProgressChart>> charts = m_store.progress().stayCharts(m_stay->id);
    const Result<DallasSquare> square = m_store.progress().dallasSquare(m_stay->id);
    if (!charts) {
        m_grid->setCharts({});
        m_status->setText(charts.failure().text());
        return;
    }
    std::optional<DallasSquare> shownSquare;
    if (square && !square->paths.isEmpty() && !square->paths.first().points.isEmpty())
        shownSquare = *square;
    m_grid->setExportName((m_patient->usedName.isEmpty() ? m_patient->birthName : m_patient->usedName),
                          m_store.clock().today());
    m_grid->setCharts(*charts, shownSquare);
    m_status->setText(charts->isEmpty()
                          ? tr("No test result yet for this patient: the charts appear with the first one.")
                          : tr("Every test of the patient; earlier stays in grey. Double-click a chart (or "
                               "Enter) to open it large, copy it (Ctrl+C) or export it as PNG or SVG."));
}

} // namespace smr::ui
