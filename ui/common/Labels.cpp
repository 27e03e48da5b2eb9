#include "ui/common/Labels.h"

#include "core/access/Session.h"

#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QStyle>

namespace smr::ui {

QLabel *makeErrorBanner(QWidget *parent)
{
    auto *banner = new QLabel(parent);
    banner->setObjectName(QStringLiteral("formBanner"));
    banner->setProperty("role", QStringLiteral("errorBanner"));
    banner->setWordWrap(true);
    banner->setVisible(false);
    return banner;
}

QGroupBox *makeSection(const QString &title, const QString &objectName)
{
    auto *box = new QGroupBox(title);
    box->setObjectName(objectName);
    return box;
}

QLabel *makeMutedLabel(const QString &text, QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(text, parent);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setProperty("role", QStringLiteral("muted"));
    label->setWordWrap(true);
    return label;
}

QString severityName(Assessment::Severity severity)
{
    switch (severity) {
    case Assessment::Severity::Good:
        return QStringLiteral("good");
    case Assessment::Severity::Caution:
        return QStringLiteral("caution");
    case Assessment::Severity::Bad:
        return QStringLiteral("bad");
    case Assessment::Severity::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

void setStyleProperty(QWidget *widget, const char *property, const QString &value)
{
    if (widget->property(property).toString() == value)
        return;
    widget->setProperty(property, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

bool allowIf(QWidget *widget, const Session &session, Right right, const QString &tooltip)
{
    const bool allowed = session.can(right);
    widget->setEnabled(allowed);
    widget->setToolTip(allowed
                           ? tooltip
                           : QCoreApplication::translate("smr::ui::Labels", "Your role does not give the right to %1.")
                                 .arg(kRights.label(right)));
    return allowed;
}

} // namespace smr::ui
