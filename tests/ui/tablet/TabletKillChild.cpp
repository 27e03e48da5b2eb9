#include "ui/tablet/TabletKillChild.h"

#include "core/Store.h"
#include "core/common/Clock.h"
#include "core/users/UserService.h"
#include "support/TestStore.h"
#include "ui/results/Ticker.h"
#include "ui/tablet/PatientPage.h"
#include "ui/tablet/TabletWindow.h"
#include "ui/tablet/TestPage.h"
#include "ui/tablet/entry/TouchQuestionnaireForm.h"

#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <csignal>
#include <cstdio>

namespace smr::test {

namespace {

int fail(const QString &why)
{
    QTextStream(stderr) << "tablet child: " << why << Qt::endl;
    return 3;
}

bool press(QWidget *root, const QString &name)
{
    auto *button = root->findChild<QPushButton *>(name);
    if (!button || !button->isEnabled())
        return false;
    button->click();
    return true;
}

} // namespace

int runTabletKillChild()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 0)));
    Result<std::unique_ptr<Store>> opened = Store::openSqlite(qEnvironmentVariable("SMRDESK_TABLET_DB"), clock);
    if (!opened)
        return fail(opened.failure().text());
    Store &store = **opened;
    if (const Result<User> user = store.users().signIn(QStringLiteral("pkine"), TestStore::kPassword); !user)
        return fail(user.failure().text());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ui::ManualTicker ticker;
    // Deliberately never deleted: the process dies with it on screen.
    auto *window = new ui::TabletWindow(store, settings, nullptr, &ticker);
    window->resize(1280, 800);
    window->show();
    window->openPatient(PatientId(qEnvironmentVariable("SMRDESK_TABLET_PATIENT").toLongLong()),
                        StayId(qEnvironmentVariable("SMRDESK_TABLET_STAY").toLongLong()));
    const QString script = qEnvironmentVariable("SMRDESK_TABLET_SCRIPT");
    if (!press(window->patientPage(), QStringLiteral("test_") + script))
        return fail(QStringLiteral("no tile for ") + script);
    QWidget *form = window->testPage()->form();
    if (script == QLatin1String("berg")) {
        auto *berg = qobject_cast<ui::TouchQuestionnaireForm *>(form);
        if (!berg)
            return fail(QStringLiteral("not the touch questionnaire"));
        berg->setAdvanceDelay(0);
        const QList<int> levels{4, 4, 3, 2, 4};
        for (int i = 0; i < levels.size(); ++i) {
            if (!press(form, QStringLiteral("item_%1_value_%2").arg(i + 1).arg(levels.at(i))))
                return fail(QStringLiteral("no level for item %1").arg(i + 1));
            QCoreApplication::processEvents(); // the move to the next item (a zero timer)
        }
    } else if (script == QLatin1String("6mwt")) {
        if (!press(form, QStringLiteral("walkTab")) || !press(form, QStringLiteral("startButton")))
            return fail(QStringLiteral("the walk does not start"));
        ticker.advance(50 * 1000);
        for (int i = 0; i < 3; ++i)
            if (!press(form, QStringLiteral("lapButton")))
                return fail(QStringLiteral("no lap button"));
    } else {
        return fail(QStringLiteral("unknown script ") + script);
    }
    std::fflush(nullptr);
    std::raise(SIGKILL);
    return fail(QStringLiteral("still alive"));
}

} // namespace smr::test
