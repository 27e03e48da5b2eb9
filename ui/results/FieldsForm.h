#pragma once

#include "ui/results/EntryForm.h"

#include <QHash>
#include <QStringList>

#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace smr::ui {

// The entry form of an instrument measured in fields (resources/instruments/<id>.json "fields"),
// built from the declaration alone so that a new instrument needs no form code: numbers as line
// edits that take a decimal comma or point with the unit after them, choices as combo boxes
// ("—" first: not given), texts as line edits. Also the building block of the TUG and 6-minute
// walk forms, which show subsets of their fields in their own places.
//
// answers() holds only the fields that have a value; what does not parse (or is outside the
// declared range) is left out and marked under its field once the field is left.
class FieldsForm : public EntryForm
{
    Q_OBJECT

public:
    // Every declared field, with the instrument's instructions above them, in two columns.
    FieldsForm(const Instrument &instrument, const EntryContext &context, QWidget *parent = nullptr);
    // Only `keys`, in that order, in a grid of `columns` columns (read row by row). An empty key
    // leaves its cell empty; text fields take a whole row.
    FieldsForm(const Instrument &instrument, const EntryContext &context, const QStringList &keys, int columns,
               QWidget *parent = nullptr);
    ~FieldsForm() override;

    QJsonObject answers() const override;
    // Fills the shown fields from `answers` (others are ignored); a shown field absent from
    // `answers` is emptied.
    void setAnswers(const QJsonObject &answers) override;
    void showProblems(const QList<FieldError> &problems) override;
    void focusFirst() override;

    // The keys shown, in order.
    QStringList keys() const { return m_order; }
    bool shows(const QString &key) const { return m_fields.contains(key); }
    // Marks the fields named by `problems` (replacing earlier marks) and returns the messages of
    // the problems about fields this form does not show.
    QStringList markProblems(const QList<FieldError> &problems);

    // The input of `key` (a QLineEdit or a QComboBox), named "<key>Field"; null when not shown.
    QWidget *editor(const QString &key) const;
    QLineEdit *lineEdit(const QString &key) const;
    static QString objectNameFor(const QString &key) { return key + QStringLiteral("Field"); }

    // The value of `key` as answers() would hold it (undefined when empty or unreadable).
    QJsonValue value(const QString &key) const;
    std::optional<double> number(const QString &key) const;
    // Whether the field holds anything at all (even unreadable text).
    bool isFilled(const QString &key) const;
    // Shows `value` in the field of `key` (null or undefined empties it) and says so through
    // answersChanged, as if typed.
    void setValue(const QString &key, const QJsonValue &value);
    // Draws attention to a field that needs a value the record did not have (cleared by typing).
    void setAttention(const QString &key, const QString &message);
    // The width the labels of the first column need, and a width to give them, so that forms
    // stacked one above the other line their inputs up.
    int labelColumnWidth() const;
    void setLabelColumnWidth(int width);

private:
    struct Field;

    void build(const QStringList &keys, int columns);
    QWidget *makeEditor(Field &field);
    void onEdited(const QString &key);
    // The problem with what is typed in `field`, if any: unreadable, not whole, out of range.
    QString localProblem(const Field &field) const;
    void refreshMark(Field &field);
    void fill(Field &field, const QJsonValue &value);

    QHash<QString, Field *> m_fields;
    QStringList m_order;
    QLabel *m_banner = nullptr;
    QGridLayout *m_grid = nullptr;
    bool m_filling = false;
};

} // namespace smr::ui
