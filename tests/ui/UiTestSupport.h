#pragma once

#include "support/TestStore.h"
#include "ui/common/Prompter.h"

#include <QApplication>
#include <QDialog>
#include <QImage>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace smr::test {

// A Prompter that answers from a script and records what it was asked.
class ScriptedPrompter : public ui::Prompter
{
public:
    UnsavedChoice unsavedAnswer = UnsavedChoice::Cancel;
    bool confirmAnswer = true;
    QStringList asked;
    QStringList errors;

    UnsavedChoice askUnsavedChanges(QWidget *, const QString &what) override
    {
        asked << what;
        return unsavedAnswer;
    }
    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        asked << text;
        return confirmAnswer;
    }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showInformation(QWidget *, const QString &, const QString &text) override { asked << text; }
    std::optional<QString> passwordAnswer;
    std::optional<QString> askPassword(QWidget *, const QString &, const QString &label) override
    {
        asked << label;
        return passwordAnswer;
    }
    std::optional<QString> textAnswer;
    std::optional<QString> askText(QWidget *, const QString &, const QString &label) override
    {
        asked << label;
        return textAnswer;
    }
    std::optional<QString> openFileAnswer;
    QString openFileStart;
    std::optional<QString> askOpenFile(QWidget *, const QString &, const QString &start, const QString &) override
    {
        openFileStart = start;
        return openFileAnswer;
    }
    std::optional<QString> saveFileAnswer;
    QString saveFileSuggested;
    std::optional<QString> askSaveFile(QWidget *, const QString &, const QString &suggested, const QString &) override
    {
        saveFileSuggested = suggested;
        return saveFileAnswer;
    }
};

// Runs `drive` on the next modal dialog once it is shown (dialogs run their own event loop).
// The dialog must be closed by `drive`; if it is still open afterwards it is rejected so a
// failing test never hangs.
void whenDialogOpens(std::function<void(QDialog *)> drive);

// Saves a picture of `widget` at `size` to <build>/screenshots/<name>.png and returns the path.
// `name` may have a folder ("charts/berg").
QString screenshot(QWidget *widget, const QString &name, const QSize &size = {});
// Saves `image` (a rendering) the same way.
QString screenshot(const QImage &image, const QString &name);
// <build>/screenshots/<name>.png, its folder made.
QString screenshotPath(const QString &name);

// Types `text` (ASCII only: QTest::keyClicks cannot type accents) into the widget named
// `objectName` inside `root`, after clearing it, then leaves the field (Tab).
void typeInto(QWidget *root, const QString &objectName, const QString &text);

// The child widget named `name` of `root` (a test failure when there is none).
template <typename W> W *find(QWidget *root, const QString &name)
{
    W *w = root->findChild<W *>(name);
    EXPECT_NE(w, nullptr) << name.toStdString();
    return w;
}

} // namespace smr::test
