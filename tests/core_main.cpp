// Test entry point of the core suites: one QCoreApplication for the whole binary.

#include "core/i18n/Language.h"
#include "core/storage/Locations.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    smr::Locations::setUpApplication();
    smr::Translations::install(smr::Language::English);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
