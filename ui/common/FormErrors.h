#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QPointer>
#include <QString>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace smr::ui {

// The inline messages of a form: each field key has a label under its input that shows, in
// red, why the value is refused. Fields the user has not touched yet stay quiet until the form
// is submitted.
class FormErrors
{
public:
    // Creates the message label for `field`, tied to `input` (outlined when the field is refused).
    QLabel *add(const QString &field, QWidget *input, QWidget *labelParent);
    // A form row's field: `shown` (by default `input`) with the message label under it.
    QWidget *withMessage(const QString &field, QWidget *input, QWidget *parent, QWidget *shown = nullptr);
    // A line edit named `objectName` added to `form` under `label`, with its message: `recheck`
    // runs as it is typed and when it is left (which also marks the field touched).
    QLineEdit *addLine(QFormLayout *form, const QString &field, const QString &label, const QString &objectName,
                       QWidget *parent, const std::function<void()> &recheck);
    void touch(const QString &field) { m_touched.insert(field, true); }
    void touchAll();
    // Shows the messages of `errors` for touched fields and clears the others; returns the
    // number of messages shown.
    int show(const QList<FieldError> &errors);
    // Messages for fields without a label of their own (shown in a banner by the form).
    QStringList unplaced(const QList<FieldError> &errors) const;
    QWidget *firstInvalidInput(const QList<FieldError> &errors) const;

    // On submit: every field is checked, the messages shown and the first refused field focused.
    // True when nothing is refused.
    bool submit(const QList<FieldError> &errors);
    // The outcome of a save: true when it succeeded; otherwise the field messages beside their
    // fields, the others in `banner`, and false.
    bool accepted(const Status &outcome, QLabel *banner);
    // Replaces the core's message for `field` with one the form knows better (unreadable text).
    static void replace(QList<FieldError> &errors, const QString &field, const QString &message);

private:
    void fitWindow();

    struct Entry {
        QPointer<QLabel> label;
        QPointer<QWidget> input;
    };
    QHash<QString, Entry> m_entries;
    QHash<QString, bool> m_touched;
    bool m_all = false;
};

} // namespace smr::ui
