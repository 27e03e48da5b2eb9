#pragma once

#include "ui/meeting/MeetingSlide.h"

#include <QWidget>

#include <functional>

class QScreen;

namespace smr::ui {

// The meeting's projection (issue #7): one patient per slide, full screen on the projector,
// painted by SlidePainter over the whole window. No decorations, no cursor, nothing but the
// slide. Driven by the keys presentation clickers send:
// - next: Page Down, Right, Down, Space, Return, Enter, N;
// - previous: Page Up, Left, Up, Backspace, P;
// - first and last: Home, End; no wrap past either end;
// - B and "." (the clickers' "black screen" key) toggle a black screen: nothing of the patient
//   shows, and moving keeps it black (the presenter may move on while the room sees nothing);
// - Esc closes the window.
// The presenter's view follows it through currentChanged and moves it with go(): a move to the
// slide already shown emits nothing, so that both can listen to each other without a loop.
class ProjectionWindow : public QWidget
{
    Q_OBJECT

public:
    // `provider` makes the slide of an index (0 to count − 1), asked each time one is shown.
    ProjectionWindow(int count, std::function<MeetingSlide(int index)> provider, QWidget *parent = nullptr);

    // Full screen on `screen` (the window's own screen when null).
    void showOn(QScreen *screen);
    // Where the projection goes by default: a screen other than the main window's (the second
    // screen, the projector) when there is one, else the main window's (or the primary screen).
    static QScreen *defaultScreen(const QWidget *mainWindow);

    int count() const { return m_count; }
    int current() const { return m_current; }
    const MeetingSlide &slide() const { return m_slide; }
    // Shows the slide at `index`, clamped to the slides; emits currentChanged when it moves.
    void go(int index);
    void next() { go(m_current + 1); }
    void previous() { go(m_current - 1); }
    // The presenter's live edits: the slide of `slide.index` as it now stands, painted at once
    // when it is the one shown (another index is ignored: the provider gives it when shown).
    void updateSlide(const MeetingSlide &slide);
    void setOptions(const SlideOptions &options);
    const SlideOptions &options() const { return m_options; }

    bool isBlank() const { return m_blank; }
    void setBlank(bool blank);

signals:
    void currentChanged(int index);
    void blankChanged(bool blank);
    void closed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    int m_count = 0;
    std::function<MeetingSlide(int)> m_provider;
    int m_current = -1;
    MeetingSlide m_slide;
    SlideOptions m_options;
    bool m_blank = false;
};

} // namespace smr::ui
