#pragma once

#include "core/documents/Letterhead.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace smr {
class Store;
}

namespace smr::ui {

class FormErrors;
class Prompter;

// The documents' settings: the establishment's letterhead (name, address, FINESS number,
// contacts, logo, footer) for those allowed to set it, and the signed-in physician's own
// signature block. Saved through DocumentService, they apply at once to every open document.
class LetterheadDialog : public QDialog
{
    Q_OBJECT

public:
    LetterheadDialog(Store &store, Prompter &prompter, QWidget *parent = nullptr);

    // Saves what changed; false (the refusal shown under its field) when something was refused.
    bool save();

private:
    void chooseLogo();
    void showLogo();

    Store &m_store;
    Prompter &m_prompter;
    Letterhead m_letterhead;
    SignatureBlock m_signature;
    bool m_canSetLetterhead = false;
    bool m_canSign = false;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_finess;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_footer;
    QLabel *m_logo;
    QLineEdit *m_signName;
    QLineEdit *m_qualification;
    QLineEdit *m_rpps;
    QLineEdit *m_extra;
    QLabel *m_errors;
};

} // namespace smr::ui
