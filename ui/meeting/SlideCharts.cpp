#include "ui/meeting/SlideCharts.h"

#include "core/progress/ChartBuilder.h"

#include <QStringList>

#include <algorithm>

namespace smr::ui {

namespace {

bool reachesThreshold(const ChangeSinceMeeting &change)
{
    return change.change && change.change->beyondThreshold.value_or(false);
}

const ProgressChart *chartOf(const QString &instrument, const QList<ProgressChart> &all)
{
    for (const ProgressChart &chart : all) {
        if (chart.instrument == instrument && !chart.isEmpty())
            return &chart;
    }
    return nullptr;
}

} // namespace

QList<ProgressChart> SlideCharts::choose(const MeetingEntryView &entry, const QList<ProgressChart> &all)
{
    QList<ChangeSinceMeeting> changes = entry.changes;
    // Stable: equal changes keep the catalog's order.
    std::stable_sort(changes.begin(), changes.end(), [](const ChangeSinceMeeting &a, const ChangeSinceMeeting &b) {
        if (reachesThreshold(a) != reachesThreshold(b))
            return reachesThreshold(a);
        return a.testsTaken > b.testsTaken;
    });
    QList<ProgressChart> chosen;
    QStringList taken;
    const auto take = [&](const QString &instrument) {
        if (chosen.size() == MaxCharts || taken.contains(instrument))
            return false;
        const ProgressChart *chart = chartOf(instrument, all);
        if (!chart)
            return false;
        chosen << ChartBuilder::currentStayOnly(*chart);
        taken << instrument;
        return true;
    };
    for (const ChangeSinceMeeting &change : changes)
        take(change.instrument);

    // Then one more: the stay's most recently measured instrument that has a chart.
    QList<const InstrumentCard *> measured;
    for (const InstrumentCard &card : entry.cards) {
        if (card.latest)
            measured << &card;
    }
    std::stable_sort(measured.begin(), measured.end(), [](const InstrumentCard *a, const InstrumentCard *b) {
        return a->latest->performedAt > b->latest->performedAt;
    });
    for (const InstrumentCard *card : measured) {
        if (take(card->instrument))
            break;
    }
    return chosen;
}

} // namespace smr::ui
