// smrdesk: the desktop application. Parses options and hands over to DesktopApp.

#include "core/common/Clock.h"
#include "core/i18n/Language.h"
#include "core/storage/Locations.h"
#include "ui/common/Appearance.h"
#include "ui/common/Prompter.h"
#include "ui/main/DesktopApp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QSettings>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    smr::Locations::setUpApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("SMR Desk"));
    QApplication::setDesktopFileName(QStringLiteral("smrdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SMR Desk — the physician's desk of SMR rehabilitation units"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("SQLite database to open (default: %1).").arg(smr::Locations::defaultDatabase()),
        QStringLiteral("path"));
    const QCommandLineOption urlOption(
        QStringLiteral("db-url"),
        QStringLiteral("PostgreSQL database of the unit, postgresql://user@host:port/dbname (the password comes "
                       "from PGPASSWORD, ~/.pgpass or a prompt; default: database/url in the settings)."),
        QStringLiteral("url"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language of the interface: fr or en."),
                                        QStringLiteral("code"));
    const QCommandLineOption tabletOption(
        QStringLiteral("tablet"),
        QStringLiteral("Start in the gym-side tablet mode (touch, large tiles; locks after 2 minutes idle)."));
    const QCommandLineOption desktopOption(QStringLiteral("desktop"),
                                           QStringLiteral("Start in the workstation mode (the default)."));
    parser.addOption(dbOption);
    parser.addOption(tabletOption);
    parser.addOption(desktopOption);
    parser.addOption(urlOption);
    parser.addOption(langOption);
    parser.process(app);

    QSettings settings(smr::Locations::settingsFile(), QSettings::IniFormat);
    const QString chosen =
        parser.isSet(langOption) ? parser.value(langOption) : settings.value(QStringLiteral("language")).toString();
    smr::Translations::install(smr::Translations::resolve(chosen, QLocale::system()));
    const smr::ui::Appearance appearance(app);

    smr::ui::Prompter prompter;
    if (parser.isSet(dbOption) && parser.isSet(urlOption)) {
        prompter.showError(
            nullptr, QStringLiteral("SMR Desk"),
            QCoreApplication::translate("main", "Give either --db (a file) or --db-url (a server), not both."));
        return 2;
    }
    QString addressError;
    const smr::DatabaseAddress address = smr::ui::DesktopApp::chooseAddress(
        parser.value(dbOption), parser.value(urlOption), settings, smr::Locations::defaultDatabase(), &addressError);
    if (!addressError.isEmpty()) {
        prompter.showError(nullptr, QStringLiteral("SMR Desk"), addressError);
        return 2;
    }

    const std::unique_ptr<smr::Clock> clock = smr::clockFromEnvironment();
    smr::ui::DesktopApp desktop(settings, prompter, *clock);
    desktop.setMode(smr::ui::DesktopApp::chooseMode(parser.isSet(tabletOption), parser.isSet(desktopOption), settings));
    if (!desktop.open(address))
        return 1;
    if (!desktop.start())
        return 0;
    const int code = app.exec();
    desktop.leave();
    return code;
}
