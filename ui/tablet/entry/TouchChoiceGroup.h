#pragma once

#include "core/instruments/InstrumentDefinition.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QPushButton;

namespace smr::ui {

// One choice among a few as large touch buttons (the walking aid, the sex, why a walk stopped
// early): a tap selects a choice, a tap on the selected one clears it, since these answers may
// stay empty. With `multiple`, each button toggles on its own (the symptoms). The buttons are
// named "<name>_<value>" for tests and laid out in `columns` columns.
class TouchChoiceGroup : public QWidget
{
    Q_OBJECT

public:
    struct Choice {
        QString value;
        QString label;
    };

    TouchChoiceGroup(const QString &name, const QList<Choice> &choices, QWidget *parent = nullptr,
                     bool multiple = false);
    // The choices of a declared choice field, labelled in the current language.
    static QList<Choice> choicesOf(const InstrumentField &field);

    void setColumns(int columns);
    int columns() const { return m_columns; }

    // The value chosen (empty: none); with `multiple`, the values chosen in the choices' order.
    QString value() const;
    QStringList values() const;
    // Shows `value` chosen (empty: none), without emitting changed().
    void setValue(const QString &value);
    void setValues(const QStringList &values);
    QString labelOf(const QString &value) const;
    // The value whose label is `label` (empty when none).
    QString valueOf(const QString &label) const;
    QPushButton *button(const QString &value) const;

signals:
    // A tap changed the choice.
    void changed();

private:
    void relayout();

    QList<Choice> m_choices;
    QList<QPushButton *> m_buttons;
    QGridLayout *m_grid;
    int m_columns = 1;
    bool m_multiple;
};

} // namespace smr::ui
