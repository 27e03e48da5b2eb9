// Test entry point of the user-interface suites: one QApplication for the whole binary,
// offscreen unless a display is asked for, French as the users see it.

#include "support/UiApplication.h"

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    smr::test::chooseOffscreenUnlessAsked();
    QApplication app(argc, argv);
    smr::test::setUpUiApplication(app);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
