#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace smr::ui {

// The banner of a form that says why a save was refused (hidden until then; "formBanner").
QLabel *makeErrorBanner(QWidget *parent);
// A word-wrapped secondary text: instructions, notes, hints.
QLabel *makeMutedLabel(const QString &text, QWidget *parent, const QString &objectName = {});

} // namespace smr::ui
