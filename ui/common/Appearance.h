#pragma once

class QApplication;

namespace smr::ui {

// The application's look: Fusion style, the SMR Desk style sheet and icon, and a font that
// exists on the machine (DejaVu Sans on Debian; without a font every glyph is a box).
class Appearance
{
public:
    static void apply(QApplication &app);
};

} // namespace smr::ui
