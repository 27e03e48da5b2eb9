#include "ui/common/Prompter.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace smr::ui {

Prompter::UnsavedChoice Prompter::askUnsavedChanges(QWidget *parent, const QString &what)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Unsaved changes"));
    box.setText(tr("%1 has unsaved changes.").arg(what));
    box.setInformativeText(tr("Save them before leaving?"));
    QPushButton *save = box.addButton(tr("&Save"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard changes"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Stay here"), QMessageBox::RejectRole);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() == save)
        return UnsavedChoice::Save;
    if (box.clickedButton() == discard)
        return UnsavedChoice::Discard;
    return UnsavedChoice::Cancel;
}

bool Prompter::mayLeave(QWidget *parent, const QString &what, const std::function<bool()> &save)
{
    switch (askUnsavedChanges(parent, what)) {
    case UnsavedChoice::Save:
        return save();
    case UnsavedChoice::Discard:
        return true;
    case UnsavedChoice::Cancel:
        return false;
    }
    return false;
}

bool Prompter::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(title);
    box.setText(text);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void Prompter::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

void Prompter::showInformation(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

std::optional<QString> Prompter::askPassword(QWidget *parent, const QString &title, const QString &label)
{
    bool ok = false;
    const QString password = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

std::optional<QString> Prompter::askText(QWidget *parent, const QString &title, const QString &label)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<QString> Prompter::askOpenFile(QWidget *parent, const QString &title, const QString &start,
                                             const QString &filter)
{
    const QString file = QFileDialog::getOpenFileName(parent, title, start, filter);
    if (file.isEmpty())
        return std::nullopt;
    return file;
}

std::optional<QString> Prompter::askSaveFile(QWidget *parent, const QString &title, const QString &suggested,
                                             const QString &filter)
{
    const QString file = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    if (file.isEmpty())
        return std::nullopt;
    return file;
}

} // namespace smr::ui
