#include "ui/tablet/TouchStyle.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QFile>
#include <QMouseEvent>
#include <QPointingDevice>
#include <QPushButton>
#include <QScroller>
#include <QScrollerProperties>
#include <QWindow>

namespace smr::ui {

namespace {

// Two taps in the same place make Qt a double click, whose press it never delivers (it sends the
// double click instead), and a kinetic area (QScroller) swallows that double click while the
// finger is down: the second tap of "not applicable" then "leave blank", or of two field buttons
// one above the other, was lost. The tablet has no double-tap gesture: a double tap is two taps.
class DoubleTapAsTwoTaps : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::MouseButtonDblClick)
            return false;
        const auto *click = static_cast<QMouseEvent *>(event);
        if (!click->pointingDevice() || click->pointingDevice()->type() != QInputDevice::DeviceType::TouchScreen)
            return false;
        QMouseEvent press(QEvent::MouseButtonPress, click->position(), click->scenePosition(), click->globalPosition(),
                          click->button(), click->buttons(), click->modifiers(), click->pointingDevice());
        QCoreApplication::sendEvent(watched, &press);
        return true;
    }
};

} // namespace

void TouchStyle::apply(QWidget *window)
{
    QFile style(QStringLiteral(":/styles/tablet.qss"));
    if (style.open(QIODevice::ReadOnly))
        window->setStyleSheet(QString::fromUtf8(style.readAll()));
    window->setAttribute(Qt::WA_AcceptTouchEvents, true);
    const QString filterName = QStringLiteral("doubleTapAsTwoTaps");
    if (window->isWindow() && !window->findChild<QObject *>(filterName, Qt::FindDirectChildrenOnly)) {
        window->createWinId();
        if (QWindow *handle = window->windowHandle()) {
            auto *filter = new DoubleTapAsTwoTaps(window);
            filter->setObjectName(filterName);
            handle->installEventFilter(filter);
        }
    }
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
    // A press goes to the button under the finger at once (a scroll that follows un-presses it
    // without a click). Qt's default holds it back 0.25 s, and loses it when two taps in the same
    // place make a double click (an answer, then the next item's answer where the finger was).
    properties.setScrollMetric(QScrollerProperties::MousePressEventDelay, 0.0);
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
