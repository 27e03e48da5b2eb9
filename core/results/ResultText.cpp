#include "core/results/ResultText.h"

#include <QJsonArray>
#include <QLocale>

namespace smr {

QStringList ResultText::answers(const Instrument &instrument, const QJsonObject &answers)
{
    QStringList lines;
    const InstrumentDefinition &d = instrument.definition();
    if (d.isQuestionnaire()) {
        const QJsonArray values = answers.value(QStringLiteral("items")).toArray();
        for (int i = 0; i < d.items.size(); ++i) {
            const InstrumentItem &item = d.items.at(i);
            const QJsonValue v = values.at(i);
            QString answer;
            if (v.isNull() || v.isUndefined()) {
                answer = item.notApplicable.isEmpty() ? tr("no answer") : tr("no answer or not applicable");
            } else {
                const AnswerOption *option = item.option(v.toInt());
                answer = QString::number(v.toInt());
                if (option && option->label.text() != answer)
                    answer += QStringLiteral(" — ") + option->label.text();
            }
            lines << tr("%1. %2: %3").arg(item.number).arg(item.title.text(), answer);
        }
        return lines;
    }
    for (const InstrumentField &f : d.fields) {
        const QJsonValue v = answers.value(f.key);
        if (v.isUndefined() || v.isNull())
            continue;
        QString value;
        if (f.type == InstrumentField::Type::Choice) {
            value = v.toString();
            for (const AnswerOption &c : f.choices) {
                if (c.value.toString() == value)
                    value = c.label.text();
            }
        } else if (f.type == InstrumentField::Type::Text) {
            value = v.toString();
        } else {
            value = QLocale().toString(v.toDouble(), 'g', 10);
            if (!f.unit.isEmpty())
                value += QLatin1Char(' ') + f.unit;
        }
        lines << tr("%1: %2").arg(f.label.text(), value);
    }
    return lines;
}

QString ResultText::change(const Instrument &instrument, const TestResult &earlier, const TestResult &later)
{
    const QList<MeasureChange> changes = ChangeAnalysis::compare(instrument, earlier.scores, later.scores);
    if (changes.isEmpty())
        return {};
    return ChangeAnalysis::describe(changes.first());
}

QString ResultText::when(const QDateTime &at)
{
    return at.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace smr
