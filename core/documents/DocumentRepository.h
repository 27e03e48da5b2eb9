#pragma once

#include "core/documents/Document.h"

#include <QList>
#include <QString>

#include <optional>

namespace smr {

class Database;

// Reads and writes documents (tables document_drafts, documents, document_settings). Throws
// StorageError; writes are made inside the caller's transaction. Finalised documents are only
// ever inserted: the table refuses updates and deletes.
class DocumentRepository
{
public:
    explicit DocumentRepository(Database &db) : m_db(db) {}

    std::optional<DocumentDraft> draft(const DocumentSubject &subject);
    qint64 insertDraft(const DocumentDraft &draft, const QString &timestamp);
    // False when the stored draft is no longer at `draft.version`.
    bool updateDraft(const DocumentDraft &draft, const QString &timestamp);
    void deleteDraft(qint64 id);

    DocumentId insert(const FinalDocument &document);
    // The highest version finalised for the subject, 0 when none.
    int latestVersion(const DocumentSubject &subject);
    // A finalised document with its PDF.
    std::optional<FinalDocument> find(DocumentId id);
    // The finalised versions of a subject, newest first, without their PDF.
    QList<FinalDocument> versions(const DocumentSubject &subject);
    // Every finalised document stored with a stay (any kind), newest first, without their PDF.
    QList<FinalDocument> ofStay(StayId stay);
    // The drafts stored with a stay.
    QList<DocumentDraft> draftsOfStay(StayId stay);

    // A setting's JSON value and version ("letterhead", "signature:<username>").
    struct Setting {
        QJsonObject value;
        int version = 0;
    };
    std::optional<Setting> setting(const QString &key);
    void insertSetting(const QString &key, const QJsonObject &value, const QString &timestamp);
    bool updateSetting(const QString &key, const QJsonObject &value, int version, const QString &timestamp);

private:
    Database &m_db;
};

} // namespace smr
