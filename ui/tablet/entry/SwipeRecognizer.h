#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>

class QWidget;

namespace smr::ui {

// Recognises a horizontal swipe over a widget and its children, by a finger (touch events, or the
// mouse events Qt makes of a touch nobody takes) or by a mouse drag, so that either turns a page.
// Qt's own QSwipeGesture needs three fingers, which a tester holding a tablet does not have.
//
// A move that goes sideways by StartPx, at least twice as much as up or down, becomes a swipe:
// the button under the finger is released without a click, and the swipe counts when the finger
// lifts MinDistancePx or more from where it landed. A move that goes up or down first is left to
// the kinetic scrolling; a shorter one stays a tap.
class SwipeRecognizer : public QObject
{
    Q_OBJECT

public:
    static constexpr int StartPx = 24;
    static constexpr int MinDistancePx = 80;

    explicit SwipeRecognizer(QObject *parent = nullptr);

    // Watches `root` and every widget inside it now.
    void watch(QWidget *root);

signals:
    // The finger went from right to left (the next page comes in from the right).
    void swipedLeft();
    // From left to right (the previous page).
    void swipedRight();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void begin(const QPointF &global);
    // True when the move is (now) a swipe.
    bool moved(const QPointF &global);
    void end(const QPointF &global);
    void takeFromButton();

    bool m_tracking = false;
    bool m_swiping = false;
    bool m_vertical = false;
    bool m_eatRelease = false; // the mouse release of a swipe clicks nothing
    QPointF m_start;
    QPointer<QWidget> m_pressed; // what the mouse press went to
};

} // namespace smr::ui
