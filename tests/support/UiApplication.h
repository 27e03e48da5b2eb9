#pragma once

// The application of a binary that shows widgets (the UI tests, the benchmarks): offscreen unless
// a display is asked for, French as the users see it, the application's look.

#include "core/i18n/Language.h"
#include "core/storage/Locations.h"
#include "ui/common/Appearance.h"

#include <QApplication>

namespace smr::test {

// Before the QApplication is made: gtest discovery runs a binary without ctest's environment.
inline void chooseOffscreenUnlessAsked()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

inline void setUpUiApplication(QApplication &app)
{
    Locations::setUpApplication();
    Translations::install(Language::French);
    ui::Appearance::apply(app);
}

} // namespace smr::test
