// The workstation's forms, until the touch screens (ui/tablet/entry) land in the next commits.
#include "ui/tablet/entry/TouchFormFactory.h"
#include "ui/results/EntryFormFactory.h"
namespace smr::ui {
EntryForm *TouchFormFactory::create(const Instrument &instrument, const EntryContext &context, QWidget *parent)
{
    return EntryFormFactory::create(instrument, context, parent);
}
} // namespace smr::ui
