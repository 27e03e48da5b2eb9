#include "ui/tablet/entry/TouchChoiceGroup.h"

#include "ui/tablet/TouchStyle.h"

#include <QGridLayout>
#include <QPushButton>

#include <algorithm>

namespace smr::ui {

TouchChoiceGroup::TouchChoiceGroup(const QString &name, const QList<Choice> &choices, QWidget *parent, bool multiple)
    : QWidget(parent), m_choices(choices), m_grid(new QGridLayout(this)), m_multiple(multiple)
{
    setObjectName(name);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(TouchStyle::SpacingPx);
    for (const Choice &choice : m_choices) {
        QPushButton *b = TouchStyle::button(choice.label, this, QStringLiteral("choice"));
        b->setObjectName(name + QLatin1Char('_') + choice.value);
        b->setCheckable(true);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(b, &QPushButton::clicked, this, [this, b](bool on) {
            // A plain checkable button toggles by itself; one choice at most unless multiple.
            if (on && !m_multiple) {
                for (QPushButton *other : std::as_const(m_buttons)) {
                    if (other != b)
                        other->setChecked(false);
                }
            }
            emit changed();
        });
        m_buttons << b;
    }
    relayout();
}

QList<TouchChoiceGroup::Choice> TouchChoiceGroup::choicesOf(const InstrumentField &field)
{
    QList<Choice> out;
    for (const AnswerOption &option : field.choices)
        out << Choice{option.value.toString(), option.label.text()};
    return out;
}

void TouchChoiceGroup::setColumns(int columns)
{
    columns = std::max(1, columns);
    if (columns == m_columns)
        return;
    m_columns = columns;
    relayout();
}

void TouchChoiceGroup::relayout()
{
    for (QPushButton *b : std::as_const(m_buttons))
        m_grid->removeWidget(b);
    for (int i = 0; i < m_buttons.size(); ++i)
        m_grid->addWidget(m_buttons.at(i), i / m_columns, i % m_columns);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, c < m_columns ? 1 : 0);
}

QString TouchChoiceGroup::value() const
{
    const QStringList chosen = values();
    return chosen.isEmpty() ? QString() : chosen.first();
}

QStringList TouchChoiceGroup::values() const
{
    QStringList out;
    for (int i = 0; i < m_buttons.size(); ++i) {
        if (m_buttons.at(i)->isChecked())
            out << m_choices.at(i).value;
    }
    return out;
}

void TouchChoiceGroup::setValue(const QString &value)
{
    setValues(value.isEmpty() ? QStringList() : QStringList{value});
}

void TouchChoiceGroup::setValues(const QStringList &values)
{
    for (int i = 0; i < m_buttons.size(); ++i)
        m_buttons.at(i)->setChecked(values.contains(m_choices.at(i).value));
}

QString TouchChoiceGroup::labelOf(const QString &value) const
{
    for (const Choice &choice : m_choices) {
        if (choice.value == value)
            return choice.label;
    }
    return {};
}

QString TouchChoiceGroup::valueOf(const QString &label) const
{
    for (const Choice &choice : m_choices) {
        if (choice.label == label)
            return choice.value;
    }
    return {};
}

QPushButton *TouchChoiceGroup::button(const QString &value) const
{
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_choices.at(i).value == value)
            return m_buttons.at(i);
    }
    return nullptr;
}

} // namespace smr::ui
