// Test entry point of the command-line suite: one QCoreApplication for the whole binary. The
// tests run the real smrdesk-cli with QProcess; the core is linked only to look into the
// databases it writes.

#include "core/storage/Locations.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    smr::Locations::setUpApplication();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
