#include "ui/common/FormErrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>
#include <QWidget>

namespace smr::ui {

QLabel *FormErrors::add(const QString &field, QWidget *input, QWidget *labelParent)
{
    auto *label = new QLabel(labelParent);
    label->setObjectName(field + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setProperty("role", QStringLiteral("fieldError"));
    label->setVisible(false);
    m_entries.insert(field, Entry{label, input});
    return label;
}

QWidget *FormErrors::withMessage(const QString &field, QWidget *input, QWidget *parent, QWidget *shown)
{
    auto *box = new QWidget(parent);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(shown ? shown : input);
    column->addWidget(add(field, input, box));
    return box;
}

QLineEdit *FormErrors::addLine(QFormLayout *form, const QString &field, const QString &label, const QString &objectName,
                               QWidget *parent, const std::function<void()> &recheck)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    form->addRow(label, withMessage(field, edit, parent));
    QObject::connect(edit, &QLineEdit::textEdited, parent, recheck);
    QObject::connect(edit, &QLineEdit::editingFinished, parent, [this, field, recheck] {
        touch(field);
        recheck();
    });
    return edit;
}

void FormErrors::touchAll()
{
    m_all = true;
}

int FormErrors::show(const QList<FieldError> &errors)
{
    int shown = 0;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        QString message;
        if (m_all || m_touched.value(it.key())) {
            for (const FieldError &e : errors) {
                if (e.field == it.key()) {
                    message = e.message;
                    break;
                }
            }
        }
        if (it->label) {
            it->label->setText(message);
            it->label->setVisible(!message.isEmpty());
        }
        if (it->input) {
            it->input->setProperty("invalid", !message.isEmpty());
            it->input->style()->unpolish(it->input);
            it->input->style()->polish(it->input);
        }
        if (!message.isEmpty())
            ++shown;
    }
    fitWindow();
    return shown;
}

void FormErrors::fitWindow()
{
    // Word-wrapped messages need height the window did not have when they were hidden.
    for (const Entry &e : std::as_const(m_entries)) {
        if (!e.label)
            continue;
        QWidget *window = e.label->window();
        if (QLayout *layout = window->layout()) {
            layout->activate();
            const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                           : layout->totalSizeHint().height();
            if (needed > window->height())
                window->resize(window->width(), needed);
        }
        return;
    }
}

QStringList FormErrors::unplaced(const QList<FieldError> &errors) const
{
    QStringList out;
    for (const FieldError &e : errors) {
        if (!m_entries.contains(e.field))
            out << e.message;
    }
    return out;
}

QWidget *FormErrors::firstInvalidInput(const QList<FieldError> &errors) const
{
    for (const FieldError &e : errors) {
        if (const auto it = m_entries.find(e.field); it != m_entries.end() && it->input)
            return it->input;
    }
    return nullptr;
}

} // namespace smr::ui

namespace smr::ui {

bool FormErrors::submit(const QList<FieldError> &errors)
{
    touchAll();
    if (show(errors) == 0)
        return true;
    if (QWidget *input = firstInvalidInput(errors))
        input->setFocus(Qt::OtherFocusReason);
    return false;
}

bool FormErrors::accepted(const Status &outcome, QLabel *banner)
{
    if (outcome)
        return true;
    const Failure &failure = outcome.failure();
    touchAll();
    show(failure.fields());
    const QString text =
        failure.fields().isEmpty() ? failure.text() : unplaced(failure.fields()).join(QLatin1Char('\n'));
    banner->setText(text);
    banner->setVisible(!text.isEmpty());
    if (QWidget *input = firstInvalidInput(failure.fields()))
        input->setFocus(Qt::OtherFocusReason);
    return false;
}

void FormErrors::replace(QList<FieldError> &errors, const QString &field, const QString &message)
{
    errors.removeIf([&](const FieldError &e) { return e.field == field; });
    errors << FieldError{field, message};
}

} // namespace smr::ui
