#include "ui/progress/ProgressTab.h"

#include "core/Store.h"
#include "core/common/Clock.h"
#include "core/progress/ChartBuilder.h"
#include "ui/charts/ChartGrid.h"
#include "ui/common/Layouts.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace smr::ui {

ProgressTab::ProgressTab(Store &store, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_status(new QLabel(this))
    , m_earlier(new QCheckBox(tr("&Earlier stays"), this))
    , m_grid(new ChartGrid(prompter))
{
    m_status->setObjectName(QStringLiteral("chartsStatus"));
    m_status->setWordWrap(true);
    m_status->setProperty("role", QStringLiteral("muted"));
    auto *scroll = makePageScroll(m_grid, QStringLiteral("chartsScroll"), this);
    scroll->setFrameShape(QFrame::NoFrame);
    connect(m_earlier, &QCheckBox::toggled, this, &ProgressTab::showCharts);
    m_earlier->setObjectName(QStringLiteral("earlierStaysBox"));
    m_earlier->setToolTip(tr("Shows the patient's other stays on each chart, in grey, on a longer time axis."));
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_earlier);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
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

void ProgressTab::showCharts()
{
    if (m_earlier->isChecked()) {
        m_grid->setCharts(m_charts, m_square);
        return;
    }
    QList<ProgressChart> focused;
    for (const ProgressChart &c : std::as_const(m_charts))
        focused << ChartBuilder::currentStayOnly(c);
    m_grid->setCharts(focused, m_square);
}

void ProgressTab::load()
{
    m_stale = false;
    if (!m_stay || !m_patient) {
        m_grid->setCharts({});
        m_status->setText(tr("No stay: no chart."));
        return;
    }
    m_charts.clear();
    m_square.reset();
    const Result<QList<ProgressChart>> charts = m_store.progress().stayCharts(m_stay->id);
    const Result<DallasSquare> square = m_store.progress().dallasSquare(m_stay->id);
    if (!charts) {
        m_grid->setCharts({});
        m_status->setText(charts.failure().text());
        return;
    }
    m_square.reset();
    if (square && !square->paths.isEmpty() && !square->paths.first().points.isEmpty())
        m_square = *square;
    m_charts = *charts;
    m_grid->setExportName((m_patient->usedName.isEmpty() ? m_patient->birthName : m_patient->usedName),
                          m_store.clock().today());
    showCharts();
    m_status->setText(charts->isEmpty()
                          ? tr("No test result yet for this patient: the charts appear with the first one.")
                          : tr("Every test of the patient. Double-click a chart (or Enter) to open it large, "
                               "copy it (Ctrl+C) or export it as PNG or SVG."));
}

} // namespace smr::ui
