#include "core/documents/DocumentRepository.h"

#include "core/storage/Sql.h"

#include <QJsonDocument>

namespace smr {

namespace {

const QString kDraftColumns = QStringLiteral("id, kind, subject, stay_id, content, author, version, updated_at");
const QString kDocumentColumns =
    QStringLiteral("id, kind, subject, stay_id, document_version, title, content, pages, finalized_by, finalized_at");

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant stayOrNull(const DocumentSubject &s)
{
    return s.stay.value > 0 ? QVariant(s.stay.value) : QVariant();
}

DocumentSubject subjectOf(const Sql &q, int kindColumn)
{
    DocumentSubject s = DocumentSubject::fromKey(
        kDocumentKinds.parse(q.text(kindColumn)).value_or(DocumentKind::AdmissionReport), q.text(kindColumn + 1));
    if (!q.isNull(kindColumn + 2))
        s.stay = StayId(q.integer(kindColumn + 2));
    return s;
}

DocumentDraft readDraft(const Sql &q)
{
    DocumentDraft d;
    d.id = q.integer(0);
    d.subject = subjectOf(q, 1);
    d.content = DocumentContent::fromJson(object(q.text(4)));
    d.author = q.text(5);
    d.version = int(q.integer(6));
    d.updatedAt = QDateTime::fromString(q.text(7), Qt::ISODate);
    return d;
}

FinalDocument readDocument(const Sql &q)
{
    FinalDocument d;
    d.id = DocumentId(q.integer(0));
    d.subject = subjectOf(q, 1);
    d.documentVersion = int(q.integer(4));
    d.title = q.text(5);
    d.content = DocumentContent::fromJson(object(q.text(6)));
    d.pages = int(q.integer(7));
    d.finalizedBy = q.text(8);
    d.finalizedAt = QDateTime::fromString(q.text(9), Qt::ISODate);
    return d;
}

QList<FinalDocument> readDocuments(Sql &q)
{
    QList<FinalDocument> out;
    while (q.next())
        out << readDocument(q);
    return out;
}

} // namespace

std::optional<DocumentDraft> DocumentRepository::draft(const DocumentSubject &subject)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kDraftColumns +
                    QStringLiteral(" FROM document_drafts WHERE kind = ? AND subject = ?"));
    q.bind(kDocumentKinds.code(subject.kind)).bind(subject.key()).exec();
    if (!q.next())
        return std::nullopt;
    return readDraft(q);
}

qint64 DocumentRepository::insertDraft(const DocumentDraft &d, const QString &timestamp)
{
    Sql q(m_db,
          QStringLiteral("INSERT INTO document_drafts (kind, subject, stay_id, content, author, version, created_at, "
                         "updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)"),
          Sql::ReturningId::Yes);
    q.bind(kDocumentKinds.code(d.subject.kind))
        .bind(d.subject.key())
        .bind(stayOrNull(d.subject))
        .bind(json(d.content.toJson()))
        .bindText(d.author)
        .bind(timestamp)
        .bind(timestamp)
        .exec();
    return q.insertedId();
}

bool DocumentRepository::updateDraft(const DocumentDraft &d, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("UPDATE document_drafts SET content = ?, author = ?, version = version + 1, "
                               "updated_at = ? WHERE id = ? AND version = ?"));
    q.bind(json(d.content.toJson())).bindText(d.author).bind(timestamp).bind(d.id).bind(d.version).exec();
    return q.rowsAffected() == 1;
}

void DocumentRepository::deleteDraft(qint64 id)
{
    Sql q(m_db, QStringLiteral("DELETE FROM document_drafts WHERE id = ?"));
    q.bind(id).exec();
}

DocumentId DocumentRepository::insert(const FinalDocument &d)
{
    Sql q(m_db,
          QStringLiteral("INSERT INTO documents (kind, subject, stay_id, meeting_id, unit_code, document_version, "
                         "title, content, pdf, pages, finalized_by, finalized_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          Sql::ReturningId::Yes);
    q.bind(kDocumentKinds.code(d.subject.kind))
        .bind(d.subject.key())
        .bind(stayOrNull(d.subject))
        .bind(d.subject.meeting.value > 0 ? QVariant(d.subject.meeting.value) : QVariant())
        .bind(d.subject.unitCode.isEmpty() ? QVariant() : QVariant(d.subject.unitCode))
        .bind(d.documentVersion)
        .bindText(d.title)
        .bind(json(d.content.toJson()))
        .bind(QString::fromLatin1(d.pdf.toBase64()))
        .bind(d.pages)
        .bindText(d.finalizedBy)
        .bind(d.finalizedAt.toUTC().toString(Qt::ISODate))
        .exec();
    return DocumentId(q.insertedId());
}

int DocumentRepository::latestVersion(const DocumentSubject &subject)
{
    Sql q(m_db, QStringLiteral("SELECT MAX(document_version) FROM documents WHERE kind = ? AND subject = ?"));
    q.bind(kDocumentKinds.code(subject.kind)).bind(subject.key()).exec();
    return q.next() && !q.isNull(0) ? int(q.integer(0)) : 0;
}

std::optional<FinalDocument> DocumentRepository::find(DocumentId id)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kDocumentColumns + QStringLiteral(", pdf FROM documents WHERE id = ?"));
    q.bind(id.value).exec();
    if (!q.next())
        return std::nullopt;
    FinalDocument d = readDocument(q);
    d.pdf = QByteArray::fromBase64(q.text(10).toLatin1());
    return d;
}

QList<FinalDocument> DocumentRepository::versions(const DocumentSubject &subject)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kDocumentColumns +
                    QStringLiteral(" FROM documents WHERE kind = ? AND subject = ? ORDER BY document_version DESC"));
    q.bind(kDocumentKinds.code(subject.kind)).bind(subject.key()).exec();
    return readDocuments(q);
}

QList<FinalDocument> DocumentRepository::ofStay(StayId stay)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kDocumentColumns +
                    QStringLiteral(" FROM documents WHERE stay_id = ? ORDER BY finalized_at DESC, id DESC"));
    q.bind(stay.value).exec();
    return readDocuments(q);
}

QList<DocumentDraft> DocumentRepository::draftsOfStay(StayId stay)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kDraftColumns +
                    QStringLiteral(" FROM document_drafts WHERE stay_id = ? ORDER BY id"));
    q.bind(stay.value).exec();
    QList<DocumentDraft> out;
    while (q.next())
        out << readDraft(q);
    return out;
}

std::optional<DocumentRepository::Setting> DocumentRepository::setting(const QString &key)
{
    Sql q(m_db, QStringLiteral("SELECT value, version FROM document_settings WHERE setting_key = ?"));
    q.bind(key).exec();
    if (!q.next())
        return std::nullopt;
    return Setting{object(q.text(0)), int(q.integer(1))};
}

void DocumentRepository::insertSetting(const QString &key, const QJsonObject &value, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("INSERT INTO document_settings (setting_key, value, version, updated_at) "
                               "VALUES (?, ?, 1, ?)"));
    q.bind(key).bind(json(value)).bind(timestamp).exec();
}

bool DocumentRepository::updateSetting(const QString &key, const QJsonObject &value, int version,
                                       const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("UPDATE document_settings SET value = ?, version = version + 1, updated_at = ? "
                               "WHERE setting_key = ? AND version = ?"));
    q.bind(json(value)).bind(timestamp).bind(key).bind(version).exec();
    return q.rowsAffected() == 1;
}

} // namespace smr
