#pragma once

#include <QString>

namespace smr {

// A care unit of the establishment (locomoteur, neurologie, …). The list is configured per
// site; a unit that closes is deactivated, never deleted, so that old stays keep their unit.
struct Unit {
    QString code;  // stable identifier stored with stays ("locomoteur")
    QString label; // what users read ("Locomoteur")
    int sortOrder = 0;
    bool active = true;
    int version = 1; // incremented at every save; a save over a newer version is refused
};

} // namespace smr
