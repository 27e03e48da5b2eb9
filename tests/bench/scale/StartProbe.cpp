// smrdesk_start_probe: one start of SMR Desk, for the cold start and memory rows of issue #10,
// started afresh by smrdesk_scale_bench for every measure (a new process each time).
//
//   smrdesk_start_probe --floor
//       the floor: a QApplication and an empty Qt Widgets window, shown and painted;
//   smrdesk_start_probe --reference
//       not a target, a yardstick: the least a window of this shape costs, with no database, no
//       translation and no code of ours but the look (Appearance: Fusion, font, style sheet) — a
//       QMainWindow with a menu, a status bar, a search field over a 100-line table of fixed text
//       beside a label, shown and painted;
//   smrdesk_start_probe --database FILE --user NAME [--browse N] [--phases]
//       what smrdesk does on that database (main.cpp and DesktopApp): the application's set-up,
//       French, the style sheet, the Store opened (schema checked), the session of NAME, the main
//       window shown and painted; then, with --browse, N patients opened one after the other.
//
// It prints one JSON line on stdout as soon as the window is painted ({"painted": true, "rss_mb"}),
// then, with --browse, a second one ({"browsed": N, "rss_mb", "peak_rss_mb"}), and exits. With
// --phases (either form), each step's time since main() goes to stderr. The parent
// times the start from launching the process to reading the first line.
//
// The sign-in's password check is left out: it is deliberately slow (Argon2id) and happens while
// the user types; the session is opened for the account as SignInDialog does once it succeeds.

#include "core/Store.h"
#include "core/census/CensusRepository.h"
#include "core/common/Clock.h"
#include "core/i18n/Language.h"
#include "core/storage/Locations.h"
#include "core/users/UserService.h"
#include "ui/common/Appearance.h"
#include "ui/common/Prompter.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

// VmRSS or VmHWM of this process, in MB.
double memoryMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

void printLine(const QJsonObject &o)
{
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Calls `then` once `window` has received its first paint event and the event loop is idle again
// (every widget of the window painted and the backing store flushed).
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, std::function<void()> then) : m_window(window), m_then(std::move(then))
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_done = true;
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, this, m_then);
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<void()> m_then;
    bool m_done = false;
};

QString argument(const QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

// With --phases, the time since main() at each step, on stderr ("MARK store 19.7 ms"): where a
// start spends its time.
QElapsedTimer g_phases;
bool g_showPhases = false;
void MARK(const char *step)
{
    if (g_showPhases)
        std::fprintf(stderr, "MARK %-12s %6.1f ms\n", step, double(g_phases.nsecsElapsed()) / 1e6);
}

// The first line: the window is painted (the parent's stopwatch stops on it).
void printPainted()
{
    MARK("painted");
    printLine({{QStringLiteral("painted"), true}, {QStringLiteral("rss_mb"), memoryMb("VmRSS:")}});
}

// Shows `window` at the main window's size and ends the program once it is painted (the floor and
// the yardstick).
int showUntilPainted(QApplication &app, QWidget &window)
{
    window.resize(1600, 1000);
    FirstPaint painted(&window, [] {
        printPainted();
        QCoreApplication::quit();
    });
    window.show();
    MARK("shown");
    return app.exec();
}

// --reference: the main window's shape with fixed contents (see the top of the file).
int reference(QApplication &app)
{
    const smr::ui::Appearance appearance(app);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&Fichier"))->addAction(QStringLiteral("&Quitter"));
    window.menuBar()->addMenu(QStringLiteral("&Patient"))->addAction(QStringLiteral("&Nouveau patient…"));
    window.statusBar()->addWidget(new QLabel(QStringLiteral("Base locale : smrdesk.sqlite")), 1);
    auto *split = new QSplitter(&window);
    auto *list = new QWidget(split);
    auto *layout = new QVBoxLayout(list);
    layout->addWidget(new QLineEdit(list));
    auto *table = new QTableWidget(100, 6, list);
    for (int r = 0; r < 100; ++r) {
        for (int c = 0; c < 6; ++c)
            table->setItem(r, c, new QTableWidgetItem(QStringLiteral("DUPONT-%1 Jean %2").arg(r).arg(c)));
    }
    layout->addWidget(table);
    new QLabel(QStringLiteral("Choisissez un patient dans la liste."), split);
    window.setCentralWidget(split);
    return showUntilPainted(app, window);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "smrdesk_start_probe: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    g_phases.start();
    g_showPhases = std::any_of(argv, argv + argc, [](const char *a) { return qstrcmp(a, "--phases") == 0; });
    QApplication app(argc, argv);
    MARK("qapp");
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QStringLiteral("--floor"))) {
        QWidget window;
        return showUntilPainted(app, window);
    }

    if (args.contains(QStringLiteral("--reference")))
        return reference(app);

    // As main.cpp: the application's names and folders, the language, the style.
    smr::Locations::setUpApplication();
    MARK("locations");
    QApplication::setApplicationDisplayName(QStringLiteral("SMR Desk"));
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MARK("settings");
    smr::Translations::install(smr::Language::French);
    MARK("translations");
    const smr::ui::Appearance appearance(app);
    MARK("appearance");

    const std::unique_ptr<smr::Clock> clock = smr::clockFromEnvironment();
    const smr::DatabaseAddress address = smr::DatabaseAddress::sqlite(argument(args, QStringLiteral("--database")));
    smr::Result<std::unique_ptr<smr::Store>> opened = smr::Store::open(address, *clock, QString());
    if (!opened)
        return fail(opened.failure().text());
    smr::Store &store = **opened;
    MARK("store");
    const QString username = argument(args, QStringLiteral("--user"));
    const smr::Result<QList<smr::User>> users = store.users().list();
    if (!users)
        return fail(users.failure().text());
    for (const smr::User &u : *users) {
        if (u.username == username)
            store.session().signIn(u.actor());
    }
    if (!store.session().signedIn())
        return fail(QStringLiteral("no account %1").arg(username));

    MARK("session");
    smr::ui::Prompter prompter;
    smr::ui::MainWindow window(store, prompter, settings);
    MARK("mainwindow");
    window.resize(1600, 1000);
    const int browse = argument(args, QStringLiteral("--browse")).toInt();
    FirstPaint painted(&window, [&] {
        printPainted();
        if (browse <= 0) {
            QCoreApplication::quit();
            return;
        }
        // Browsing: patients spread over the whole list (pages of the census, as scrolling
        // and clicking would fetch them), each opened in the dossier.
        smr::CensusFilter all;
        all.scope = smr::CensusFilter::Scope::AllPatients;
        const qint64 total = store.census().count(all);
        const int step = int(std::max<qint64>(1, total / browse));
        std::optional<smr::CensusCursor> cursor;
        int browsed = 0;
        while (browsed < browse) {
            const QList<smr::CensusRow> page = store.census().page(all, cursor, step);
            if (page.isEmpty())
                break;
            window.openPatient(page.last().patient.id);
            QCoreApplication::processEvents();
            cursor = smr::CensusRepository::cursorAfter(page.last());
            ++browsed;
        }
        printLine({{QStringLiteral("browsed"), browsed},
                   {QStringLiteral("rss_mb"), memoryMb("VmRSS:")},
                   {QStringLiteral("peak_rss_mb"), memoryMb("VmHWM:")}});
        QCoreApplication::quit();
    });
    window.show();
    MARK("shown");
    return app.exec();
}
