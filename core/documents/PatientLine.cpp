#include "core/documents/PatientLine.h"

#include "core/common/Dates.h"

namespace smr {

QString PatientLine::facts(const Patient &p, const QDate &on)
{
    // French agrees "born" with the patient's sex (née, né): one source, two translations.
    const QString text = p.sex == Sex::Female ? tr("%1, %2 y, born on %3, IPP %4", "female")
                                              : tr("%1, %2 y, born on %3, IPP %4", "male");
    return text.arg(kSexes.shortLabel(p.sex)).arg(p.ageOn(on)).arg(dates::display(p.birthDate), p.ipp);
}

QString PatientLine::identity(const Patient &p, const QDate &on)
{
    return tr("%1 — %2").arg(p.displayName(), facts(p, on));
}

} // namespace smr
