#include "core/instruments/InstrumentDefinition.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace smr {

namespace {

QList<AnswerOption> readOptions(const QJsonValue &value)
{
    QList<AnswerOption> out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out << AnswerOption{o.value(QStringLiteral("value")),
                            LocalizedText::fromJson(o.value(QStringLiteral("label")))};
    }
    return out;
}

std::optional<InstrumentField::Type> fieldType(const QString &name)
{
    if (name == QLatin1String("number"))
        return InstrumentField::Type::Number;
    if (name == QLatin1String("integer"))
        return InstrumentField::Type::Integer;
    if (name == QLatin1String("choice"))
        return InstrumentField::Type::Choice;
    if (name == QLatin1String("text"))
        return InstrumentField::Type::Text;
    return std::nullopt;
}

} // namespace

QList<int> InstrumentItem::values() const
{
    QList<int> out;
    for (const AnswerOption &o : options)
        out << o.value.toInt();
    std::sort(out.begin(), out.end());
    return out;
}

int InstrumentItem::minValue() const
{
    const QList<int> v = values();
    return v.isEmpty() ? 0 : v.first();
}

int InstrumentItem::maxValue() const
{
    const QList<int> v = values();
    return v.isEmpty() ? 0 : v.last();
}

const AnswerOption *InstrumentItem::option(int value) const
{
    for (const AnswerOption &o : options) {
        if (o.value.toInt() == value)
            return &o;
    }
    return nullptr;
}

const InstrumentField *InstrumentDefinition::field(const QString &key) const
{
    for (const InstrumentField &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

Result<InstrumentDefinition> InstrumentDefinition::fromJson(const QJsonObject &json)
{
    InstrumentDefinition d;
    d.id = json.value(QStringLiteral("id")).toString();
    d.version = json.value(QStringLiteral("version")).toString();
    d.title = LocalizedText::fromJson(json.value(QStringLiteral("title")));
    d.shortTitle = LocalizedText::fromJson(json.value(QStringLiteral("short_title")));
    d.source = json.value(QStringLiteral("source")).toString();
    d.copyright = LocalizedText::fromJson(json.value(QStringLiteral("copyright")));
    d.instructions = LocalizedText::fromJson(json.value(QStringLiteral("instructions")));
    d.maxMissing = json.value(QStringLiteral("max_missing")).toInt(0);
    if (d.id.isEmpty() || d.version.isEmpty() || d.title.isEmpty())
        return Failure::storage(QStringLiteral("instrument definition without id, version or title"));

    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        InstrumentItem item;
        item.number = o.value(QStringLiteral("number")).toInt();
        item.title = LocalizedText::fromJson(o.value(QStringLiteral("title")));
        item.prompt = LocalizedText::fromJson(o.value(QStringLiteral("prompt")));
        item.options = readOptions(o.value(QStringLiteral("options")));
        item.notApplicable = LocalizedText::fromJson(o.value(QStringLiteral("not_applicable")));
        const QJsonObject anchors = o.value(QStringLiteral("anchors")).toObject();
        item.lowAnchor = LocalizedText::fromJson(anchors.value(QStringLiteral("low")));
        item.highAnchor = LocalizedText::fromJson(anchors.value(QStringLiteral("high")));
        if (item.number != d.items.size() + 1 || item.options.isEmpty())
            return Failure::storage(
                QStringLiteral("%1: item %2 is misnumbered or has no options").arg(d.id).arg(item.number));
        d.items << item;
    }

    const QJsonArray fields = json.value(QStringLiteral("fields")).toArray();
    for (const QJsonValue &v : fields) {
        const QJsonObject o = v.toObject();
        InstrumentField f;
        f.key = o.value(QStringLiteral("key")).toString();
        const std::optional<InstrumentField::Type> type = fieldType(o.value(QStringLiteral("type")).toString());
        if (f.key.isEmpty() || !type)
            return Failure::storage(QStringLiteral("%1: a field has no key or an unknown type").arg(d.id));
        f.type = *type;
        f.label = LocalizedText::fromJson(o.value(QStringLiteral("label")));
        f.unit = o.value(QStringLiteral("unit")).toString();
        // A bound left out is no bound.
        f.min = o.value(QStringLiteral("min")).toDouble(-std::numeric_limits<double>::max());
        f.max = o.value(QStringLiteral("max")).toDouble(std::numeric_limits<double>::max());
        f.minExclusive = o.value(QStringLiteral("min_exclusive")).toBool();
        f.decimals = o.value(QStringLiteral("decimals")).toInt();
        f.required = o.value(QStringLiteral("required")).toBool();
        f.choices = readOptions(o.value(QStringLiteral("choices")));
        d.fields << f;
    }
    if (d.items.isEmpty() == d.fields.isEmpty())
        return Failure::storage(QStringLiteral("%1: an instrument has either items or fields").arg(d.id));
    return d;
}

QStringList InstrumentDefinition::overlay(const QJsonObject &json)
{
    QStringList problems;
    if (json.value(QStringLiteral("id")).toString() != id)
        return {
            QStringLiteral("the file is for \"%1\", not \"%2\"").arg(json.value(QStringLiteral("id")).toString(), id)};
    title.overlay(LocalizedText::fromJson(json.value(QStringLiteral("title"))));
    shortTitle.overlay(LocalizedText::fromJson(json.value(QStringLiteral("short_title"))));
    copyright.overlay(LocalizedText::fromJson(json.value(QStringLiteral("copyright"))));
    instructions.overlay(LocalizedText::fromJson(json.value(QStringLiteral("instructions"))));

    const QJsonArray overlaid = json.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : overlaid) {
        const QJsonObject o = v.toObject();
        const int number = o.value(QStringLiteral("number")).toInt();
        if (number < 1 || number > items.size()) {
            problems << QStringLiteral("no item %1").arg(number);
            continue;
        }
        InstrumentItem &item = items[number - 1];
        item.title.overlay(LocalizedText::fromJson(o.value(QStringLiteral("title"))));
        item.prompt.overlay(LocalizedText::fromJson(o.value(QStringLiteral("prompt"))));
        item.notApplicable.overlay(LocalizedText::fromJson(o.value(QStringLiteral("not_applicable"))));
        const QJsonArray options = o.value(QStringLiteral("options")).toArray();
        for (const QJsonValue &ov : options) {
            const QJsonObject option = ov.toObject();
            const int value = option.value(QStringLiteral("value")).toInt(-1);
            auto it = std::find_if(item.options.begin(), item.options.end(),
                                   [&](const AnswerOption &a) { return a.value.toInt() == value; });
            if (it == item.options.end()) {
                problems << QStringLiteral("item %1 has no answer %2").arg(number).arg(value);
                continue;
            }
            it->label.overlay(LocalizedText::fromJson(option.value(QStringLiteral("label"))));
        }
    }
    return problems;
}

} // namespace smr
