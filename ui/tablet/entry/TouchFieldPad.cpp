#include "ui/tablet/entry/TouchFieldPad.h"

#include "core/common/Text.h"
#include "ui/common/Labels.h"
#include "ui/tablet/Keypad.h"
#include "ui/tablet/LabelButton.h"
#include "ui/tablet/TouchStyle.h"

#include <QBoxLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>

#include <algorithm>
#include <cmath>

namespace smr::ui {

struct TouchFieldPad::Field {
    const InstrumentField *def = nullptr;
    LabelButton *button = nullptr;
    QLabel *value = nullptr;
    QLabel *note = nullptr;
    QString text;      // as typed, with the locale's decimal comma
    QString attention; // the record lacks it
    QString external;  // named by showProblems
};

TouchFieldPad::TouchFieldPad(const Instrument &instrument, const QString &name, QWidget *parent)
    : QWidget(parent), m_instrument(instrument)
{
    setObjectName(name);
    auto *content = new QWidget;
    content->setObjectName(name + QStringLiteral("Content"));
    m_sections = new QVBoxLayout(content);
    m_sections->setContentsMargins(0, 0, TouchStyle::SpacingPx, 0);
    m_sections->setSpacing(TouchStyle::SpacingPx);
    m_sections->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(name + QStringLiteral("Scroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    TouchStyle::kineticScroll(m_scroll);

    m_keypadPanel = new QWidget(this);
    auto *panel = new QVBoxLayout(m_keypadPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(m_keypadPanel);
    m_message->setObjectName(name + QStringLiteral("Message"));
    m_message->setProperty("touchRole", QStringLiteral("muted"));
    m_message->setWordWrap(true);
    m_keypad = new Keypad(m_keypadPanel);
    m_keypad->setOkText(tr("OK, next"));
    panel->addWidget(m_message);
    panel->addWidget(m_keypad, 1);

    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(TouchStyle::SpacingPx * 2);
    m_layout->addWidget(m_scroll, 3);
    m_layout->addWidget(m_keypadPanel, 2);

    connect(m_keypad, &Keypad::edited, this, &TouchFieldPad::typed);
    connect(m_keypad, &Keypad::accepted, this, &TouchFieldPad::next);
}

TouchFieldPad::~TouchFieldPad()
{
    qDeleteAll(m_fields);
}

QWidget *TouchFieldPad::addSection(const QString &title, QWidget *widget)
{
    auto *section = new QWidget;
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(TouchStyle::SpacingPx / 2);
    if (!title.isEmpty()) {
        auto *label = new QLabel(title, section);
        label->setProperty("touchRole", QStringLiteral("section"));
        layout->addWidget(label);
    }
    layout->addWidget(widget);
    m_sections->insertWidget(m_sections->count() - 1, section);
    return section;
}

QLabel *TouchFieldPad::addNote(const QString &name, const QString &role)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setProperty("touchRole", role);
    label->setWordWrap(true);
    m_sections->insertWidget(m_sections->count() - 1, label);
    return label;
}

QWidget *TouchFieldPad::addFields(const QString &title, const QStringList &keys, int columns)
{
    auto *grid = new QWidget;
    auto *layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(TouchStyle::SpacingPx);
    int cell = 0;
    for (const QString &key : keys) {
        const InstrumentField *def = m_instrument.definition().field(key);
        if (!def)
            continue;
        auto *field = new Field;
        field->def = def;
        field->button = new LabelButton(grid, QStringLiteral("field"));
        field->button->setObjectName(key + QStringLiteral("Button"));
        field->button->setCheckable(true);
        field->button->addLabel(def->label.text(), QStringLiteral("muted"));
        field->value = field->button->addLabel(QString(), QStringLiteral("value"));
        field->note = field->button->addLabel(QString(), QStringLiteral("fieldNote"));
        field->note->setVisible(false);
        layout->addWidget(field->button, cell / columns, cell % columns);
        ++cell;
        m_fields.insert(key, field);
        m_order << key;
        connect(field->button, &QPushButton::clicked, this, [this, key] { select(key); });
        refresh(*field);
    }
    for (int c = 0; c < columns; ++c)
        layout->setColumnStretch(c, 1);
    QWidget *section = addSection(title, grid);
    if (m_selected.isEmpty() && !m_order.isEmpty())
        select(m_order.first());
    return section;
}

QJsonValue TouchFieldPad::jsonValue(const InstrumentField &field, double value)
{
    // As FieldsForm: whole numbers of integer fields as integers.
    if (field.type == InstrumentField::Type::Integer && std::floor(value) == value && std::abs(value) < 1e15)
        return QJsonValue(qint64(value));
    return QJsonValue(value);
}

QJsonObject TouchFieldPad::answers() const
{
    QJsonObject out;
    for (const QString &key : m_order) {
        if (const std::optional<double> v = number(key))
            out.insert(key, jsonValue(*m_fields.value(key)->def, *v));
    }
    return out;
}

void TouchFieldPad::setAnswers(const QJsonObject &answers)
{
    for (const QString &key : std::as_const(m_order)) {
        const QJsonValue v = answers.value(key);
        setNumber(key, v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt);
    }
}

std::optional<double> TouchFieldPad::number(const QString &key) const
{
    const Field *field = m_fields.value(key);
    if (!field || field->text.isEmpty() || !problemOf(*field).isEmpty())
        return std::nullopt;
    return text::parseDecimal(field->text);
}

void TouchFieldPad::setNumber(const QString &key, std::optional<double> value)
{
    Field *field = m_fields.value(key);
    if (!field)
        return;
    field->text = value ? Keypad::format(*value, std::max(field->def->decimals, 0)) : QString();
    refresh(*field);
    if (key == m_selected) {
        m_keypad->setText(field->text);
        refreshMessage();
    }
}

void TouchFieldPad::select(const QString &key)
{
    Field *field = m_fields.value(key);
    if (!field)
        return;
    m_selected = key;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it.value()->button->setChecked(it.key() == key);
    const InstrumentField &def = *field->def;
    m_keypad->setDecimals(def.type == InstrumentField::Type::Integer ? 0 : def.decimals);
    m_keypad->setPrompt(def.unit.isEmpty() ? def.label.text() : tr("%1 (%2)").arg(def.label.text(), def.unit));
    m_keypad->setText(field->text);
    m_scroll->ensureWidgetVisible(field->button, 0, TouchStyle::SpacingPx);
    refreshMessage();
}

void TouchFieldPad::setAttention(const QString &key, const QString &message)
{
    if (Field *field = m_fields.value(key)) {
        field->attention = message;
        refresh(*field);
    }
}

QStringList TouchFieldPad::markProblems(const QList<FieldError> &problems)
{
    for (Field *field : std::as_const(m_fields))
        field->external.clear();
    QStringList unplaced;
    QString first;
    for (const FieldError &problem : problems) {
        Field *field = m_fields.value(problem.field);
        if (!field) {
            unplaced << problem.message;
            continue;
        }
        field->external = problem.message;
        if (first.isEmpty())
            first = problem.field;
    }
    for (Field *field : std::as_const(m_fields))
        refresh(*field);
    if (!first.isEmpty())
        select(first);
    refreshMessage();
    return unplaced;
}

QPushButton *TouchFieldPad::fieldButton(const QString &key) const
{
    const Field *field = m_fields.value(key);
    return field ? field->button : nullptr;
}

void TouchFieldPad::typed(const QString &text)
{
    Field *field = m_fields.value(m_selected);
    if (!field)
        return;
    field->text = text;
    field->external.clear();
    refresh(*field);
    refreshMessage();
    emit changed(m_selected);
}

void TouchFieldPad::next()
{
    const int at = int(m_order.indexOf(m_selected));
    if (at >= 0 && at + 1 < m_order.size())
        select(m_order.at(at + 1));
}

QString TouchFieldPad::rangeText(const InstrumentField &def) const
{
    const QLocale locale;
    const QString unit = def.unit.isEmpty() ? QString() : QLatin1Char(' ') + def.unit;
    if (def.minExclusive)
        return tr("More than %1, at most %2%3").arg(locale.toString(def.min), locale.toString(def.max), unit);
    return tr("From %1 to %2%3").arg(locale.toString(def.min), locale.toString(def.max), unit);
}

QString TouchFieldPad::problemOf(const Field &field) const
{
    if (field.text.isEmpty())
        return {};
    const std::optional<double> v = text::parseDecimal(field.text);
    const InstrumentField &def = *field.def;
    if (v && def.inRange(*v))
        return {};
    return tr("Out of range: %1.").arg(rangeText(def));
}

void TouchFieldPad::refresh(Field &field)
{
    const InstrumentField &def = *field.def;
    const QString problem = field.external.isEmpty() ? problemOf(field) : field.external;
    const QString unit = def.unit.isEmpty() ? QString() : QLatin1Char(' ') + def.unit;
    field.value->setText(field.text.isEmpty() ? QStringLiteral("—") : field.text + unit);
    const bool attention = problem.isEmpty() && field.text.isEmpty() && !field.attention.isEmpty();
    field.note->setText(!problem.isEmpty() ? problem : attention ? field.attention : QString());
    field.note->setVisible(!field.note->text().isEmpty());
    setStyleProperty(field.button, "mark",
                     !problem.isEmpty() ? QStringLiteral("problem")
                     : attention        ? QStringLiteral("attention")
                                        : QString());
}

void TouchFieldPad::refreshMessage()
{
    const Field *field = m_fields.value(m_selected);
    if (!field) {
        m_message->clear();
        return;
    }
    const QString problem = field->external.isEmpty() ? problemOf(*field) : field->external;
    m_message->setText(problem.isEmpty() ? rangeText(*field->def) : problem);
    setStyleProperty(m_message, "touchRole", problem.isEmpty() ? QStringLiteral("muted") : QStringLiteral("banner"));
}

void TouchFieldPad::resizeEvent(QResizeEvent *event)
{
    // Portrait: the keypad under the fields, where the thumb reaches it.
    const bool portrait = event->size().height() > event->size().width();
    m_layout->setDirection(portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_layout->setStretch(0, portrait ? 1 : 3);
    m_layout->setStretch(1, portrait ? 0 : 2);
    QWidget::resizeEvent(event);
}

} // namespace smr::ui
