#pragma once

#include <QString>

class QGroupBox;
class QLabel;
class QWidget;

namespace smr::ui {

// The banner of a form that says why a save was refused (hidden until then; "formBanner").
QLabel *makeErrorBanner(QWidget *parent);
// A titled section of a long form (a group box named `objectName`).
QGroupBox *makeSection(const QString &title, const QString &objectName);
// A word-wrapped secondary text: instructions, notes, hints.
QLabel *makeMutedLabel(const QString &text, QWidget *parent, const QString &objectName = {});

} // namespace smr::ui
