#include "ui/tablet/entry/TouchTestSupport.h"

#include "ui/tablet/TouchStyle.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMouseEvent>
#include <QPointingDevice>
#include <QScrollArea>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

namespace smr::test {

QPointingDevice *touchScreen()
{
    static QPointingDevice *device = QTest::createTouchDevice();
    return device;
}

void tap(QWidget *widget)
{
    ASSERT_NE(widget, nullptr);
    ASSERT_TRUE(widget->isVisible()) << widget->objectName().toStdString();
    // A finger scrolls to what it taps first.
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(p))
            area->ensureWidgetVisible(widget);
    }
    QApplication::processEvents();
    QWidget *window = widget->window();
    const QPoint at = widget->mapTo(window, widget->rect().center());
    QTest::touchEvent(window, touchScreen()).press(0, at, window);
    QTest::touchEvent(window, touchScreen()).release(0, at, window);
    QApplication::processEvents();
}

void swipe(QWidget *widget, const QPoint &from, const QPoint &to)
{
    QWidget *window = widget->window();
    const QPoint start = widget->mapTo(window, from);
    const QPoint end = widget->mapTo(window, to);
    QTest::touchEvent(window, touchScreen()).press(0, start, window);
    constexpr int Steps = 6;
    for (int i = 1; i <= Steps; ++i)
        QTest::touchEvent(window, touchScreen()).move(0, start + (end - start) * i / Steps, window);
    QTest::touchEvent(window, touchScreen()).release(0, end, window);
    QApplication::processEvents();
}

void mouseDrag(QWidget *widget, const QPoint &from, const QPoint &to)
{
    QWidget *target = widget->childAt(from) ? widget->childAt(from) : widget;
    const QPoint start = target->mapFrom(widget, from);
    QTest::mousePress(target, Qt::LeftButton, Qt::NoModifier, start);
    constexpr int Steps = 6;
    for (int i = 1; i <= Steps; ++i) {
        const QPoint at = target->mapFrom(widget, from + (to - from) * i / Steps);
        QMouseEvent move(QEvent::MouseMove, at, target->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
    }
    QTest::mouseRelease(target, Qt::LeftButton, Qt::NoModifier, target->mapFrom(widget, to));
    QApplication::processEvents();
}

void showOnTablet(QWidget *screen, const QSize &size)
{
    ui::TouchStyle::apply(screen);
    screen->resize(size);
    screen->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(screen));
    // Layout requests travel one parent per round.
    for (int round = 0; round < 5; ++round)
        QApplication::processEvents();
}

QStringList smallTargets(QWidget *root)
{
    QStringList small;
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (!b->isVisibleTo(root) || !b->isVisible())
            continue;
        if (b->width() < 48 || b->height() < 48)
            small << QStringLiteral("%1 \"%2\" %3×%4").arg(b->objectName(), b->text()).arg(b->width()).arg(b->height());
    }
    return small;
}

} // namespace smr::test
