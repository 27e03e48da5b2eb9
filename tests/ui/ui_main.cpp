// Test entry point of the user-interface suites: one QApplication for the whole binary,
// offscreen unless a display is asked for, French as the users see it.

#include "support/UiApplication.h"
#include "ui/tablet/TabletKillChild.h"

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    smr::test::chooseOffscreenUnlessAsked();
    QApplication app(argc, argv);
    const auto appearance = smr::test::setUpUiApplication(app);
    // A child of TabletEntryUiTest, to be killed mid-test: not the test suite.
    if (qEnvironmentVariableIsSet("SMRDESK_TABLET_KILL_CHILD"))
        return smr::test::runTabletKillChild();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
