#include "ui/tablet/entry/SwipeRecognizer.h"

#include <QAbstractButton>
#include <QMouseEvent>
#include <QTouchEvent>
#include <QWidget>

#include <cmath>

namespace smr::ui {

SwipeRecognizer::SwipeRecognizer(QObject *parent) : QObject(parent) {}

void SwipeRecognizer::watch(QWidget *root)
{
    root->installEventFilter(this);
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (QWidget *child : children)
        child->installEventFilter(this);
}

void SwipeRecognizer::begin(const QPointF &global)
{
    m_tracking = true;
    m_swiping = false;
    m_vertical = false;
    m_eatRelease = false;
    m_start = global;
}

bool SwipeRecognizer::moved(const QPointF &global)
{
    if (!m_tracking || m_vertical)
        return false;
    if (m_swiping)
        return true;
    const qreal dx = std::abs(global.x() - m_start.x());
    const qreal dy = std::abs(global.y() - m_start.y());
    if (dx >= StartPx && dx > 2 * dy) {
        m_swiping = true;
        takeFromButton();
        return true;
    }
    // Up or down first: a scroll, which the swipe leaves alone to its end.
    if (dy >= StartPx)
        m_vertical = true;
    return false;
}

void SwipeRecognizer::end(const QPointF &global)
{
    if (!m_tracking)
        return;
    const bool swiping = m_swiping || moved(global);
    m_tracking = false;
    m_swiping = false;
    if (!swiping)
        return;
    m_eatRelease = true;
    const qreal dx = global.x() - m_start.x();
    if (dx <= -MinDistancePx)
        emit swipedLeft();
    else if (dx >= MinDistancePx)
        emit swipedRight();
}

void SwipeRecognizer::takeFromButton()
{
    // The finger landed on a button and slid away: that button is not pressed any more.
    if (auto *button = qobject_cast<QAbstractButton *>(m_pressed.data()))
        button->setDown(false);
}

bool SwipeRecognizer::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin: {
        const auto *touch = static_cast<QTouchEvent *>(event);
        if (touch->pointCount() == 1) {
            begin(touch->points().first().globalPosition());
            m_pressed = nullptr;
        }
        break;
    }
    case QEvent::TouchUpdate: {
        const auto *touch = static_cast<QTouchEvent *>(event);
        if (touch->pointCount() >= 1)
            moved(touch->points().first().globalPosition());
        break;
    }
    case QEvent::TouchEnd: {
        const auto *touch = static_cast<QTouchEvent *>(event);
        if (touch->pointCount() >= 1)
            end(touch->points().first().globalPosition());
        break;
    }
    case QEvent::TouchCancel:
        m_tracking = false;
        m_swiping = false;
        break;
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        // An ignored press goes on to each parent: the first widget to see it is the target. A
        // press made of a touch starts where the touch did, so starting again changes nothing.
        if (mouse->button() == Qt::LeftButton && !m_pressed) {
            begin(mouse->globalPosition());
            m_pressed = qobject_cast<QWidget *>(watched);
        }
        break;
    }
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->buttons() & Qt::LeftButton)
            return moved(mouse->globalPosition());
        break;
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            break;
        end(mouse->globalPosition());
        m_pressed = nullptr;
        if (m_eatRelease) {
            m_eatRelease = false;
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace smr::ui
