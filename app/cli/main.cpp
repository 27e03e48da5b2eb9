// smrdesk-cli: SMR Desk's command-line tool. Links the core only, so it runs without a display.

#include "app/cli/CliApplication.h"
#include "core/common/Clock.h"
#include "core/i18n/Language.h"
#include "core/storage/Locations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

#include <cstdio>

namespace {

// --lang wins over the settings file, which wins over the system language.
smr::Language chooseLanguage(const QStringList &args)
{
    QString chosen;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            chosen = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            chosen = args.at(i).mid(7);
    }
    if (chosen.isEmpty())
        chosen = QSettings(smr::Locations::settingsFile(), QSettings::IniFormat)
                     .value(QStringLiteral("language"))
                     .toString();
    return smr::Translations::resolve(chosen, QLocale::system());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    smr::Locations::setUpApplication();
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    smr::Translations::install(chooseLanguage(args));

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    const std::unique_ptr<smr::Clock> clock = smr::clockFromEnvironment();
    smr::cli::CliApplication cli(out, err, *clock);
    return cli.run(args);
}
