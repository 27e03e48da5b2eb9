// The projector's window (issue #7, "Projection mode"): the keys a presentation clicker sends,
// the black screen, Esc, the signals the presenter's view follows, live edits reaching the slide.

#include "ui/meeting/ProjectionWindow.h"
#include "SlideFixtures.h"
#include "ui/UiTestSupport.h"
#include "ui/meeting/SlideCharts.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>
#include <string>

namespace smr::test {
namespace {

using ui::MeetingSlide;
using ui::ProjectionWindow;

constexpr int kCount = 12;

MeetingSlide slideAt(int index)
{
    MeetingSlide s = slides::slide(ui::SlideCharts::choose(slides::entry(), slides::stayCharts()));
    s.index = index;
    s.count = kCount;
    // A different patient per slide, so that moving shows.
    static const QStringList names{QStringLiteral("BERNARD"), QStringLiteral("PETIT"),   QStringLiteral("DUPONT"),
                                   QStringLiteral("ROBERT"),  QStringLiteral("RICHARD"), QStringLiteral("MOREAU")};
    s.entry.item.patient.birthName = names.at(index % names.size());
    return s;
}

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

std::unique_ptr<ProjectionWindow> window(int *asked = nullptr)
{
    return std::make_unique<ProjectionWindow>(kCount, [asked](int index) {
        if (asked)
            ++*asked;
        return slideAt(index);
    });
}

struct KeyCase {
    const char *name;
    Qt::Key key;
    int start;
    int expected;
};

// ctest names the case, not its bytes.
void PrintTo(const KeyCase &c, std::ostream *os)
{
    *os << c.name;
}

class ProjectionKeysTest : public ::testing::TestWithParam<KeyCase>
{
};

// One move per key press, none past the ends (no wrap).
TEST_P(ProjectionKeysTest, MovesTheSlides)
{
    const KeyCase &c = GetParam();
    auto w = window();
    w->go(c.start);
    ASSERT_EQ(w->current(), c.start);
    QSignalSpy moved(w.get(), &ProjectionWindow::currentChanged);

    QTest::keyClick(w.get(), c.key);

    EXPECT_EQ(w->current(), c.expected);
    EXPECT_EQ(w->slide().index, c.expected);
    ASSERT_EQ(moved.count(), c.expected == c.start ? 0 : 1);
    if (!moved.isEmpty()) {
        EXPECT_EQ(moved.first().first().toInt(), c.expected);
    }
    EXPECT_FALSE(w->isBlank());
}

INSTANTIATE_TEST_SUITE_P(
    Clicker, ProjectionKeysTest,
    ::testing::Values(KeyCase{"page_down", Qt::Key_PageDown, 3, 4}, KeyCase{"right", Qt::Key_Right, 3, 4},
                      KeyCase{"down", Qt::Key_Down, 3, 4}, KeyCase{"space", Qt::Key_Space, 3, 4},
                      KeyCase{"return", Qt::Key_Return, 3, 4}, KeyCase{"enter", Qt::Key_Enter, 3, 4},
                      KeyCase{"n", Qt::Key_N, 3, 4}, KeyCase{"page_down_at_the_end", Qt::Key_PageDown, 11, 11},
                      KeyCase{"space_at_the_end", Qt::Key_Space, 11, 11}, KeyCase{"page_up", Qt::Key_PageUp, 3, 2},
                      KeyCase{"left", Qt::Key_Left, 3, 2}, KeyCase{"up", Qt::Key_Up, 3, 2},
                      KeyCase{"backspace", Qt::Key_Backspace, 3, 2}, KeyCase{"p", Qt::Key_P, 3, 2},
                      KeyCase{"page_up_at_the_start", Qt::Key_PageUp, 0, 0},
                      KeyCase{"left_at_the_start", Qt::Key_Left, 0, 0}, KeyCase{"home", Qt::Key_Home, 7, 0},
                      KeyCase{"home_at_the_start", Qt::Key_Home, 0, 0}, KeyCase{"end", Qt::Key_End, 7, 11},
                      KeyCase{"end_at_the_end", Qt::Key_End, 11, 11}, KeyCase{"other_key", Qt::Key_X, 5, 5}),
    [](const auto &test) { return std::string(test.param.name); });

bool allBlack(const QImage &image)
{
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            if (image.pixelColor(x, y) != QColor(Qt::black))
                return false;
    return true;
}

TEST(ProjectionWindow, BAndPeriodBlankTheScreen)
{
    auto w = window();
    w->resize(960, 540);
    QSignalSpy blanked(w.get(), &ProjectionWindow::blankChanged);
    ASSERT_FALSE(allBlack(w->grab().toImage()));

    for (const Qt::Key key : {Qt::Key_B, Qt::Key_Period}) {
        QTest::keyClick(w.get(), key);
        EXPECT_TRUE(w->isBlank());
        EXPECT_TRUE(allBlack(w->grab().toImage())) << "nothing of the patient while blank";
        // Moving keeps the room's screen black (the presenter may move on meanwhile).
        QTest::keyClick(w.get(), Qt::Key_PageDown);
        EXPECT_TRUE(w->isBlank());
        EXPECT_TRUE(allBlack(w->grab().toImage()));
        QTest::keyClick(w.get(), key);
        EXPECT_FALSE(w->isBlank());
        EXPECT_FALSE(allBlack(w->grab().toImage()));
    }
    ASSERT_EQ(blanked.count(), 4);
    EXPECT_TRUE(blanked.at(0).first().toBool());
    EXPECT_FALSE(blanked.at(1).first().toBool());
    EXPECT_EQ(w->current(), 2);
}

TEST(ProjectionWindow, EscapeCloses)
{
    auto w = window();
    w->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    QSignalSpy closed(w.get(), &ProjectionWindow::closed);
    QTest::keyClick(w.get(), Qt::Key_Escape);
    EXPECT_EQ(closed.count(), 1);
    EXPECT_FALSE(w->isVisible());
}

// The presenter moves the slides with go() and follows them with currentChanged: one signal per
// move, none when nothing moves, and no loop when both listen to each other.
TEST(ProjectionWindow, PresenterAndProjectorFollowEachOther)
{
    int asked = 0;
    auto w = window(&asked);
    EXPECT_EQ(w->current(), 0);
    EXPECT_EQ(asked, 1);
    QSignalSpy moved(w.get(), &ProjectionWindow::currentChanged);
    int presenterIndex = 0;
    QObject::connect(w.get(), &ProjectionWindow::currentChanged, w.get(), [&](int index) {
        presenterIndex = index;
        w->go(index); // the presenter's view echoing the move
    });

    w->go(5);
    EXPECT_EQ(moved.count(), 1);
    EXPECT_EQ(presenterIndex, 5);
    EXPECT_EQ(asked, 2);
    w->go(5);
    EXPECT_EQ(moved.count(), 1);
    w->go(40); // clamped to the last
    EXPECT_EQ(w->current(), kCount - 1);
    EXPECT_EQ(moved.count(), 2);
    w->go(-3);
    EXPECT_EQ(w->current(), 0);
    EXPECT_EQ(moved.count(), 3);
    EXPECT_EQ(w->slide().index, 0);
}

// What the presenter types reaches the projected slide at once; an edit of another patient's
// slide does not touch the one shown.
TEST(ProjectionWindow, LiveEditsRepaintTheCurrentSlideOnly)
{
    auto w = window();
    w->resize(1280, 720);
    w->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    w->go(3);
    QCoreApplication::processEvents();
    PaintCounter counter;
    w->installEventFilter(&counter);
    const QImage before = w->grab().toImage();
    QCoreApplication::processEvents();
    counter.paints = 0;

    MeetingSlide other = slideAt(4);
    other.entry.decisions << slides::decision(DecisionKind::SetDischarge, {}, QDate(2026, 11, 30));
    w->updateSlide(other);
    QCoreApplication::processEvents();
    EXPECT_EQ(counter.paints, 0);
    EXPECT_EQ(w->slide().entry.decisions.size(), 1);
    EXPECT_EQ(w->grab().toImage(), before);

    MeetingSlide edited = slideAt(3);
    edited.entry.decisions << slides::decision(DecisionKind::SetDischarge, {}, QDate(2026, 11, 30));
    w->updateSlide(edited);
    QCoreApplication::processEvents();
    EXPECT_GE(counter.paints, 1);
    ASSERT_EQ(w->slide().entry.decisions.size(), 2);
    EXPECT_NE(w->grab().toImage(), before);
    w->removeEventFilter(&counter);
}

TEST(ProjectionWindow, FullScreenWithoutCursorNorDecorations)
{
    auto w = window();
    QScreen *screen = ProjectionWindow::defaultScreen(nullptr);
    ASSERT_NE(screen, nullptr);
    w->showOn(screen);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    EXPECT_TRUE(w->isFullScreen());
    EXPECT_EQ(w->screen(), screen);
    EXPECT_EQ(w->geometry(), screen->geometry());
    EXPECT_EQ(w->cursor().shape(), Qt::BlankCursor);
    EXPECT_TRUE(w->windowFlags() & Qt::FramelessWindowHint);
    EXPECT_TRUE(w->isWindow());
    w->close();
}

// With one screen the projection goes on the main window's; with two, on the other
// (QGuiApplication::screens() order). The offscreen platform has one screen.
TEST(ProjectionWindow, DefaultScreen)
{
    QWidget main;
    main.show();
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *chosen = ProjectionWindow::defaultScreen(&main);
    if (screens.size() == 1)
        EXPECT_EQ(chosen, main.screen());
    else
        EXPECT_NE(chosen, main.screen());
    EXPECT_EQ(ProjectionWindow::defaultScreen(nullptr) == QGuiApplication::primaryScreen(), screens.size() == 1);
}

TEST(ProjectionWindowScreenshot, OnTheProjector)
{
    auto w = window();
    w->go(2);
    w->show();
    screenshot(w.get(), QStringLiteral("meeting/projection-window-1920x1080"), QSize(1920, 1080));
    EXPECT_EQ(w->size(), QSize(1920, 1080));
    w->close();
}

} // namespace
} // namespace smr::test
