#pragma once

#include <QJsonValue>
#include <QString>

namespace smr {

// A text of an instrument definition in both languages; text() answers in the current one.
struct LocalizedText {
    QString fr;
    QString en;

    QString text() const;
    bool isEmpty() const { return fr.isEmpty() && en.isEmpty(); }
    static LocalizedText fromJson(const QJsonValue &value);
    // Replaces the languages `other` has (a site's licensed wording over the shipped one).
    void overlay(const LocalizedText &other);
};

} // namespace smr
