#include "core/documents/Document.h"

#include "core/common/Dates.h"

#include <QStringList>

namespace smr {

DocumentSubject DocumentSubject::ofStay(DocumentKind kind, StayId stay)
{
    DocumentSubject s;
    s.kind = kind;
    s.stay = stay;
    return s;
}

DocumentSubject DocumentSubject::ofMeeting(MeetingId meeting)
{
    DocumentSubject s;
    s.kind = DocumentKind::MeetingMinutes;
    s.meeting = meeting;
    return s;
}

DocumentSubject DocumentSubject::ofResult(ResultId result, StayId stay)
{
    DocumentSubject s;
    s.kind = DocumentKind::ResultSheet;
    s.result = result;
    s.stay = stay;
    return s;
}

DocumentSubject DocumentSubject::onCall(const QString &unitCode, const QDate &day)
{
    DocumentSubject s;
    s.kind = DocumentKind::OnCallSheet;
    s.unitCode = unitCode;
    s.day = day;
    return s;
}

QString DocumentSubject::key() const
{
    switch (kind) {
    case DocumentKind::AdmissionReport:
    case DocumentKind::DischargeLetter:
        return QStringLiteral("stay:%1").arg(stay.value);
    case DocumentKind::MeetingMinutes:
        return QStringLiteral("meeting:%1").arg(meeting.value);
    case DocumentKind::ResultSheet:
        return QStringLiteral("result:%1").arg(result.value);
    case DocumentKind::OnCallSheet:
        return QStringLiteral("unit:%1:%2").arg(unitCode, dates::toIso(day));
    }
    return QString();
}

DocumentSubject DocumentSubject::fromKey(DocumentKind kind, const QString &key)
{
    DocumentSubject s;
    s.kind = kind;
    const QStringList parts = key.split(QLatin1Char(':'));
    if (parts.size() >= 2) {
        if (parts[0] == QLatin1String("stay"))
            s.stay = StayId(parts[1].toLongLong());
        else if (parts[0] == QLatin1String("meeting"))
            s.meeting = MeetingId(parts[1].toLongLong());
        else if (parts[0] == QLatin1String("result"))
            s.result = ResultId(parts[1].toLongLong());
        else if (parts[0] == QLatin1String("unit") && parts.size() == 3) {
            s.unitCode = parts[1];
            s.day = QDate::fromString(parts[2], Qt::ISODate);
        }
    }
    return s;
}

QJsonObject DocumentContent::toJson() const
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("html"), html},
            {QStringLiteral("charts"), charts},
            {QStringLiteral("letterhead"), letterhead.toJson()},
            {QStringLiteral("signature"), signature.toJson()}};
}

DocumentContent DocumentContent::fromJson(const QJsonObject &json)
{
    DocumentContent c;
    c.title = json.value(QStringLiteral("title")).toString();
    c.html = json.value(QStringLiteral("html")).toString();
    c.charts = json.value(QStringLiteral("charts")).toObject();
    c.letterhead = Letterhead::fromJson(json.value(QStringLiteral("letterhead")).toObject());
    c.signature = SignatureBlock::fromJson(json.value(QStringLiteral("signature")).toObject());
    return c;
}

} // namespace smr
