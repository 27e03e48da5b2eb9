#include "ui/overview/InstrumentCardView.h"

#include "core/common/Dates.h"
#include "ui/common/Labels.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace smr::ui {

InstrumentCardView::InstrumentCardView(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_reading(new QLabel(this))
    , m_when(new QLabel(this))
    , m_changes(new QLabel(this))
    , m_enter(new QPushButton(tr("Enter…"), this))
{
    setProperty("role", QStringLiteral("instrumentCard"));
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_value->setObjectName(QStringLiteral("cardValue"));
    // A long value ("438 m · 71 % of predicted", Dallas's four scores) goes on two lines rather
    // than widening the card, and with it the overview past the dossier's edge.
    m_value->setWordWrap(true);
    m_reading->setObjectName(QStringLiteral("cardReading"));
    m_reading->setWordWrap(true);
    m_when->setObjectName(QStringLiteral("cardWhen"));
    m_when->setProperty("role", QStringLiteral("muted"));
    m_changes->setObjectName(QStringLiteral("cardChanges"));
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::RichText);
    m_enter->setObjectName(QStringLiteral("cardEnterButton"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(12, 8, 10, 8);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_when, 0, 1, Qt::AlignRight);
    layout->addWidget(m_value, 1, 0, 1, 2);
    layout->addWidget(m_reading, 2, 0, 1, 2);
    layout->addWidget(m_changes, 3, 0, 1, 2);
    layout->addWidget(m_enter, 4, 0, 1, 2, Qt::AlignLeft);
    layout->setRowStretch(5, 1);
    layout->setColumnStretch(0, 1);

    connect(m_enter, &QPushButton::clicked, this, [this] { emit enterTestRequested(m_instrument); });
}

void InstrumentCardView::show(const InstrumentCard &card, bool canRecord)
{
    m_instrument = card.instrument;
    setObjectName(QStringLiteral("card_") + card.instrument);
    m_title->setText(card.title);
    if (!card.latest) {
        setStyleProperty(this, "severity", QStringLiteral("none"));
        m_value->setText(QStringLiteral("—"));
        m_reading->setText(tr("No result in this stay."));
        m_when->clear();
        m_changes->clear();
        m_changes->setVisible(false);
        m_enter->setVisible(canRecord);
        m_enter->setToolTip(tr("Enter a %1 for this stay.").arg(card.title));
        return;
    }
    setStyleProperty(this, "severity", severityName(card.assessment.severity));
    m_enter->setVisible(false);
    m_value->setText(card.assessment.value);
    m_reading->setText(card.assessment.interpretation);
    m_when->setText(
        tr("%1 · %n result(s)", nullptr, card.resultCount).arg(dates::display(card.latest->performedAt.date())));
    QStringList lines;
    // A change that reaches the MCID/MDC is in bold: the words say it too.
    const auto line = [](const QString &label, const MeasureChange &c) {
        const QString text = label + QStringLiteral(" ") + ChangeAnalysis::describe(c).toHtmlEscaped();
        return c.beyondThreshold.value_or(false) ? QStringLiteral("<b>%1</b>").arg(text) : text;
    };
    if (card.sinceAdmission)
        lines << line(tr("Since admission:"), *card.sinceAdmission);
    if (card.sincePrevious)
        lines << line(tr("Since the previous:"), *card.sincePrevious);
    if (lines.isEmpty())
        lines << tr("First result of the stay.").toHtmlEscaped();
    m_changes->setText(lines.join(QStringLiteral("<br>")));
    m_changes->setVisible(true);
}

} // namespace smr::ui
