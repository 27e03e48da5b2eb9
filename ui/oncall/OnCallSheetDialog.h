#pragma once

#include "core/documents/Document.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;

namespace smr {
class Store;
}

namespace smr::ui {

class DateField;
class FormErrors;

// Unit › On-call sheet…: which unit and which day the on-call handover sheet is for (by default
// the unit chosen in the list and today, the sheet printed on Friday for the weekend). Accepting
// gives the document's subject; the caller opens its editor.
class OnCallSheetDialog : public QDialog
{
    Q_OBJECT

public:
    OnCallSheetDialog(Store &store, const QString &unit, QWidget *parent = nullptr);
    ~OnCallSheetDialog() override;

    // The sheet chosen (valid once the dialog was accepted).
    DocumentSubject subject() const;

    void accept() override;

private:
    std::unique_ptr<FormErrors> m_errors;
    QComboBox *m_unit;
    DateField *m_day;
};

} // namespace smr::ui
