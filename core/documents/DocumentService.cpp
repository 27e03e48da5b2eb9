#include "core/documents/DocumentService.h"

#include "core/audit/AuditEntry.h"
#include "core/audit/Writer.h"
#include "core/documents/DocumentRepository.h"
#include "core/meetings/MeetingRepository.h"
#include "core/results/ResultRepository.h"
#include "core/stays/StayRepository.h"
#include "core/units/UnitService.h"

#include <QCryptographicHash>
#include <QImage>
#include <QRegularExpression>

namespace smr {

namespace {

const QString kLetterheadKey = QStringLiteral("letterhead");

QString signatureKey(const QString &username)
{
    return QStringLiteral("signature:") + username;
}

QString digest(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// What the audit trail keeps of a document: what it is and a fingerprint of its text and PDF (the
// text itself is in the documents table, never changed).
QJsonObject snapshotOf(const DocumentSubject &subject, const DocumentContent &content, int version)
{
    return {{QStringLiteral("kind"), kDocumentKinds.code(subject.kind)},
            {QStringLiteral("subject"), subject.key()},
            {QStringLiteral("title"), content.title},
            {QStringLiteral("text_sha256"), digest(content.html.toUtf8())},
            {QStringLiteral("version"), version}};
}

QJsonObject letterheadSnapshot(const Letterhead &l)
{
    QJsonObject json = l.toJson();
    json.remove(QStringLiteral("logo"));
    if (!l.logo.isEmpty())
        json.insert(QStringLiteral("logo_sha256"), digest(l.logo));
    return json;
}

// Stores a setting (the letterhead, a signature block) over the version the user saw, inside the
// caller's write: Conflict when it changed since; nothing written when it is as stored; else
// created or replaced, with its audit line. Returns it with its new version.
template <typename Setting, typename Snapshot>
Result<Setting> saveSetting(DocumentRepository &documents, Change &c, const QString &key, const Setting &value,
                            Snapshot snapshot, const QString &conflict)
{
    const std::optional<DocumentRepository::Setting> stored = documents.setting(key);
    if ((stored ? stored->version : 0) != value.version)
        return Failure::conflict(conflict);
    const Setting before = stored ? Setting::fromJson(stored->value) : Setting{};
    if (stored && before == value) {
        c.markUnchanged();
        Setting same = before;
        same.version = stored->version;
        return same;
    }
    Setting next = value;
    if (stored) {
        if (!documents.updateSetting(key, value.toJson(), stored->version, c.now()))
            return Failure::conflict(conflict);
        next.version = stored->version + 1;
    } else {
        documents.insertSetting(key, value.toJson(), c.now());
        next.version = 1;
    }
    c.record(audit::DocumentSettings, key, PatientId(), stored ? audit::Update : audit::Create,
             stored ? snapshot(before) : QJsonObject(), snapshot(value));
    return next;
}

} // namespace

DocumentService::DocumentService(Writer &writer, DocumentRepository &documents, StayRepository &stays,
                                 MeetingRepository &meetings, ResultRepository &results, UnitRepository &units,
                                 QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_documents(documents)
    , m_stays(stays)
    , m_meetings(meetings)
    , m_results(results)
    , m_units(units)
{
}

std::optional<Failure> DocumentService::checkSubject(const DocumentSubject &subject, PatientId &patient)
{
    switch (subject.kind) {
    case DocumentKind::AdmissionReport:
    case DocumentKind::DischargeLetter: {
        const std::optional<Stay> stay = m_stays.find(subject.stay);
        if (!stay)
            return Failure::notFound(SubjectField, tr("No stay has the identifier %1.").arg(subject.stay.value));
        patient = stay->patientId;
        return std::nullopt;
    }
    case DocumentKind::MeetingMinutes: {
        const std::optional<Meeting> meeting = m_meetings.find(subject.meeting);
        if (!meeting)
            return Failure::notFound(SubjectField, tr("No meeting has the identifier %1.").arg(subject.meeting.value));
        if (!meeting->isClosed())
            return Failure::invalid(SubjectField, tr("The minutes are written once the meeting is closed and signed; "
                                                     "this meeting is still open."));
        return std::nullopt;
    }
    case DocumentKind::ResultSheet: {
        const std::optional<TestResult> result = m_results.find(subject.result);
        if (!result)
            return Failure::notFound(SubjectField, tr("No result has the identifier %1.").arg(subject.result.value));
        if (result->status != TestResult::Status::Final)
            return Failure::invalid(SubjectField, tr("A result sheet is written for a final result; this one is a "
                                                     "draft."));
        if (const std::optional<Stay> stay = m_stays.find(result->stayId))
            patient = stay->patientId;
        return std::nullopt;
    }
    case DocumentKind::OnCallSheet:
        if (const std::optional<FieldError> unknown = UnitService::checkKnown(m_units, subject.unitCode))
            return Failure::invalid({*unknown});
        if (!subject.day.isValid())
            return Failure::invalid(SubjectField, tr("The on-call sheet needs its day."));
        return std::nullopt;
    }
    return Failure::invalid(SubjectField, tr("Unknown kind of document."));
}

QList<FieldError> DocumentService::checkContent(const DocumentContent &content)
{
    QList<FieldError> errors;
    const QString title = content.title.trimmed();
    if (title.isEmpty())
        errors << FieldError{TitleField, tr("The title of the document is required.")};
    else if (title.size() > MaxTitleLength)
        errors << FieldError{TitleField,
                             tr("The title of the document is too long (at most %1 characters).").arg(MaxTitleLength)};
    // The text without its markup (no QTextDocument here: the command-line tool has no fonts).
    static const QRegularExpression markup(QStringLiteral("<style[^>]*>.*</style>|<[^>]*>|&nbsp;|&#160;"),
                                           QRegularExpression::DotMatchesEverythingOption);
    if (QString(content.html).remove(markup).trimmed().isEmpty())
        errors << FieldError{TextField, tr("The text of the document is empty.")};
    else if (content.html.size() > MaxHtmlLength)
        errors << FieldError{TextField, tr("The text of the document is too long (at most 2 MB).")};
    return errors;
}

Result<std::optional<DocumentDraft>> DocumentService::draft(const DocumentSubject &subject)
{
    return m_writer.read([&]() -> Result<std::optional<DocumentDraft>> { return m_documents.draft(subject); });
}

Result<DocumentDraft> DocumentService::saveDraft(const DocumentSubject &subject, const DocumentContent &content,
                                                 int knownVersion)
{
    Result<DocumentDraft> saved = m_writer.write(Right::WriteDocuments, [&](Change &c) -> Result<DocumentDraft> {
        PatientId patient;
        if (const std::optional<Failure> refused = checkSubject(subject, patient))
            return *refused;
        if (QList<FieldError> errors = checkContent(content); !errors.isEmpty())
            return Failure::invalid(errors);
        const std::optional<DocumentDraft> stored = m_documents.draft(subject);
        if ((stored ? stored->version : 0) != knownVersion)
            return Failure::conflict(tr("This draft was saved elsewhere since you opened it. Nothing was saved: "
                                        "close it and open it again."));
        DocumentDraft d;
        d.subject = subject;
        d.content = content;
        d.author = c.actor() ? c.actor()->displayName : QString();
        d.updatedAt = QDateTime::fromString(c.now(), Qt::ISODate);
        if (stored) {
            if (stored->content == content) {
                c.markUnchanged();
                return *stored;
            }
            d.id = stored->id;
            d.version = stored->version;
            if (!m_documents.updateDraft(d, c.now()))
                return Failure::conflict(tr("This draft was saved elsewhere since you opened it."));
            d.version = stored->version + 1;
        } else {
            d.id = m_documents.insertDraft(d, c.now());
            d.version = 1;
        }
        c.record(audit::DocumentDraft, QString::number(d.id), patient, audit::SaveDraft,
                 stored ? snapshotOf(subject, stored->content, stored->version) : QJsonObject(),
                 snapshotOf(subject, content, d.version));
        return d;
    });
    if (saved)
        emit documentsChanged(subject);
    return saved;
}

Status DocumentService::discardDraft(const DocumentSubject &subject, int knownVersion)
{
    Status done = m_writer.write(Right::WriteDocuments, [&](Change &c) -> Status {
        PatientId patient;
        if (const std::optional<Failure> refused = checkSubject(subject, patient))
            return *refused;
        const std::optional<DocumentDraft> stored = m_documents.draft(subject);
        if (!stored)
            return Failure::notFound(SubjectField, tr("This document has no draft."));
        if (stored->version != knownVersion)
            return Failure::conflict(tr("This draft was saved elsewhere since you opened it. Nothing was discarded."));
        m_documents.deleteDraft(stored->id);
        c.record(audit::DocumentDraft, QString::number(stored->id), patient, audit::Discard,
                 snapshotOf(subject, stored->content, stored->version), QJsonObject());
        return Done{};
    });
    if (done)
        emit documentsChanged(subject);
    return done;
}

Result<FinalDocument> DocumentService::finalise(const DocumentSubject &subject, const DocumentContent &content,
                                                const QByteArray &pdf, int pages)
{
    Result<FinalDocument> stored = m_writer.write(Right::SignDocuments, [&](Change &c) -> Result<FinalDocument> {
        PatientId patient;
        if (const std::optional<Failure> refused = checkSubject(subject, patient))
            return *refused;
        QList<FieldError> errors = checkContent(content);
        if (!pdf.startsWith("%PDF-") || pages < 1)
            errors << FieldError{PdfField, tr("The document's PDF is missing or is not a PDF.")};
        if (!errors.isEmpty())
            return Failure::invalid(errors);
        FinalDocument d;
        d.subject = subject;
        d.documentVersion = m_documents.latestVersion(subject) + 1;
        d.title = content.title.trimmed();
        d.content = content;
        d.pdf = pdf;
        d.pages = pages;
        d.finalizedBy = c.actor() ? c.actor()->displayName : QString();
        d.finalizedAt = QDateTime::fromString(c.now(), Qt::ISODate);
        d.id = m_documents.insert(d);
        if (const std::optional<DocumentDraft> draft = m_documents.draft(subject))
            m_documents.deleteDraft(draft->id);
        QJsonObject after = snapshotOf(subject, content, d.documentVersion);
        after.insert(QStringLiteral("pages"), pages);
        after.insert(QStringLiteral("pdf_sha256"), digest(pdf));
        c.record(audit::Document, d.id, patient, audit::Finalise, QJsonObject(), after);
        return d;
    });
    if (stored)
        emit documentsChanged(subject);
    return stored;
}

Result<QList<FinalDocument>> DocumentService::versions(const DocumentSubject &subject)
{
    return m_writer.read([&]() -> Result<QList<FinalDocument>> { return m_documents.versions(subject); });
}

Result<QList<FinalDocument>> DocumentService::ofStay(StayId stay)
{
    return m_writer.read([&]() -> Result<QList<FinalDocument>> { return m_documents.ofStay(stay); });
}

Result<QList<DocumentDraft>> DocumentService::draftsOfStay(StayId stay)
{
    return m_writer.read([&]() -> Result<QList<DocumentDraft>> { return m_documents.draftsOfStay(stay); });
}

Result<FinalDocument> DocumentService::find(DocumentId id)
{
    return m_writer.read([&]() -> Result<FinalDocument> {
        if (std::optional<FinalDocument> d = m_documents.find(id))
            return *d;
        return Failure::notFound(SubjectField, tr("No document has the identifier %1.").arg(id.value));
    });
}

Result<Letterhead> DocumentService::letterhead()
{
    return m_writer.read([&]() -> Result<Letterhead> {
        const std::optional<DocumentRepository::Setting> s = m_documents.setting(kLetterheadKey);
        if (!s)
            return Letterhead{};
        Letterhead l = Letterhead::fromJson(s->value);
        l.version = s->version;
        return l;
    });
}

QList<FieldError> DocumentService::check(const Letterhead &l)
{
    QList<FieldError> errors;
    if (l.name.trimmed().isEmpty())
        errors << FieldError{NameField, tr("The establishment's name is required.")};
    for (const QString &line : {l.name, l.phone, l.email, l.footer})
        if (line.size() > MaxLineLength) {
            errors << FieldError{
                NameField, tr("A line of the letterhead is too long (at most %1 characters).").arg(MaxLineLength)};
            break;
        }
    // FINESS: 9 characters, the department first (2A/2B in Corsica), then digits.
    static const QRegularExpression finess(QStringLiteral("^(\\d{2}|2A|2B)\\d{7}$"));
    if (!l.finess.isEmpty() && !finess.match(l.finess).hasMatch())
        errors << FieldError{FinessField, tr("The FINESS number has 9 characters: the department (2 digits, or 2A, "
                                             "2B) and 7 digits, for example 750712184.")};
    if (!l.logo.isEmpty()) {
        if (l.logo.size() > Letterhead::MaxLogoBytes)
            errors << FieldError{LogoField, tr("The logo is too large (at most 512 KB).")};
        else if (QImage::fromData(l.logo).isNull())
            errors << FieldError{LogoField, tr("The logo must be a PNG or JPEG image.")};
    }
    return errors;
}

QList<FieldError> DocumentService::check(const SignatureBlock &s)
{
    QList<FieldError> errors;
    if (s.name.trimmed().isEmpty())
        errors << FieldError{NameField, tr("The name of the signature block is required.")};
    static const QRegularExpression rpps(QStringLiteral("^\\d{11}$"));
    if (!s.rpps.isEmpty() && !rpps.match(s.rpps).hasMatch())
        errors << FieldError{RppsField, tr("The RPPS number has 11 digits.")};
    for (const QString &line : {s.name, s.qualification, s.extra})
        if (line.size() > MaxLineLength) {
            errors << FieldError{
                NameField, tr("A line of the signature block is too long (at most %1 characters).").arg(MaxLineLength)};
            break;
        }
    return errors;
}

Result<Letterhead> DocumentService::setLetterhead(const Letterhead &letterhead)
{
    Result<Letterhead> saved = m_writer.write(Right::ManageLetterhead, [&](Change &c) -> Result<Letterhead> {
        if (QList<FieldError> errors = check(letterhead); !errors.isEmpty())
            return Failure::invalid(errors);
        return saveSetting(m_documents, c, kLetterheadKey, letterhead, &letterheadSnapshot,
                           tr("The letterhead was changed elsewhere since you opened it. Nothing was saved: open it "
                              "again."));
    });
    if (saved)
        emit letterheadChanged();
    return saved;
}

Result<SignatureBlock> DocumentService::signature(const QString &username)
{
    return m_writer.read([&]() -> Result<SignatureBlock> {
        const std::optional<DocumentRepository::Setting> s = m_documents.setting(signatureKey(username));
        if (!s)
            return SignatureBlock{};
        SignatureBlock b = SignatureBlock::fromJson(s->value);
        b.version = s->version;
        return b;
    });
}

Result<SignatureBlock> DocumentService::setSignature(const SignatureBlock &signature)
{
    QString username;
    Result<SignatureBlock> saved = m_writer.write(Right::SignDocuments, [&](Change &c) -> Result<SignatureBlock> {
        if (QList<FieldError> errors = check(signature); !errors.isEmpty())
            return Failure::invalid(errors);
        username = c.actor() ? c.actor()->username : QString();
        return saveSetting(
            m_documents, c, signatureKey(username), signature, [](const SignatureBlock &s) { return s.toJson(); },
            tr("Your signature block was changed elsewhere since you opened it. Nothing was saved: "
               "open it again."));
    });
    if (saved)
        emit signatureChanged(username);
    return saved;
}

} // namespace smr
