#include "ui/tablet/TouchStyle.h"

#include <QAbstractScrollArea>
#include <QFile>
#include <QPushButton>
#include <QScroller>
#include <QScrollerProperties>

namespace smr::ui {

void TouchStyle::apply(QWidget *window)
{
    QFile style(QStringLiteral(":/styles/tablet.qss"));
    if (style.open(QIODevice::ReadOnly))
        window->setStyleSheet(QString::fromUtf8(style.readAll()));
    window->setAttribute(Qt::WA_AcceptTouchEvents, true);
}

void TouchStyle::kineticScroll(QAbstractScrollArea *area)
{
    QWidget *viewport = area->viewport();
    viewport->setAttribute(Qt::WA_AcceptTouchEvents, true);
    QScroller::grabGesture(viewport, QScroller::TouchGesture);
    QScroller *scroller = QScroller::scroller(viewport);
    QScrollerProperties properties = scroller->scrollerProperties();
    // A page stops at its ends instead of bouncing, which reads as a glitch on a clinical screen;
    // a small move is still a tap, so that a button under the finger is pressed, not scrolled.
    properties.setScrollMetric(QScrollerProperties::VerticalOvershootPolicy,
                               QVariant::fromValue(QScrollerProperties::OvershootAlwaysOff));
    properties.setScrollMetric(QScrollerProperties::HorizontalOvershootPolicy,
                               QVariant::fromValue(QScrollerProperties::OvershootAlwaysOff));
    properties.setScrollMetric(QScrollerProperties::DragStartDistance, 0.004); // metres: 4 mm
    scroller->setScrollerProperties(properties);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QPushButton *TouchStyle::button(const QString &text, QWidget *parent, const QString &role)
{
    auto *b = new QPushButton(text, parent);
    b->setMinimumHeight(ButtonPx);
    b->setMinimumWidth(MinTargetPx);
    b->setFocusPolicy(Qt::NoFocus);
    b->setAutoDefault(false);
    if (!role.isEmpty())
        b->setProperty("touchRole", role);
    return b;
}

} // namespace smr::ui
