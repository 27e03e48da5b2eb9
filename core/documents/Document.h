#pragma once

#include "core/common/CodeTable.h"
#include "core/common/Ids.h"
#include "core/documents/Letterhead.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace smr {

using DocumentId = Id<struct DocumentTag>;

// The documents SMR Desk writes from the data (issue #9).
enum class DocumentKind { AdmissionReport, DischargeLetter, MeetingMinutes, OnCallSheet, ResultSheet };

inline constexpr CodeTable<DocumentKind, 5> kDocumentKinds{
    "DocumentKind",
    {{
        {DocumentKind::AdmissionReport, "admission_report", QT_TRANSLATE_NOOP("DocumentKind", "Admission report"),
         QT_TRANSLATE_NOOP("DocumentKind", "admission report")},
        {DocumentKind::DischargeLetter, "discharge_letter", QT_TRANSLATE_NOOP("DocumentKind", "Discharge letter"),
         QT_TRANSLATE_NOOP("DocumentKind", "discharge letter")},
        {DocumentKind::MeetingMinutes, "meeting_minutes", QT_TRANSLATE_NOOP("DocumentKind", "Meeting minutes"),
         QT_TRANSLATE_NOOP("DocumentKind", "meeting minutes")},
        {DocumentKind::OnCallSheet, "on_call_sheet", QT_TRANSLATE_NOOP("DocumentKind", "On-call handover sheet"),
         QT_TRANSLATE_NOOP("DocumentKind", "on-call sheet")},
        {DocumentKind::ResultSheet, "result_sheet", QT_TRANSLATE_NOOP("DocumentKind", "Result sheet"),
         QT_TRANSLATE_NOOP("DocumentKind", "result sheet")},
    }}};

// What a document is about: a stay (admission report, discharge letter), a meeting (minutes), a
// result (result sheet) or a unit on a day (on-call sheet). Its key ("stay:12") identifies the
// document's draft and its versions.
struct DocumentSubject {
    DocumentKind kind = DocumentKind::AdmissionReport;
    StayId stay; // the stay the document is stored with (none for minutes and on-call sheets)
    MeetingId meeting;
    ResultId result;
    QString unitCode;
    QDate day;

    static DocumentSubject ofStay(DocumentKind kind, StayId stay);
    static DocumentSubject ofMeeting(MeetingId meeting);
    static DocumentSubject ofResult(ResultId result, StayId stay);
    static DocumentSubject onCall(const QString &unitCode, const QDate &day);

    QString key() const;
    // The subject a stored key names (the stay of a result sheet is not in its key: set it apart).
    static DocumentSubject fromKey(DocumentKind kind, const QString &key);
    bool operator==(const DocumentSubject &) const = default;
};

// A document's text and what its drawing needs besides: the HTML the physician edits (charts are
// <img src="chart:NAME"> whose data is in `charts`, so that the document draws the same whatever
// is later corrected), the letterhead and the signature block as they were when it was finalised.
struct DocumentContent {
    QString title;
    QString html;
    QJsonObject charts; // NAME → ProgressChart (ProgressChartJson)
    Letterhead letterhead;
    SignatureBlock signature;

    QJsonObject toJson() const;
    static DocumentContent fromJson(const QJsonObject &json);
    bool operator==(const DocumentContent &) const = default;
};

// The draft of a document: one per kind and subject, edited until it is finalised.
struct DocumentDraft {
    qint64 id = 0;
    DocumentSubject subject;
    DocumentContent content;
    QString author;
    QDateTime updatedAt; // UTC
    int version = 0;
};

// A finalised version of a document, never changed.
struct FinalDocument {
    DocumentId id;
    DocumentSubject subject;
    int documentVersion = 1;
    QString title;
    DocumentContent content;
    QByteArray pdf; // empty in lists (DocumentRepository::versions): read it with find()
    int pages = 0;
    QString finalizedBy;
    QDateTime finalizedAt; // UTC
};

} // namespace smr
