#include "core/documents/Letterhead.h"

#include "core/common/JsonValues.h"

namespace smr {

using json::text;

QJsonObject Letterhead::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("address"), address},
            {QStringLiteral("finess"), finess},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("email"), email},
            {QStringLiteral("footer"), footer},
            {QStringLiteral("logo"), QString::fromLatin1(logo.toBase64())}};
}

Letterhead Letterhead::fromJson(const QJsonObject &json)
{
    Letterhead l;
    l.name = text(json, "name");
    l.address = text(json, "address");
    l.finess = text(json, "finess");
    l.phone = text(json, "phone");
    l.email = text(json, "email");
    l.footer = text(json, "footer");
    l.logo = QByteArray::fromBase64(text(json, "logo").toLatin1());
    return l;
}

QJsonObject SignatureBlock::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("qualification"), qualification},
            {QStringLiteral("rpps"), rpps},
            {QStringLiteral("extra"), extra}};
}

SignatureBlock SignatureBlock::fromJson(const QJsonObject &json)
{
    SignatureBlock s;
    s.name = text(json, "name");
    s.qualification = text(json, "qualification");
    s.rpps = text(json, "rpps");
    s.extra = text(json, "extra");
    return s;
}

} // namespace smr
