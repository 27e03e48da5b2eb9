#pragma once

#include "core/access/Rights.h"
#include "core/instruments/Instrument.h"

#include <QString>

class QGroupBox;
class QLabel;
class QWidget;

namespace smr {
class Session;
}

namespace smr::ui {

// The banner of a form that says why a save was refused (hidden until then; "formBanner").
QLabel *makeErrorBanner(QWidget *parent);
// A titled section of a long form (a group box named `objectName`).
QGroupBox *makeSection(const QString &title, const QString &objectName);
// A word-wrapped secondary text: instructions, notes, hints.
QLabel *makeMutedLabel(const QString &text, QWidget *parent, const QString &objectName = {});

// The style sheet's name of a severity: "good", "caution", "bad" or "neutral" (the
// [severity="…"] selectors of resources/styles/smrdesk.qss).
QString severityName(Assessment::Severity severity);
// Sets a property the style sheet selects on (severity, role…) and has the widget restyled when
// it changed.
void setStyleProperty(QWidget *widget, const char *property, const QString &value);

// Enables `widget` with `tooltip` when `session`'s person holds `right`; otherwise greys it, its
// tooltip naming the missing right (the core refuses the action anyway). True when allowed.
bool allowIf(QWidget *widget, const Session &session, Right right, const QString &tooltip = {});

} // namespace smr::ui
