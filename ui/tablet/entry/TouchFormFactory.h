#pragma once

#include "ui/results/EntryForm.h"

namespace smr::ui {

// The touch entry screen of an instrument in the tablet mode (issue #8): the full-screen
// stopwatch of the TUG, the six-minute walk's countdown with its lap button, one item per screen
// for a questionnaire (Berg, Dallas, ODI, STarT Back); the same answers as the workstation's forms.
class TouchFormFactory
{
public:
    static EntryForm *create(const Instrument &instrument, const EntryContext &context, QWidget *parent);
};

} // namespace smr::ui
