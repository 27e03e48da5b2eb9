#pragma once

// A finger on the tablet for the touch screens' tests (issue #8): taps and swipes made of real
// touch events (QTest::touchEvent), the screens shown at a tablet's size with the tablet's style.

#include <QPoint>
#include <QSize>
#include <QStringList>

class QPointingDevice;
class QWidget;

namespace smr::test {

// The one touch screen of the test binary.
QPointingDevice *touchScreen();
// A finger lands on the middle of `widget` and lifts (Qt makes the click of it).
void tap(QWidget *widget);
// A finger lands on `from` (in `widget`), moves to `to` in a few steps and lifts.
void swipe(QWidget *widget, const QPoint &from, const QPoint &to);
// A mouse drag from `from` to `to` in `widget`, left button held.
void mouseDrag(QWidget *widget, const QPoint &from, const QPoint &to);
// Shows `screen` as the tablet does (its style sheet, touch events) at `size`, laid out.
void showOnTablet(QWidget *screen, const QSize &size);
// The visible buttons of `root` smaller than a fingertip (48 × 48 px): "name w×h" each.
QStringList smallTargets(QWidget *root);

} // namespace smr::test
