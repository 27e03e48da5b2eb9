// smrdesk: the desktop application. Parses options, opens the database and shows the window.

#include "core/Store.h"
#include "core/common/Clock.h"
#include "core/i18n/Language.h"
#include "core/storage/Locations.h"
#include "ui/common/Appearance.h"
#include "ui/common/Prompter.h"
#include "ui/main/MainWindow.h"
#include "ui/patient/PatientPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
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
        QStringLiteral("path"), smr::Locations::defaultDatabase());
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language of the interface: fr or en."),
                                        QStringLiteral("code"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    QSettings settings(smr::Locations::settingsFile(), QSettings::IniFormat);
    const QString chosen =
        parser.isSet(langOption) ? parser.value(langOption) : settings.value(QStringLiteral("language")).toString();
    smr::Translations::install(smr::Translations::resolve(chosen, QLocale::system()));
    smr::ui::Appearance::apply(app);

    const std::unique_ptr<smr::Clock> clock = smr::clockFromEnvironment();
    smr::Result<std::unique_ptr<smr::Store>> store = smr::Store::openSqlite(parser.value(dbOption), *clock);
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SMR Desk cannot start"),
                              store.failure().text());
        return 1;
    }

    smr::ui::Prompter prompter;
    QPointer<smr::ui::MainWindow> window;
    // Changing the language rebuilds the window in the new language, on the same patient.
    std::function<void(smr::PatientId)> showWindow = [&](smr::PatientId patient) {
        window = new smr::ui::MainWindow(*store.value(), prompter, settings);
        window->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(window, &smr::ui::MainWindow::languageChosen, window, [&](const QString &code) {
            const smr::PatientId shown = window->patientPanel()->patientId();
            if (!window->close())
                return;
            smr::Translations::install(smr::Translations::parse(code).value_or(smr::Language::French));
            showWindow(shown);
        });
        if (patient.isValid())
            window->openPatient(patient);
        window->show();
    };
    showWindow({});
    return app.exec();
}
