#include "ui/common/Labels.h"

#include <QGroupBox>
#include <QLabel>

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

} // namespace smr::ui
