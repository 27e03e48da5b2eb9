#pragma once

#include "core/common/Result.h"
#include "core/documents/Document.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextEdit;

namespace smr {
class Store;
}

namespace smr::ui {

class ChartTextObject;
class DocumentPreview;
class Prompter;

// Writes one document (issue #9): its text, generated from the record or taken from its draft,
// is edited on the left while the pages it will print show on the right, with the
// establishment's letterhead and the physician's signature as they are set now (a change of
// either shows at once). The draft is saved on demand (Ctrl+S) and when leaving; "Finalise"
// stores the PDF as a version that never changes. A finalised version opens read-only: it can be
// saved as PDF, printed, or be the start of the next version.
class DocumentEditorDialog : public QDialog
{
    Q_OBJECT

public:
    DocumentEditorDialog(Store &store, Prompter &prompter, const DocumentSubject &subject, QWidget *parent = nullptr);
    ~DocumentEditorDialog() override;

    // Opens the subject's editor (load() below) and waits until it is closed; a document that
    // cannot be written is said in an error message instead.
    static void open(Store &store, Prompter &prompter, const DocumentSubject &subject, QWidget *parent);

    // The subject's draft, else a new text written from the record. A failure says why nothing
    // can be written (an admission report without a signed assessment, say).
    Status load();
    // A finalised version, read-only.
    void showVersion(const FinalDocument &version);

    DocumentContent content() const;
    bool isDirty() const { return m_dirty; }
    bool isReadOnly() const { return m_version.has_value(); }
    int pageCount() const;

    // The actions of the buttons, for the menus and the tests.
    bool saveDraft();
    bool exportPdf();
    bool finalise();
    void startNewVersion();

signals:
    void finalised(const smr::FinalDocument &document);

protected:
    void reject() override;

private:
    void buildUi();
    void setContent(const DocumentContent &content);
    void refreshSettings();
    void refreshPreview();
    void updateState();
    void regenerate();
    void print();
    QString kindLabel() const;

    Store &m_store;
    Prompter &m_prompter;
    DocumentSubject m_subject;
    DocumentContent m_content; // what the widgets do not hold: charts, letterhead, signature
    std::optional<DocumentDraft> m_draft;
    std::optional<FinalDocument> m_version;
    bool m_dirty = false;
    bool m_loading = false;

    QLineEdit *m_title;
    QTextEdit *m_text;
    DocumentPreview *m_preview;
    QLabel *m_status;
    QLabel *m_pages;
    QPushButton *m_save;
    QPushButton *m_regenerate;
    QPushButton *m_finalise;
    QPushButton *m_newVersion;
    ChartTextObject *m_charts;
    QTimer m_previewTimer;
};

} // namespace smr::ui
