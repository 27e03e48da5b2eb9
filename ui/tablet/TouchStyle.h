#pragma once

#include <QString>

class QAbstractScrollArea;
class QPushButton;
class QWidget;

namespace smr::ui {

// The sizes and look of the tablet mode (issue #8), used by every touch screen so that they agree:
// a finger, not a mouse pointer, on a 10–13" screen held at arm's length in the gym.
//
// Decision: a touch target is at least MinTargetPx = 48 logical pixels on each side (≈ 9 mm on a
// 10" 1280×800 screen, the Material and Apple guidance); the buttons people press while watching a
// patient are larger (ButtonPx). Text is in pixels, not points, so that a tablet's resolution
// changes nothing. No control depends on hovering or on a right click.
class TouchStyle
{
public:
    static constexpr int MinTargetPx = 48;
    static constexpr int ButtonPx = 72;    // height of ordinary touch buttons
    static constexpr int KeyPx = 60;       // a keypad's keys: five rows fit beside a form on 800 px
    static constexpr int BarButtonPx = 56; // the window's bar, always at the same place
    static constexpr int BodyPx = 22;      // body text
    static constexpr int TitlePx = 30;     // a page's title
    static constexpr int HugePx = 120;     // a stopwatch's or countdown's digits
    static constexpr int SpacingPx = 12;   // between targets, so that a finger hits one only

    // Applies the tablet style sheet (resources/styles/tablet.qss) to `window` and its children.
    static void apply(QWidget *window);
    // Kinetic scrolling by touch (QScroller): the finger drags the page, which goes on gliding.
    static void kineticScroll(QAbstractScrollArea *area);
    // A touch button: at least ButtonPx high, `role` a style name ("primary", "danger", "tile",
    // "choice"; empty for an ordinary one). Never takes the keyboard focus from the page.
    static QPushButton *button(const QString &text, QWidget *parent, const QString &role = {});
};

} // namespace smr::ui
