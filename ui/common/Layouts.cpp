#include "ui/common/Layouts.h"

#include <QScrollArea>

namespace smr::ui {

QScrollArea *makePageScroll(const QString &objectName, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(objectName);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QScrollArea *makePageScroll(QWidget *content, const QString &objectName, QWidget *parent)
{
    QScrollArea *scroll = makePageScroll(objectName, parent);
    scroll->setWidget(content);
    return scroll;
}

} // namespace smr::ui
