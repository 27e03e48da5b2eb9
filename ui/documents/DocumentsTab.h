#pragma once

#include "core/documents/Document.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace smr {
class Store;
struct Stay;
} // namespace smr

namespace smr::ui {

class Prompter;

// The dossier's "Documents" tab: the stay's letters and reports — drafts in progress and
// finalised versions, newest first — and the buttons that write a new one. Opening a draft
// continues it; opening a finalised version shows it as it was finalised.
class DocumentsTab : public QWidget
{
    Q_OBJECT

public:
    DocumentsTab(Store &store, Prompter &prompter, QWidget *parent = nullptr);

    void show(const std::optional<Stay> &stay);
    // Opens the editor of a stay document (a new text, or its draft). Returns when it closes.
    void write(DocumentKind kind);
    // Opens the selected row (a draft in its editor, a version read-only).
    void openSelected();
    QTreeWidget *list() const { return m_list; }

private:
    void reload();

    Store &m_store;
    Prompter &m_prompter;
    std::optional<StayId> m_stay;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_admission;
    QPushButton *m_letter;
    QPushButton *m_open;
};

} // namespace smr::ui
