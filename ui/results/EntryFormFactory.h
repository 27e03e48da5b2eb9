#pragma once

#include "ui/results/EntryForm.h"

namespace smr::ui {

// The entry form of an instrument: the TUG stopwatch and the 6-minute walk countdown for those
// two, otherwise a form built from the declaration alone (items → questionnaire, fields →
// measured fields), so that a new instrument needs no form code.
class EntryFormFactory
{
public:
    static EntryForm *create(const Instrument &instrument, const EntryContext &context, QWidget *parent = nullptr);
};

} // namespace smr::ui
