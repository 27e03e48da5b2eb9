#include "ui/patient/PatientHeader.h"

#include "core/assessment/AssessmentText.h"
#include "core/common/Dates.h"
#include "core/stays/StayCalendar.h"
#include "core/stays/StayText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace smr::ui {

PatientHeader::PatientHeader(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_stay(new QLabel(this))
    , m_alerts(new QLabel(this))
    , m_precautions(new QLabel(this))
    , m_actions(new QVBoxLayout)
{
    setObjectName(QStringLiteral("patientHeader"));
    setAttribute(Qt::WA_StyledBackground, true);
    m_name->setObjectName(QStringLiteral("patientName"));
    m_identity->setObjectName(QStringLiteral("patientIdentity"));
    m_stay->setObjectName(QStringLiteral("patientStay"));
    for (QLabel *l : {m_name, m_identity, m_stay})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stay->setWordWrap(true);
    m_alerts->setObjectName(QStringLiteral("patientAlerts"));
    m_alerts->setProperty("role", QStringLiteral("errorBanner"));
    m_alerts->setWordWrap(true);
    m_alerts->setVisible(false);
    m_precautions->setObjectName(QStringLiteral("patientPrecautions"));
    m_precautions->setProperty("role", QStringLiteral("warning"));
    m_precautions->setWordWrap(true);
    m_precautions->setVisible(false);
    m_actions->setSpacing(4);
    m_identity->setWordWrap(true);
    auto *text = new QVBoxLayout;
    text->setSpacing(3);
    text->addWidget(m_name);
    text->addWidget(m_identity);
    text->addWidget(m_stay);
    text->addWidget(m_alerts);
    text->addWidget(m_precautions);
    text->addStretch(1);
    // The buttons stack on the right, so the dossier stays narrow enough for the list beside it.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->addLayout(text, 1);
    layout->addLayout(m_actions);
}

void PatientHeader::show(const Patient &p, const std::optional<Stay> &stay, const QString &unitLabel,
                         const QDate &today)
{
    m_name->setText(p.displayName());

    QStringList identity;
    identity << kSexes.label(p.sex) << tr("%n year(s)", nullptr, p.ageOn(today))
             << (p.sex == Sex::Female ? tr("born on %1", "female") : tr("born on %1", "male"))
                    .arg(dates::display(p.birthDate))
             << tr("IPP %1").arg(p.ipp);
    if (!p.nir.isEmpty())
        identity << (p.insQualified ? tr("qualified INS") : tr("INS not qualified"));
    m_identity->setText(identity.join(QStringLiteral(" · ")));

    if (!stay) {
        m_stay->setText(tr("No stay recorded"));
        m_stay->setProperty("status", QString());
    } else {
        QStringList parts;
        parts << kStayStatuses.label(stay->status) << unitLabel << kStayModes.shortLabel(stay->mode);
        if (stay->programme)
            parts << kProgrammes.label(*stay->programme);
        parts << StayCalendar::progressText(*stay, today);
        QString dates = tr("from %1").arg(dates::display(stay->admissionDate));
        if (stay->dischargeDate.isValid())
            dates += QLatin1Char(' ') + tr("to %1").arg(dates::display(stay->dischargeDate));
        else if (stay->plannedDischargeDate.isValid())
            dates += QLatin1Char(' ') + tr("to %1 (planned)").arg(dates::display(stay->plannedDischargeDate));
        parts << dates;
        if (const QString referrer = StayText::referrer(*stay); !referrer.isEmpty())
            parts << tr("referred by %1").arg(referrer);
        parts.removeAll(QString());
        m_stay->setText(parts.join(QStringLiteral(" · ")));
        m_stay->setProperty("status", kStayStatuses.code(stay->status));
    }
    m_stay->style()->unpolish(m_stay);
    m_stay->style()->polish(m_stay);
}

QString PatientHeader::nameText() const
{
    return m_name->text();
}

QString PatientHeader::identityText() const
{
    return m_identity->text();
}

QString PatientHeader::stayText() const
{
    return m_stay->text();
}

void PatientHeader::showAlerts(const StayAlerts &alerts)
{
    const QString warn = AssessmentText::alerts(alerts);
    m_alerts->setText(warn);
    m_alerts->setVisible(!warn.isEmpty());
    const QString precautions = AssessmentText::precautions(alerts.precautions);
    m_precautions->setText(tr("Precautions: %1").arg(precautions));
    m_precautions->setVisible(!precautions.isEmpty());
}

QString PatientHeader::alertText() const
{
    return m_alerts->isVisible() ? m_alerts->text() : QString();
}

QString PatientHeader::precautionText() const
{
    return m_precautions->isVisible() ? m_precautions->text() : QString();
}

} // namespace smr::ui
