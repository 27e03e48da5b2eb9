#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace smr::ui {

// Every question and message box the application shows goes through here, so tests can answer
// them without a blocking dialog (they install a Prompter of their own).
class Prompter
{
    Q_DECLARE_TR_FUNCTIONS(Prompter)

public:
    enum class UnsavedChoice { Save, Discard, Cancel };

    virtual ~Prompter() = default;
    // "You have unsaved changes in <what>": save them, discard them, or stay where you are.
    virtual UnsavedChoice askUnsavedChanges(QWidget *parent, const QString &what);
    // Asks the question above and acts on the answer: true when the caller may leave (the changes
    // were saved by `save`, which says whether it succeeded, or discarded), false to stay.
    bool mayLeave(QWidget *parent, const QString &what, const std::function<bool()> &save);
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel);
    virtual void showError(QWidget *parent, const QString &title, const QString &text);
    virtual void showInformation(QWidget *parent, const QString &title, const QString &text);
    // A password typed unseen; nothing when the user cancels.
    virtual std::optional<QString> askPassword(QWidget *parent, const QString &title, const QString &label);
    // A line of text (a reason), nothing when the user cancels.
    virtual std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label);
    // A file to open, starting at `start` (a folder or a file); nothing when the user cancels.
    virtual std::optional<QString> askOpenFile(QWidget *parent, const QString &title, const QString &start,
                                               const QString &filter);
    // A file to write, `suggested` (a path) proposed; nothing when the user cancels.
    virtual std::optional<QString> askSaveFile(QWidget *parent, const QString &title, const QString &suggested,
                                               const QString &filter);
};

} // namespace smr::ui
