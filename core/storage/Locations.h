#pragma once

#include <QString>

namespace smr {

// Where SMR Desk keeps its files on this computer (XDG folders on Linux).
class Locations
{
public:
    // Sets the application identity that the locations are derived from; call before the others.
    static void setUpApplication();
    // The embedded database: <data folder>/smrdesk/smrdesk.sqlite.
    static QString defaultDatabase();
    // The settings file: <config folder>/smrdesk/settings.ini.
    static QString settingsFile();
};

} // namespace smr
