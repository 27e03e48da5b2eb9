#include "core/documents/ResultSheet.h"

#include "core/Store.h"
#include "core/common/Dates.h"
#include "core/common/Text.h"
#include "core/documents/DocumentHtml.h"
#include "core/documents/StayFacts.h"
#include "core/results/ResultText.h"

namespace smr {

Result<DocumentContent> ResultSheet::compose(Store &store, ResultId id)
{
    const Result<TestResult> result = store.results().find(id);
    if (!result)
        return result.failure();
    if (result->status != TestResult::Status::Final)
        return Failure::invalid(DocumentService::SubjectField,
                                tr("A result sheet is written for a final result; this one is a draft."));
    const Instrument *instrument = store.instruments().find(result->instrument);
    if (!instrument)
        return Failure::notFound(DocumentService::SubjectField,
                                 tr("The instrument \"%1\" of this result is unknown.").arg(result->instrument));
    const Result<StayFacts> facts = StayFacts::read(store, result->stayId);
    if (!facts)
        return facts.failure();

    DocumentContent c;
    c.title = tr("%1 — %2 — %3")
                  .arg(instrument->title(), facts->patient.displayName(), dates::display(result->performedAt.date()));
    QString h = html::heading(c.title, 1);
    h += html::labelled(tr("Patient"), facts->identity());
    h += html::labelled(tr("Stay"), facts->stayLine());
    h += html::labelled(tr("Test performed on"), ResultText::when(result->performedAt));
    h += html::labelled(tr("Entered by"), result->enteredBy);
    if (result->isCorrection())
        h +=
            html::labelled(tr("Correction"), tr("revision %1: %2").arg(result->revision).arg(result->correctionReason));

    const Assessment a = instrument->assess(result->scores);
    h += html::heading(tr("Result"));
    html::Table scores({tr("Measure"), tr("Value")}, {50, 50});
    for (const Measure &m : instrument->measures()) {
        const QJsonValue v = result->scores.value(m.key);
        if (!v.isDouble())
            continue;
        const QString unit = m.unit.isEmpty() ? QString() : QLatin1Char(' ') + m.unit;
        scores.row({m.label, text::decimal(v.toDouble(), m.decimals) + unit});
    }
    h += scores.html();
    h += html::labelled(tr("Reading"), a.interpretation);
    h += html::list(a.notes);

    // The previous result of the same instrument in the stay, for its change.
    if (const Result<QList<TestResult>> all = store.results().current(result->stayId)) {
        std::optional<TestResult> first;
        for (const TestResult &r : *all)
            if (r.instrument == result->instrument && r.status == TestResult::Status::Final &&
                r.performedAt < result->performedAt && (!first || r.performedAt < first->performedAt))
                first = r;
        if (first)
            h += html::labelled(tr("Since %1").arg(dates::display(first->performedAt.date())),
                                ResultText::change(*instrument, *first, *result));
    }

    h += html::heading(instrument->definition().isQuestionnaire() ? tr("Answers") : tr("Measurements"));
    h += html::list(ResultText::answers(*instrument, result->answers));
    h += html::labelled(tr("Remarks"), result->remarks);
    QString source = tr("%1, version %2. Source: %3.")
                         .arg(instrument->title(), instrument->definition().version, instrument->definition().source);
    if (!instrument->definition().copyright.isEmpty())
        source += QLatin1Char(' ') + instrument->definition().copyright.text();
    h += QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>\n").arg(html::escape(source));
    c.html = h;
    return c;
}

} // namespace smr
