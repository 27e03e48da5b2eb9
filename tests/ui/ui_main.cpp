// Test entry point of the user-interface suites: one QApplication for the whole binary,
// offscreen unless a display is asked for, French as the users see it.

#include "core/i18n/Language.h"
#include "core/storage/Locations.h"
#include "ui/common/Appearance.h"

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // gtest discovery runs the binary without ctest's environment: choose the platform here.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    smr::Locations::setUpApplication();
    smr::Translations::install(smr::Language::French);
    smr::ui::Appearance::apply(app);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
