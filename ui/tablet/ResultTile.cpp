#include "ui/tablet/ResultTile.h"

#include "core/common/Dates.h"
#include "ui/common/Labels.h"
#include "ui/tablet/TrendChart.h"

#include <QGridLayout>
#include <QLabel>

namespace smr::ui {

ResultTile::ResultTile(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_reading(new QLabel(this))
    , m_change(new QLabel(this))
    , m_trend(new TrendChart(this))
{
    setProperty("touchRole", QStringLiteral("card"));
    m_title->setProperty("touchRole", QStringLiteral("section"));
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_value->setProperty("touchRole", QStringLiteral("large"));
    m_reading->setObjectName(QStringLiteral("tileReading"));
    m_reading->setWordWrap(true);
    m_change->setObjectName(QStringLiteral("tileChange"));
    m_change->setWordWrap(true);
    m_change->setTextFormat(Qt::RichText);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(16, 10, 16, 12);
    // A Dallas value is four scores long: the value wraps under the title rather than widen the page.
    m_value->setWordWrap(true);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_value, 1, 0);
    layout->addWidget(m_reading, 2, 0);
    layout->addWidget(m_change, 3, 0);
    layout->addWidget(m_trend, 4, 0);
}

void ResultTile::show(const InstrumentCard &card, const std::optional<ProgressChart> &chart)
{
    setObjectName(QStringLiteral("resultTile_") + card.instrument);
    m_title->setText(card.title);
    m_value->setText(card.assessment.value);
    const QString when = card.latest ? dates::display(card.latest->performedAt.date()) : QString();
    m_reading->setText(tr("%1 (%2)").arg(card.assessment.interpretation, when));
    if (card.sinceAdmission) {
        const MeasureChange &c = *card.sinceAdmission;
        const QString text = tr("Since admission: %1").arg(ChangeAnalysis::describe(c)).toHtmlEscaped();
        m_change->setText(c.beyondThreshold.value_or(false) ? QStringLiteral("<b>%1</b>").arg(text) : text);
    } else {
        m_change->setText(tr("First result of the stay.").toHtmlEscaped());
    }
    setStyleProperty(this, "severity", severityName(card.assessment.severity));
    m_trend->setVisible(chart && !chart->isEmpty());
    if (chart)
        m_trend->setChart(*chart);
}

QString ResultTile::valueText() const
{
    return m_value->text();
}

QString ResultTile::changeText() const
{
    return m_change->text();
}

} // namespace smr::ui
