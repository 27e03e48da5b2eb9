#pragma once

#include "core/common/Result.h"
#include "core/documents/Document.h"

#include <QObject>

namespace smr {

class DocumentRepository;
class MeetingRepository;
class ResultRepository;
class StayRepository;
class UnitRepository;
class Writer;

// The documents' drafts and finalised versions, the letterhead and the signature blocks (issue
// #9). Every write goes through the Writer: a draft needs the right to write documents, a
// finalisation the right to sign them, the letterhead its own right; each is audited. A finalised
// version is stored with its PDF and never changed (the table refuses it); finalising again
// stores the next version.
class DocumentService : public QObject
{
    Q_OBJECT

public:
    DocumentService(Writer &writer, DocumentRepository &documents, StayRepository &stays, MeetingRepository &meetings,
                    ResultRepository &results, UnitRepository &units, QObject *parent = nullptr);

    // Field keys of the refusals.
    static inline const QString SubjectField = QStringLiteral("subject");
    static inline const QString TitleField = QStringLiteral("title");
    static inline const QString TextField = QStringLiteral("text");
    static inline const QString PdfField = QStringLiteral("pdf");
    static inline const QString NameField = QStringLiteral("name");
    static inline const QString FinessField = QStringLiteral("finess");
    static inline const QString LogoField = QStringLiteral("logo");
    static inline const QString RppsField = QStringLiteral("rpps");
    static constexpr int MaxTitleLength = 200;
    static constexpr int MaxHtmlLength = 2 * 1024 * 1024;
    static constexpr int MaxLineLength = 300;

    // The subject's draft, if any.
    Result<std::optional<DocumentDraft>> draft(const DocumentSubject &subject);
    // Saves the draft of the subject: creates it (knownVersion 0) or replaces the one the user
    // edited (Conflict when someone saved it since). Returns the draft as stored.
    Result<DocumentDraft> saveDraft(const DocumentSubject &subject, const DocumentContent &content, int knownVersion);
    // Deletes the subject's draft (NotFound when there is none).
    Status discardDraft(const DocumentSubject &subject, int knownVersion);

    // Stores the next version of the subject's document: its content and its PDF as drawn
    // (`pages` pages), and deletes its draft. Invalid for an empty title or text or something that
    // is not a PDF; NotFound for a subject that does not exist; a meeting's minutes need the
    // meeting closed, a result sheet a final result.
    Result<FinalDocument> finalise(const DocumentSubject &subject, const DocumentContent &content,
                                   const QByteArray &pdf, int pages);
    // The finalised versions of a subject, newest first (no PDF: read it with find).
    Result<QList<FinalDocument>> versions(const DocumentSubject &subject);
    // Every finalised document of a stay, newest first (no PDF).
    Result<QList<FinalDocument>> ofStay(StayId stay);
    Result<QList<DocumentDraft>> draftsOfStay(StayId stay);
    Result<FinalDocument> find(DocumentId id);

    // The establishment's letterhead (empty when none is set).
    Result<Letterhead> letterhead();
    // Replaces it (the version the user saw: Conflict when it changed since).
    Result<Letterhead> setLetterhead(const Letterhead &letterhead);
    // The signature block of a user (empty when none is set).
    Result<SignatureBlock> signature(const QString &username);
    // Sets the signed-in user's own signature block.
    Result<SignatureBlock> setSignature(const SignatureBlock &signature);

    static QList<FieldError> check(const Letterhead &letterhead);
    static QList<FieldError> check(const SignatureBlock &signature);

signals:
    // A draft or a version of the subject was saved, finalised or discarded.
    void documentsChanged(const smr::DocumentSubject &subject);
    void letterheadChanged();
    void signatureChanged(const QString &username);

private:
    std::optional<Failure> checkSubject(const DocumentSubject &subject, PatientId &patient);
    static QList<FieldError> checkContent(const DocumentContent &content);

    Writer &m_writer;
    DocumentRepository &m_documents;
    StayRepository &m_stays;
    MeetingRepository &m_meetings;
    ResultRepository &m_results;
    UnitRepository &m_units;
};

} // namespace smr
