#pragma once

#include "core/common/Result.h"
#include "core/instruments/Instrument.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <optional>

class QBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace smr::ui {

class Keypad;
class LabelButton;

// Numbers entered by touch, in the page itself: a large button per declared field showing its
// label and value, and the numeric keypad typing into the field selected (OK goes to the next
// field). Sections with a title hold fields or another widget (a choice group). The fields sit
// beside the keypad in landscape and above it in portrait; they scroll kinetically.
//
// A value is kept as soon as it is typed and within the declared range (so that a draft saved at
// once holds it), as FieldsForm gives it: a whole number for an integer field, a double otherwise.
class TouchFieldPad : public QWidget
{
    Q_OBJECT

public:
    TouchFieldPad(const Instrument &instrument, const QString &name, QWidget *parent = nullptr);
    ~TouchFieldPad() override;

    // A section of field buttons for `keys` (declared fields), in `columns` columns; returns it
    // (to hide it when it does not apply).
    QWidget *addFields(const QString &title, const QStringList &keys, int columns = 2);
    // A section holding `widget`.
    QWidget *addSection(const QString &title, QWidget *widget);
    // A line of text at the top of the fields (a summary).
    QLabel *addNote(const QString &name, const QString &role = QStringLiteral("subtitle"));

    QStringList keys() const { return m_order; }
    QJsonObject answers() const;
    // Shows the values of `answers` for the keys of this pad; a key absent from them is emptied.
    void setAnswers(const QJsonObject &answers);
    std::optional<double> number(const QString &key) const;
    bool isFilled(const QString &key) const { return number(key).has_value(); }
    // Shows `value` for `key` (nothing: empty), without emitting changed().
    void setNumber(const QString &key, std::optional<double> value);
    // Sends the keypad to the field of `key`.
    void select(const QString &key);
    QString selected() const { return m_selected; }
    // A note on a field that needs a value the record lacks (cleared once a value is typed).
    void setAttention(const QString &key, const QString &message);
    // Marks the fields named by `problems` (replacing earlier marks); returns the messages of the
    // problems about fields this pad does not show.
    QStringList markProblems(const QList<FieldError> &problems);

    QPushButton *fieldButton(const QString &key) const;
    Keypad *keypad() const { return m_keypad; }

    // `value` as the answers of the declared `field` hold it.
    static QJsonValue jsonValue(const InstrumentField &field, double value);

signals:
    // The value of `key` changed by touch (typed on the keypad).
    void changed(const QString &key);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Field;

    void typed(const QString &text);
    void next();
    QString rangeText(const InstrumentField &field) const;
    QString problemOf(const Field &field) const;
    void refresh(Field &field);
    void refreshMessage();

    const Instrument &m_instrument;
    QHash<QString, Field *> m_fields;
    QStringList m_order;
    QString m_selected;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_sections = nullptr;
    QWidget *m_keypadPanel = nullptr;
    QLabel *m_message = nullptr;
    Keypad *m_keypad = nullptr;
    QBoxLayout *m_layout = nullptr;
};

} // namespace smr::ui
