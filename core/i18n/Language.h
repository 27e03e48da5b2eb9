#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace smr {

enum class Language { French, English };

// Chooses and installs the language of the user interface and of messages. French is the
// reference language of the users: it is used unless the setting or the system asks for English.
class Translations
{
public:
    static std::optional<Language> parse(QStringView code); // "fr", "en"
    static QString code(Language language);
    // The setting wins ("fr", "en"); otherwise English on an English system, French elsewhere.
    static Language resolve(const QString &setting, const QLocale &system);

    // Installs the application's and Qt's own translations and the matching default locale
    // (decimal comma in French). Replaces what a previous call installed.
    static void install(Language language);
    static Language current();
};

} // namespace smr
