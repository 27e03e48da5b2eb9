#include "ui/results/FieldsForm.h"
#include "ui/common/Labels.h"

#include "core/common/Text.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

namespace smr::ui {

namespace {

constexpr int MaxTextLength = 500;

// Numbers as the user reads and types them: "72,5" in French, never "1 500" (the group
// separator would not parse back).
QLocale numberLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString numberText(double value, int decimals)
{
    const QLocale locale = numberLocale();
    const double scale = std::pow(10.0, decimals);
    // The declared number of decimals when the value has no more ("14,0 s"), else all of it.
    if (decimals >= 0 && std::abs(std::round(value * scale) / scale - value) < 1e-9)
        return locale.toString(value, 'f', decimals);
    return locale.toString(value, 'g', 12);
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

struct FieldsForm::Field {
    InstrumentField def;
    QLineEdit *edit = nullptr;
    QComboBox *combo = nullptr;
    QLabel *message = nullptr;
    bool touched = false; // left once, or filled by the program: local problems show
    QString external;     // the problem named by showProblems()
    QString attention;    // a value the record lacked

    QWidget *input() const { return edit ? static_cast<QWidget *>(edit) : combo; }
    bool isNumber() const
    {
        return def.type == InstrumentField::Type::Number || def.type == InstrumentField::Type::Integer;
    }
};

FieldsForm::FieldsForm(const Instrument &instrument, const EntryContext &context, QWidget *parent)
    : EntryForm(instrument, context, parent)
{
    setObjectName(QStringLiteral("fieldsForm"));
    QStringList keys;
    for (const InstrumentField &f : instrument.definition().fields)
        keys << f.key;

    auto *layout = new QVBoxLayout(this);
    if (const QString instructions = instrument.definition().instructions.text(); !instructions.isEmpty())
        layout->addWidget(makeMutedLabel(instructions, this, QStringLiteral("instructionsLabel")));
    m_banner = makeErrorBanner(this);
    layout->addWidget(m_banner);
    build(keys, 2);
    auto *note = new QLabel(tr("* required"), this);
    note->setProperty("role", QStringLiteral("muted"));
    layout->addWidget(note);
    if (const QString copyright = instrument.definition().copyright.text(); !copyright.isEmpty()) {
        auto *label = new QLabel(copyright, this);
        label->setProperty("role", QStringLiteral("muted"));
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addStretch(1);
}

FieldsForm::FieldsForm(const Instrument &instrument, const EntryContext &context, const QStringList &keys, int columns,
                       QWidget *parent)
    : EntryForm(instrument, context, parent)
{
    setObjectName(QStringLiteral("fieldsForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    build(keys, columns);
}

FieldsForm::~FieldsForm()
{
    qDeleteAll(m_fields);
}

void FieldsForm::build(const QStringList &keys, int columns)
{
    columns = std::max(columns, 1);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    for (int c = 0; c < columns; ++c) {
        grid->setColumnStretch(2 * c + 1, 1);
        if (c > 0)
            grid->setColumnMinimumWidth(2 * c, 0);
    }
    int row = 0;
    int column = 0;
    const auto nextRow = [&] {
        ++row;
        column = 0;
    };
    for (const QString &key : keys) {
        const InstrumentField *def = key.isEmpty() ? nullptr : instrument().definition().field(key);
        if (!def || m_fields.contains(key)) {
            // An empty key keeps its cell empty; an unknown one is a programming error shown as such.
            if (!key.isEmpty())
                qWarning("FieldsForm: %s has no field \"%s\"", qPrintable(instrument().id()), qPrintable(key));
            if (++column == columns)
                nextRow();
            continue;
        }
        auto *field = new Field;
        field->def = *def;
        m_fields.insert(key, field);
        m_order << key;

        auto *label = new QLabel(def->label.text() + (def->required ? QStringLiteral(" *") : QString()), this);
        label->setObjectName(key + QStringLiteral("Label"));
        QWidget *input = makeEditor(*field);
        label->setBuddy(input);

        auto *cell = new QWidget(this);
        auto *line = new QHBoxLayout(cell);
        line->setContentsMargins(0, 0, 0, 0);
        line->setSpacing(6);
        line->addWidget(input, def->type == InstrumentField::Type::Text ? 1 : 0);
        if (!def->unit.isEmpty()) {
            auto *unit = new QLabel(def->unit, cell);
            unit->setProperty("role", QStringLiteral("muted"));
            line->addWidget(unit);
        }
        if (def->type != InstrumentField::Type::Text)
            line->addStretch(1);

        field->message = new QLabel(this);
        field->message->setObjectName(key + QStringLiteral("Error"));
        field->message->setProperty("role", QStringLiteral("fieldError"));
        field->message->setWordWrap(true);
        field->message->setVisible(false);

        const bool wide = def->type == InstrumentField::Type::Text;
        if (wide && column != 0)
            nextRow();
        const int span = wide ? 2 * columns - 1 : 1;
        grid->addWidget(label, 2 * row, 2 * column, Qt::AlignLeft | Qt::AlignVCenter);
        grid->addWidget(cell, 2 * row, 2 * column + 1, 1, span);
        grid->addWidget(field->message, 2 * row + 1, 2 * column + 1, 1, span);
        if (wide || ++column == columns)
            nextRow();
    }
    static_cast<QVBoxLayout *>(layout())->addLayout(grid);
    m_grid = grid;
}

int FieldsForm::labelColumnWidth() const
{
    int width = 0;
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        if (QLayoutItem *item = m_grid->itemAtPosition(row, 0); item && item->widget())
            width = std::max(width, item->widget()->sizeHint().width());
    }
    return width;
}

void FieldsForm::setLabelColumnWidth(int width)
{
    m_grid->setColumnMinimumWidth(0, width);
}

QWidget *FieldsForm::makeEditor(Field &field)
{
    const QString key = field.def.key;
    if (field.def.type == InstrumentField::Type::Choice) {
        field.combo = new QComboBox(this);
        field.combo->addItem(QStringLiteral("—"));
        for (const AnswerOption &choice : std::as_const(field.def.choices))
            field.combo->addItem(choice.label.text(), choice.value.toString());
        field.combo->setToolTip(tr("\"—\": not given"));
        connect(field.combo, &QComboBox::currentIndexChanged, this, [this, key] { onEdited(key); });
    } else {
        field.edit = new QLineEdit(this);
        if (field.isNumber()) {
            // Wide enough for "1500,5" at any font size, narrow enough to read as a number.
            field.edit->setMaximumWidth(field.edit->fontMetrics().horizontalAdvance(QStringLiteral("00000,00")) + 16);
        } else {
            field.edit->setMaxLength(MaxTextLength);
        }
        connect(field.edit, &QLineEdit::textChanged, this, [this, key] { onEdited(key); });
        connect(field.edit, &QLineEdit::editingFinished, this, [this, key] {
            Field *f = m_fields.value(key);
            f->touched = true;
            refreshMark(*f);
        });
    }
    QWidget *input = field.input();
    input->setObjectName(objectNameFor(key));
    return input;
}

void FieldsForm::onEdited(const QString &key)
{
    if (m_filling)
        return;
    Field *f = m_fields.value(key);
    f->external.clear();
    if (isFilled(key))
        f->attention.clear();
    // A mark goes as soon as the value is right; a new one waits until the field is left.
    if (localProblem(*f).isEmpty())
        f->touched = false;
    refreshMark(*f);
    emit answersChanged();
}

QString FieldsForm::localProblem(const Field &field) const
{
    if (!field.isNumber() || !field.edit)
        return QString();
    const QString typed = field.edit->text().trimmed();
    if (typed.isEmpty())
        return QString();
    const std::optional<double> v = text::parseDecimal(typed);
    if (!v)
        return tr("\"%1\" is not a number.").arg(typed);
    const InstrumentField &d = field.def;
    if (d.type == InstrumentField::Type::Integer && std::floor(*v) != *v)
        return tr("\"%1\" is not a whole number.").arg(typed);
    if (d.inRange(*v))
        return QString();
    const QLocale locale = numberLocale();
    const QString unit = d.unit.isEmpty() ? QString() : QLatin1Char(' ') + d.unit;
    if (d.minExclusive)
        return tr("Give more than %1 and at most %2%3.").arg(locale.toString(d.min), locale.toString(d.max), unit);
    return tr("Give a value from %1 to %2%3.").arg(locale.toString(d.min), locale.toString(d.max), unit);
}

void FieldsForm::refreshMark(Field &field)
{
    QString message = field.external;
    if (message.isEmpty() && field.touched)
        message = localProblem(field);
    const bool invalid = !message.isEmpty();
    const bool attention = !invalid && !field.attention.isEmpty();
    if (attention)
        message = field.attention;
    field.message->setText(message);
    field.message->setProperty("role", attention ? QStringLiteral("warning") : QStringLiteral("fieldError"));
    field.message->setVisible(!message.isEmpty());
    repolish(field.message);
    QWidget *input = field.input();
    if (input->property("invalid").toBool() != invalid || input->property("attention").toBool() != attention) {
        input->setProperty("invalid", invalid);
        input->setProperty("attention", attention);
        repolish(input);
    }
}

QJsonObject FieldsForm::answers() const
{
    QJsonObject out;
    for (const QString &key : m_order) {
        const QJsonValue v = value(key);
        if (!v.isUndefined())
            out.insert(key, v);
    }
    return out;
}

QJsonValue FieldsForm::value(const QString &key) const
{
    const Field *f = m_fields.value(key);
    if (!f)
        return QJsonValue(QJsonValue::Undefined);
    switch (f->def.type) {
    case InstrumentField::Type::Number:
    case InstrumentField::Type::Integer: {
        const std::optional<double> v = text::parseDecimal(f->edit->text());
        if (!v)
            return QJsonValue(QJsonValue::Undefined);
        // Whole numbers of integer fields as integers; a fraction is kept for the check to refuse.
        if (f->def.type == InstrumentField::Type::Integer && std::floor(*v) == *v && std::abs(*v) < 1e15)
            return QJsonValue(qint64(*v));
        return QJsonValue(*v);
    }
    case InstrumentField::Type::Choice:
        return f->combo->currentIndex() > 0 ? QJsonValue(f->combo->currentData().toString())
                                            : QJsonValue(QJsonValue::Undefined);
    case InstrumentField::Type::Text: {
        const QString text = f->edit->text().trimmed();
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    }
    return QJsonValue(QJsonValue::Undefined);
}

std::optional<double> FieldsForm::number(const QString &key) const
{
    const QJsonValue v = value(key);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

bool FieldsForm::isFilled(const QString &key) const
{
    const Field *f = m_fields.value(key);
    if (!f)
        return false;
    return f->combo ? f->combo->currentIndex() > 0 : !f->edit->text().trimmed().isEmpty();
}

void FieldsForm::fill(Field &field, const QJsonValue &value)
{
    field.external.clear();
    if (field.combo) {
        int index = 0;
        for (int i = 1; i < field.combo->count(); ++i) {
            if (value.isString() && field.combo->itemData(i).toString() == value.toString())
                index = i;
        }
        field.combo->setCurrentIndex(index);
        if (index == 0 && !value.isUndefined() && !value.isNull())
            field.external = tr("The stored value \"%1\" is not one of the choices.").arg(value.toVariant().toString());
    } else if (value.isDouble()) {
        field.edit->setText(numberText(value.toDouble(), field.isNumber() ? field.def.decimals : -1));
    } else if (value.isString()) {
        field.edit->setText(value.toString());
    } else {
        field.edit->clear();
    }
    if (isFilled(field.def.key))
        field.attention.clear();
    field.touched = true;
    refreshMark(field);
}

void FieldsForm::setAnswers(const QJsonObject &answers)
{
    m_filling = true;
    for (const QString &key : std::as_const(m_order))
        fill(*m_fields.value(key), answers.value(key));
    m_filling = false;
}

void FieldsForm::setValue(const QString &key, const QJsonValue &value)
{
    Field *f = m_fields.value(key);
    if (!f)
        return;
    m_filling = true;
    fill(*f, value);
    m_filling = false;
    emit answersChanged();
}

void FieldsForm::setAttention(const QString &key, const QString &message)
{
    if (Field *f = m_fields.value(key)) {
        f->attention = message;
        refreshMark(*f);
    }
}

QStringList FieldsForm::markProblems(const QList<FieldError> &problems)
{
    QStringList unplaced;
    for (Field *f : std::as_const(m_fields))
        f->external.clear();
    for (const FieldError &e : problems) {
        if (Field *f = m_fields.value(e.field)) {
            if (f->external.isEmpty())
                f->external = e.message;
        } else {
            unplaced << e.message;
        }
    }
    for (Field *f : std::as_const(m_fields))
        refreshMark(*f);
    return unplaced;
}

void FieldsForm::showProblems(const QList<FieldError> &problems)
{
    const QStringList unplaced = markProblems(problems);
    if (m_banner) {
        m_banner->setText(unplaced.join(QLatin1Char('\n')));
        m_banner->setVisible(!unplaced.isEmpty());
    }
}

void FieldsForm::focusFirst()
{
    if (!m_order.isEmpty())
        m_fields.value(m_order.first())->input()->setFocus(Qt::OtherFocusReason);
}

QWidget *FieldsForm::editor(const QString &key) const
{
    const Field *f = m_fields.value(key);
    return f ? f->input() : nullptr;
}

QLineEdit *FieldsForm::lineEdit(const QString &key) const
{
    const Field *f = m_fields.value(key);
    return f ? f->edit : nullptr;
}

} // namespace smr::ui
