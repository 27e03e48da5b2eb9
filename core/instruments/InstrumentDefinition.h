#pragma once

#include "core/common/Result.h"
#include "core/instruments/LocalizedText.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace smr {

// One allowed answer of a questionnaire item, or one value of a choice field.
struct AnswerOption {
    QJsonValue value; // an integer for items, a string for choice fields
    LocalizedText label;
};

// A questionnaire item: answered with the value of one of its options (or null when the item
// may be left out or is not applicable).
struct InstrumentItem {
    int number = 0;
    LocalizedText title;
    LocalizedText prompt;
    QList<AnswerOption> options; // in display order
    LocalizedText notApplicable; // set when the item may be "not applicable"
    LocalizedText lowAnchor;     // segmented lines (Dallas): the words at each end
    LocalizedText highAnchor;

    QList<int> values() const;
    int minValue() const;
    int maxValue() const;
    const AnswerOption *option(int value) const;
};

// A measured field (TUG, 6-minute walk): a number, a whole number, a choice or a text.
struct InstrumentField {
    enum class Type { Number, Integer, Choice, Text };
    QString key;
    Type type = Type::Number;
    LocalizedText label;
    QString unit;
    double min = 0;
    double max = 0;
    bool minExclusive = false;
    int decimals = 0;
    bool required = false;
    QList<AnswerOption> choices;

    // Within the declared range (above min when minExclusive, else from min), for a number field.
    bool inRange(double value) const { return (minExclusive ? value > min : value >= min) && value <= max; }
};

// What an instrument asks and how it is worded, read from resources/instruments/<id>.json
// (see its README): the single declaration that validation, forms, the command-line tool,
// storage and charts follow.
struct InstrumentDefinition {
    QString id;
    QString version;
    LocalizedText title;
    LocalizedText shortTitle;
    QString source;
    LocalizedText copyright;
    LocalizedText instructions;
    int maxMissing = 0;
    QList<InstrumentItem> items;
    QList<InstrumentField> fields;

    bool isQuestionnaire() const { return !items.isEmpty(); }
    const InstrumentField *field(const QString &key) const;

    static Result<InstrumentDefinition> fromJson(const QJsonObject &json);
    // Applies a site's file of the same shape: only its texts are taken (allowed answers and
    // scoring stay those of the application). Returns what could not be applied.
    QStringList overlay(const QJsonObject &json);
};

} // namespace smr
