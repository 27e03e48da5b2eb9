#include "ui/results/EntryFormFactory.h"

#include "ui/results/FieldsForm.h"
#include "ui/results/QuestionnaireForm.h"
#include "ui/results/TugForm.h"
#include "ui/results/WalkForm.h"

namespace smr::ui {

EntryForm *EntryFormFactory::create(const Instrument &instrument, const EntryContext &context, QWidget *parent)
{
    if (instrument.id() == QLatin1String("tug"))
        return new TugForm(instrument, context, parent);
    if (instrument.id() == QLatin1String("6mwt"))
        return new WalkForm(instrument, context, parent);
    if (instrument.definition().isQuestionnaire())
        return new QuestionnaireForm(instrument, context, parent);
    return new FieldsForm(instrument, context, parent);
}

} // namespace smr::ui
