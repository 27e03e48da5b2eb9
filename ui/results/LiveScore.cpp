#include "ui/results/LiveScore.h"

#include "ui/common/Labels.h"

#include <QJsonArray>

#include <algorithm>

namespace smr::ui {

LiveScore LiveScore::of(const Instrument &instrument, const QJsonObject &given, const PatientFacts &facts)
{
    LiveScore live;
    const QJsonObject answers = instrument.withPatientDefaults(given, facts);
    const Result<QJsonObject> scores = instrument.score(answers);
    if (scores) {
        const Assessment a = instrument.assess(*scores);
        live.complete = true;
        live.summary = a.summary;
        live.interpretation = a.interpretation;
        live.notes = a.notes.join(QLatin1Char('\n'));
        live.severity = severityName(a.severity);
    } else if (instrument.definition().isQuestionnaire()) {
        const QJsonArray items = answers.value(QStringLiteral("items")).toArray();
        const int answered =
            int(std::count_if(items.begin(), items.end(), [](const QJsonValue &v) { return !v.isNull(); }));
        live.summary =
            tr("Score: incomplete — %1 of %2 items answered").arg(answered).arg(instrument.definition().items.size());
    } else {
        live.summary = tr("Score: incomplete");
        live.interpretation =
            scores.failure().fields().isEmpty() ? QString() : scores.failure().fields().first().message;
    }
    return live;
}

bool LiveScore::isBlank(const QJsonObject &answers)
{
    const QJsonArray items = answers.value(QStringLiteral("items")).toArray();
    return answers.isEmpty() ||
           (answers.size() == 1 && answers.contains(QStringLiteral("items")) &&
            std::all_of(items.begin(), items.end(), [](const QJsonValue &v) { return v.isNull(); }));
}

} // namespace smr::ui
