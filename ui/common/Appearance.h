#pragma once

#include <future>

class QApplication;

namespace smr::ui {

// The application's look: Fusion style, the SMR Desk style sheet and icon, and a font that
// exists on the machine (DejaVu Sans on Debian; without a font every glyph is a box).
//
// Made right after the QApplication and destroyed before it (a local of main() declared after
// the application). Qt's list of installed fonts is read on a worker thread meanwhile, and the
// destructor waits for it: a thread still reading it while ~QGuiApplication tears the font
// database down aborts the program ("Must construct a QGuiApplication before accessing
// QFontDatabase"), which a binary leaving at once, like a test binary listing its tests, did.
class Appearance
{
public:
    explicit Appearance(QApplication &app);
    ~Appearance();
    Appearance(const Appearance &) = delete;
    Appearance &operator=(const Appearance &) = delete;

private:
    std::future<void> m_fontList;
};

} // namespace smr::ui
