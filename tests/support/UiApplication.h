#pragma once

// The application of a binary that shows widgets (the UI tests, the benchmarks): offscreen unless
// a display is asked for, French as the users see it, the application's look.

#include "core/i18n/Language.h"
#include "core/storage/Locations.h"
#include "ui/common/Appearance.h"

#include <QApplication>

#include <memory>

namespace smr::test {

// Before the QApplication is made: gtest discovery runs a binary without ctest's environment.
inline void chooseOffscreenUnlessAsked()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// The look lasts as long as the returned object, to be destroyed before the application.
[[nodiscard]] inline std::unique_ptr<ui::Appearance> setUpUiApplication(QApplication &app)
{
    Locations::setUpApplication();
    Translations::install(Language::French);
    return std::make_unique<ui::Appearance>(app);
}

} // namespace smr::test
