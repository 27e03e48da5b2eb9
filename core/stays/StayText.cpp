#include "core/stays/StayText.h"

namespace smr {

QString StayText::referrer(const Stay &stay)
{
    if (!stay.referrerType)
        return stay.referrerName;
    const QString type = kReferrerTypes.label(*stay.referrerType);
    if (stay.referrerName.isEmpty())
        return type;
    return tr("%1 (%2)").arg(stay.referrerName, type.toLower());
}

} // namespace smr
