#pragma once

namespace smr::test {

// The tablet that gets killed (issue #8: "a killed app loses none of it"). When the UI test binary
// is started with SMRDESK_TABLET_KILL_CHILD set, main() runs this instead of the tests: it opens
// the database SMRDESK_TABLET_DB as pkine would on the tablet, opens the patient's stay
// SMRDESK_TABLET_STAY, takes the test SMRDESK_TABLET_SCRIPT part of the way by touch ("berg": five
// items; "6mwt": the walk started, 50 s, three lengths) and kills itself with SIGKILL — no
// destructor, no flush, no closing question. Returns only when something failed before the kill.
int runTabletKillChild();

} // namespace smr::test
