#include "ui/tablet/entry/TouchFormFactory.h"

#include "ui/results/FieldsForm.h"
#include "ui/tablet/entry/TouchQuestionnaireForm.h"
#include "ui/tablet/entry/TouchTugForm.h"
#include "ui/tablet/entry/TouchWalkForm.h"

namespace smr::ui {

EntryForm *TouchFormFactory::create(const Instrument &instrument, const EntryContext &context, QWidget *parent)
{
    if (instrument.id() == QLatin1String("tug"))
        return new TouchTugForm(instrument, context, parent);
    if (instrument.id() == QLatin1String("6mwt"))
        return new TouchWalkForm(instrument, context, parent);
    if (instrument.definition().isQuestionnaire())
        return new TouchQuestionnaireForm(instrument, context, parent);
    // An instrument measured in fields that has no touch screen of its own: the workstation's
    // form, usable by touch with the system's keyboard.
    return new FieldsForm(instrument, context, parent);
}

} // namespace smr::ui
