#include "core/i18n/Language.h"

#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace smr {

namespace {
Language g_current = Language::French;
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
} // namespace

std::optional<Language> Translations::parse(QStringView code)
{
    if (code.compare(QLatin1String("fr"), Qt::CaseInsensitive) == 0)
        return Language::French;
    if (code.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0)
        return Language::English;
    return std::nullopt;
}

QString Translations::code(Language language)
{
    return language == Language::French ? QStringLiteral("fr") : QStringLiteral("en");
}

Language Translations::resolve(const QString &setting, const QLocale &system)
{
    if (const std::optional<Language> chosen = parse(setting))
        return *chosen;
    return system.language() == QLocale::English ? Language::English : Language::French;
}

void Translations::install(Language language)
{
    if (g_app)
        QCoreApplication::removeTranslator(g_app.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_app = std::make_unique<QTranslator>();
    g_qt = std::make_unique<QTranslator>();

    const QString lang = code(language);
    if (g_app->load(QStringLiteral(":/i18n/smrdesk_") + lang))
        QCoreApplication::installTranslator(g_app.get());
    if (g_qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());

    QLocale::setDefault(language == Language::French ? QLocale(QLocale::French, QLocale::France)
                                                     : QLocale(QLocale::English, QLocale::UnitedKingdom));
    g_current = language;
}

Language Translations::current()
{
    return g_current;
}

} // namespace smr
