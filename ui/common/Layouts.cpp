#include "ui/common/Layouts.h"

#include <QScrollArea>

namespace smr::ui {

QScrollArea *makePageScroll(QWidget *content, const QString &objectName, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(objectName);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    return scroll;
}

} // namespace smr::ui
