#include "core/instruments/Instrument.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace smr {

namespace {

// Numbers as in the JSON answers (2.5, 1500), whatever the language of the message.
QString numberText(double v)
{
    return QString::number(v, 'g', 10);
}

QString sentenceStart(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// How a JSON value that is not an allowed answer is quoted in a message.
QString quoted(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Double:
        return numberText(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QStringLiteral("[…]");
    case QJsonValue::Object:
        return QStringLiteral("{…}");
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

bool isWhole(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

QString joinValues(const QList<int> &values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString Instrument::itemName(int number) const
{
    const QString title =
        number >= 1 && number <= m_definition.items.size() ? m_definition.items.at(number - 1).title.text() : QString();
    return title.isEmpty() ? tr("item %1").arg(number) : tr("item %1 (%2)").arg(number).arg(title.toLower());
}

QList<FieldError> Instrument::check(const QJsonObject &answers) const
{
    QList<FieldError> errors = m_definition.isQuestionnaire() ? checkItems(answers) : checkFields(answers);
    if (errors.isEmpty())
        errors = checkRules(answers);
    return errors;
}

QList<FieldError> Instrument::checkItems(const QJsonObject &answers) const
{
    const QList<InstrumentItem> &items = m_definition.items;
    const QString field = QStringLiteral("items");
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (it.key() != field)
            return {{it.key(), tr("%1: \"%2\" is not expected; the answers are \"items\", a list of %3 values.")
                                   .arg(title(), it.key())
                                   .arg(items.size())}};
    }
    if (!answers.value(field).isArray())
        return {
            {field, tr("\"items\" is required: a list of %n answer(s), one per item.", nullptr, int(items.size()))}};
    const QJsonArray values = answers.value(field).toArray();
    if (values.size() != items.size())
        return {{field, tr("%1: \"items\" must hold %2 answers, one per item; %3 given.")
                            .arg(title())
                            .arg(items.size())
                            .arg(values.size())}};

    QList<FieldError> errors;
    int missing = 0;
    for (int i = 0; i < items.size(); ++i) {
        const InstrumentItem &item = items.at(i);
        const QJsonValue v = values.at(i);
        const QString key = QStringLiteral("items.%1").arg(item.number);
        const bool mayBeNull = m_definition.maxMissing > 0 || !item.notApplicable.isEmpty();
        if (v.isNull()) {
            if (mayBeNull) {
                ++missing;
                continue;
            }
            errors << FieldError{key, tr("The answer to %1 is missing; the answers are %2.")
                                          .arg(itemName(item.number), joinValues(item.values()))};
            continue;
        }
        if (!isWhole(v) || !item.option(int(v.toDouble()))) {
            const QString allowed = joinValues(item.values());
            const QString name = sentenceStart(itemName(item.number));
            errors << FieldError{
                key, mayBeNull ? tr("%1: %2 is not allowed; the answers are %3, or null when it is "
                                    "left out.")
                                     .arg(name, quoted(v), allowed)
                               : tr("%1: %2 is not allowed; the answers are %3.").arg(name, quoted(v), allowed)};
        }
    }
    if (errors.isEmpty() && missing > m_definition.maxMissing) {
        errors << FieldError{
            field,
            tr("%1 items are unanswered; at most %2 may be left out.").arg(missing).arg(m_definition.maxMissing)};
    }
    return errors;
}

QList<FieldError> Instrument::checkFields(const QJsonObject &answers) const
{
    QList<FieldError> errors;
    QStringList keys;
    for (const InstrumentField &f : m_definition.fields)
        keys << f.key;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!keys.contains(it.key()))
            errors << FieldError{it.key(), tr("%1: \"%2\" is not expected; the answers are %3.")
                                               .arg(title(), it.key(), keys.join(QStringLiteral(", ")))};
    }
    for (const InstrumentField &f : m_definition.fields) {
        const QJsonValue v = answers.value(f.key);
        const QString name = tr("%1 (\"%2\")").arg(f.label.text(), f.key);
        if (v.isUndefined() || v.isNull()) {
            if (f.required)
                errors << FieldError{f.key, tr("%1 is required.").arg(name)};
            continue;
        }
        switch (f.type) {
        case InstrumentField::Type::Number:
        case InstrumentField::Type::Integer: {
            const bool integer = f.type == InstrumentField::Type::Integer;
            const double d = v.toDouble();
            const bool inRange = v.isDouble() && std::isfinite(d) && f.inRange(d);
            if (!inRange || (integer && !isWhole(v))) {
                const QString unit = f.unit.isEmpty() ? QString() : QLatin1Char(' ') + f.unit;
                QString range = f.minExclusive
                                    ? tr("a number greater than %1 and at most %2%3")
                                    : (integer ? tr("a whole number from %1 to %2%3") : tr("a number from %1 to %2%3"));
                errors << FieldError{f.key,
                                     tr("%1: %2 is not allowed; give %3.")
                                         .arg(name, quoted(v), range.arg(numberText(f.min), numberText(f.max), unit))};
            }
            break;
        }
        case InstrumentField::Type::Choice: {
            QStringList allowed;
            bool found = false;
            for (const AnswerOption &c : f.choices) {
                allowed << c.value.toString();
                found = found || (v.isString() && v.toString() == c.value.toString());
            }
            if (!found)
                errors << FieldError{f.key, tr("%1: %2 is not allowed; the values are %3.")
                                                .arg(name, quoted(v), allowed.join(QStringLiteral(", ")))};
            break;
        }
        case InstrumentField::Type::Text:
            if (!v.isString() || v.toString().size() > 500)
                errors << FieldError{f.key, tr("%1 must be a text of at most 500 characters.").arg(name)};
            break;
        }
    }
    return errors;
}

QList<FieldError> Instrument::checkRules(const QJsonObject &) const
{
    return {};
}

Result<QJsonObject> Instrument::score(const QJsonObject &answers) const
{
    if (const QList<FieldError> errors = check(answers); !errors.isEmpty())
        return Failure::invalid(errors);
    return compute(answers);
}

std::optional<ChangeThreshold> Instrument::threshold(const QString &, const QJsonObject &) const
{
    return std::nullopt;
}

QList<ReferenceLine> Instrument::referenceLines(const QString &, const QJsonObject &, const PatientFacts &) const
{
    return {};
}

QList<ValueBand> Instrument::bands(const QString &, const QJsonObject &, const PatientFacts &) const
{
    return {};
}

QJsonObject Instrument::withPatientDefaults(QJsonObject answers, const PatientFacts &) const
{
    return answers;
}

QList<int> Instrument::itemValues(const QJsonObject &answers)
{
    QList<int> out;
    const QJsonArray values = answers.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : values)
        out << (v.isNull() ? -1 : int(v.toDouble()));
    return out;
}

double Instrument::rounded(double value, int decimals)
{
    // 537.85 is stored as 537.8499999…: nudge by far less than any measured precision so that
    // a decimal half rounds away from zero as it does on paper.
    const double scaled = value * std::pow(10.0, decimals);
    const double nudge = std::copysign(1e-9 * std::max(1.0, std::abs(scaled)), scaled);
    return std::round(scaled + nudge) / std::pow(10.0, decimals);
}

} // namespace smr
