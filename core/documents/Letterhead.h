#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace smr {

// The establishment's letterhead on every document (issue #9): the header's name, address,
// FINESS number, contacts and logo, and the footer's line. Set by the site, shared by every
// workstation (table document_settings); a document keeps the letterhead it was finalised with.
struct Letterhead {
    QString name;    // "Centre de rééducation des Tilleuls"
    QString address; // lines separated by '\n'
    QString finess;  // 9 characters: the FINESS number of the establishment (géographique)
    QString phone;
    QString email;
    QString footer;  // "Document confidentiel — secret médical"
    QByteArray logo; // PNG or JPEG, at most MaxLogoBytes
    int version = 0; // of the stored setting; 0 when none is stored

    static constexpr int MaxLogoBytes = 512 * 1024;

    bool isEmpty() const { return name.isEmpty() && address.isEmpty() && finess.isEmpty(); }
    QJsonObject toJson() const;
    static Letterhead fromJson(const QJsonObject &json);
    bool operator==(const Letterhead &other) const
    {
        return name == other.name && address == other.address && finess == other.finess && phone == other.phone &&
               email == other.email && footer == other.footer && logo == other.logo;
    }
};

// A physician's signature block under letters: name, qualification and RPPS number. Each user
// sets their own.
struct SignatureBlock {
    QString name;          // "Dr Claire Martin"
    QString qualification; // "Médecin MPR"
    QString rpps;          // 11 digits, or empty
    QString extra;         // another line: a service, a phone number
    int version = 0;

    bool isEmpty() const { return name.isEmpty() && qualification.isEmpty() && rpps.isEmpty() && extra.isEmpty(); }
    QJsonObject toJson() const;
    static SignatureBlock fromJson(const QJsonObject &json);
    bool operator==(const SignatureBlock &other) const
    {
        return name == other.name && qualification == other.qualification && rpps == other.rpps && extra == other.extra;
    }
};

} // namespace smr
