// Issue #8, done when: "a therapist checks a patient's precautions and progress, then records a
// TUG, a 6MWT and a Berg on a tablet in the gym without a keyboard or a stylus, and a killed app
// loses none of it". Driven through the tablet window by taps only; the kill is real: a child
// process (the same binary, see TabletKillChild.h) takes tests part of the way and dies of SIGKILL.

#include "ui/tablet/TabletFixture.h"

#include "ui/tablet/Keypad.h"
#include "ui/tablet/PatientPage.h"
#include "ui/tablet/TestPage.h"
#include "ui/tablet/TouchConfirm.h"
#include "ui/tablet/entry/TouchQuestionnaireForm.h"
#include "ui/tablet/entry/TouchWalkForm.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>

namespace smr::test {
namespace {

constexpr qint64 Second = 1000;

class TabletEntryUiTest : public TabletFixture
{
protected:
    std::unique_ptr<ui::TabletWindow> openDupont()
    {
        auto window = openTablet();
        window->openPatient(m_cohort.patients.value(QStringLiteral("Dupont")), m_dupont);
        return window;
    }

    QList<TestResult> drafts() { return *m_store->results().drafts(m_dupont); }

    // The page fits a 10" tablet held either way: nothing is cut at 1280 × 800 or 800 × 1280.
    static void expectFitsTheTablet(ui::TabletWindow &window, const char *where)
    {
        const QSize needed = window.minimumSizeHint();
        EXPECT_LE(needed.height(), 800) << where;
        EXPECT_LE(needed.width(), 800) << where;
    }

    std::optional<TestResult> latest(const QString &instrument)
    {
        std::optional<TestResult> found;
        const QList<TestResult> current = *m_store->results().current(m_dupont);
        for (const TestResult &r : current)
            if (r.instrument == instrument)
                found = r;
        return found;
    }

    static void typeOnKeypad(QWidget *pad, const QString &field, const QString &digits)
    {
        tap(pad, field + QStringLiteral("Button"));
        auto *keypad = pad->findChild<ui::Keypad *>(QStringLiteral("keypad"));
        ASSERT_NE(keypad, nullptr);
        tap(keypad, QStringLiteral("key_clear"));
        for (const QChar c : digits)
            tap(keypad, QStringLiteral("key_") + c);
    }

    // Runs the tablet that gets killed on `script` and waits for its death.
    void killedTablet(const QString &script)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SMRDESK_TABLET_KILL_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("SMRDESK_TABLET_DB"), m_store.path());
        env.insert(QStringLiteral("SMRDESK_TABLET_PATIENT"),
                   QString::number(m_cohort.patients.value(QStringLiteral("Dupont")).value));
        env.insert(QStringLiteral("SMRDESK_TABLET_STAY"), QString::number(m_dupont.value));
        env.insert(QStringLiteral("SMRDESK_TABLET_SCRIPT"), script);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        ASSERT_TRUE(child.waitForFinished(60000));
        ASSERT_EQ(child.exitStatus(), QProcess::CrashExit)
            << "the child must die of its kill, not return " << child.exitCode();
    }
};

TEST_F(TabletEntryUiTest, ATherapistRecordsATugASixMinuteWalkAndABergByTouchAlone)
{
    auto window = openDupont();
    ui::PatientPage *page = window->patientPage();
    EXPECT_TRUE(page->precautionsText().contains(QStringLiteral("risque de chute")));

    // TUG: a tap starts the stopwatch, a tap stops it; the time is the answer, saved at once.
    tap(page, QStringLiteral("test_tug"));
    ui::TestPage *test = window->testPage();
    ASSERT_EQ(window->currentPage(), test);
    EXPECT_EQ(textOf(window.get(), QStringLiteral("tabletTitle")), QStringLiteral("TUG — DUPONT Marie"));
    tap(test, QStringLiteral("stopwatchButton"));
    m_ticker.advance(11300);
    tap(test, QStringLiteral("stopwatchButton"));
    ASSERT_EQ(drafts().size(), 1) << "the time is saved the moment it is measured";
    EXPECT_EQ(drafts().first().answers.value(QStringLiteral("seconds")).toDouble(), 11.3);
    EXPECT_EQ(textOf(window.get(), QStringLiteral("tabletDraftState")),
              QStringLiteral("Brouillon enregistré à 10:00:00"));
    screenshot(window.get(), QStringLiteral("tablet/test-tug-1280x800"), QSize(1280, 800));
    expectFitsTheTablet(*window, "TUG");
    tap(test, QStringLiteral("confirmResultButton"));
    EXPECT_TRUE(
        textOf(test, QStringLiteral("testDoneSummary")).startsWith(QStringLiteral("✔ Résultat enregistré\nTUG 11,3 s")))
        << textOf(test, QStringLiteral("testDoneSummary")).toStdString();
    tap(test, QStringLiteral("doneBackButton"));
    ASSERT_EQ(window->currentPage(), page);
    EXPECT_EQ(page->testTile(QStringLiteral("tug"))->accessibleName(),
              QStringLiteral("TUG\nDernier : 11,3 s le 22/11/2026"));

    // Twelve lengths of 30 m, the end at 6:00, the partial length on the keypad.
    // Six-minute walk: the record has no height or weight: measured and typed on the keypad first.
    tap(page, QStringLiteral("test_6mwt"));
    QWidget *before = find<QWidget>(test, QStringLiteral("beforePad"));
    typeOnKeypad(before, QStringLiteral("height_cm"), QStringLiteral("162"));
    typeOnKeypad(before, QStringLiteral("weight_kg"), QStringLiteral("68"));
    tap(test, QStringLiteral("walkTab"));
    tap(test, QStringLiteral("startButton"));
    for (int i = 0; i < 12; ++i)
        tap(test, QStringLiteral("lapButton"));
    EXPECT_EQ(drafts().first().answers.value(QStringLiteral("laps")).toInt(), 12) << "every length is saved";
    screenshot(window.get(), QStringLiteral("tablet/test-walk-1280x800"), QSize(1280, 800));
    expectFitsTheTablet(*window, "6MWT");
    m_ticker.advance(6 * 60 * Second);
    auto *walk = qobject_cast<ui::TouchWalkForm *>(test->form());
    ASSERT_NE(walk, nullptr);
    EXPECT_EQ(walk->page(), ui::TouchWalkForm::After);
    typeOnKeypad(find<QWidget>(test, QStringLiteral("afterPad")), QStringLiteral("partial_lap_m"),
                 QStringLiteral("12"));
    tap(test, QStringLiteral("confirmResultButton"));
    EXPECT_TRUE(textOf(test, QStringLiteral("testDoneSummary")).contains(QStringLiteral("372 m")))
        << textOf(test, QStringLiteral("testDoneSummary")).toStdString();
    tap(test, QStringLiteral("doneBackButton"));

    // Berg: one item per screen, a level a tap; the draft follows every answer.
    tap(page, QStringLiteral("test_berg"));
    auto *berg = qobject_cast<ui::TouchQuestionnaireForm *>(test->form());
    ASSERT_NE(berg, nullptr);
    berg->setAdvanceDelay(0);
    const QList<int> levels = TestStore::bergItems(44);
    for (int i = 0; i < levels.size(); ++i) {
        tap(test, QStringLiteral("item_%1_value_%2").arg(i + 1).arg(levels.at(i)));
        QCoreApplication::processEvents();
        if (i == 2) {
            const QJsonArray saved = drafts().first().answers.value(QStringLiteral("items")).toArray();
            EXPECT_EQ(saved.at(2).toInt(), levels.at(2)) << "the third answer is in the database already";
            EXPECT_TRUE(saved.at(3).isNull());
            screenshot(window.get(), QStringLiteral("tablet/test-berg-1280x800"), QSize(1280, 800));
            expectFitsTheTablet(*window, "Berg");
            window->resize(800, 1280);
            screenshot(window.get(), QStringLiteral("tablet/test-berg-800x1280"), QSize(800, 1280));
            window->resize(1280, 800);
        }
    }
    EXPECT_EQ(textOf(test, QStringLiteral("testSummary")), QStringLiteral("Berg 44/56"));
    tap(test, QStringLiteral("confirmResultButton"));
    tap(test, QStringLiteral("doneBackButton"));

    ASSERT_TRUE(latest(QStringLiteral("tug")) && latest(QStringLiteral("6mwt")) && latest(QStringLiteral("berg")));
    EXPECT_EQ(latest(QStringLiteral("tug"))->primaryScore, 11.3);
    EXPECT_EQ(latest(QStringLiteral("6mwt"))->primaryScore, 372.0);
    EXPECT_EQ(latest(QStringLiteral("berg"))->primaryScore, 44.0);
    EXPECT_EQ(latest(QStringLiteral("berg"))->enteredBy, QStringLiteral("Paul Kiné"));
    EXPECT_TRUE(drafts().isEmpty()) << "each draft became its result";
    screenshot(window.get(), QStringLiteral("tablet/review-after-tests-1280x800"), QSize(1280, 800));
}

TEST_F(TabletEntryUiTest, AKilledTabletLosesNothingAndResumesEachTestWhereItWas)
{
    killedTablet(QStringLiteral("berg"));
    killedTablet(QStringLiteral("6mwt"));

    // What the killed tablet had been given is in the database.
    QMap<QString, TestResult> byInstrument;
    for (const TestResult &d : drafts())
        byInstrument.insert(d.instrument, d);
    ASSERT_EQ(byInstrument.size(), 2);
    const QJsonArray items =
        byInstrument.value(QStringLiteral("berg")).answers.value(QStringLiteral("items")).toArray();
    EXPECT_EQ((QList<int>{items.at(0).toInt(), items.at(1).toInt(), items.at(2).toInt(), items.at(3).toInt(),
                          items.at(4).toInt()}),
              (QList<int>{4, 4, 3, 2, 4}));
    EXPECT_TRUE(items.at(5).isNull());
    EXPECT_EQ(byInstrument.value(QStringLiteral("6mwt")).answers.value(QStringLiteral("laps")).toInt(), 3);

    // The therapist picks up another tablet two minutes later.
    m_store.clock().set(QDateTime(QDate(2026, 11, 22), QTime(10, 2)));
    auto window = openDupont();
    ui::PatientPage *page = window->patientPage();
    EXPECT_EQ(page->testTile(QStringLiteral("berg"))->accessibleName(),
              QStringLiteral("Berg\nEn cours depuis 10:00 : toucher pour reprendre"));
    EXPECT_TRUE(page->testTile(QStringLiteral("berg"))->property("draft").toBool());
    screenshot(window.get(), QStringLiteral("tablet/review-drafts-1280x800"), QSize(1280, 800));

    tap(page, QStringLiteral("test_6mwt"));
    ui::TestPage *test = window->testPage();
    auto *walk = qobject_cast<ui::TouchWalkForm *>(test->form());
    ASSERT_NE(walk, nullptr);
    EXPECT_EQ(textOf(window.get(), QStringLiteral("tabletDraftState")), QStringLiteral("Brouillon repris"));
    EXPECT_TRUE(walk->isTiming()) << "the walk goes on: 2 minutes of its 6 have passed by the clock";
    EXPECT_EQ(textOf(test, QStringLiteral("countdownLabel")), QStringLiteral("4:00"));
    EXPECT_EQ(walk->answers().value(QStringLiteral("laps")).toInt(), 3);
    tap(test, QStringLiteral("lapButton"));
    EXPECT_EQ(drafts().size(), 2) << "the same draft goes on";

    window->back();
    ASSERT_TRUE(window->confirm()->isAsking()) << "the walk is timed: leaving asks across the screen";
    EXPECT_EQ(window->confirm()->question(),
              QStringLiteral("Le test est en cours de chronométrage. Le quitter ? La saisie est conservée et le test "
                             "pourra être repris."));
    tap(window.get(), QStringLiteral("touchConfirmYes"));
    ASSERT_EQ(window->currentPage(), page);

    tap(page, QStringLiteral("test_berg"));
    auto *berg = qobject_cast<ui::TouchQuestionnaireForm *>(test->form());
    ASSERT_NE(berg, nullptr);
    EXPECT_EQ(berg->currentIndex(), 5) << "back on item 6, the first not answered";
    berg->setAdvanceDelay(0);
    const QList<int> rest{4, 3, 3, 2, 2, 4, 3, 2, 1};
    for (int i = 0; i < rest.size(); ++i) {
        tap(test, QStringLiteral("item_%1_value_%2").arg(i + 6).arg(rest.at(i)));
        QCoreApplication::processEvents();
    }
    tap(test, QStringLiteral("confirmResultButton"));
    ASSERT_TRUE(latest(QStringLiteral("berg")));
    // 17 before the kill, 24 after, and item 3 credited 4 as item 2 is 4 (Berg 1992): 42.
    EXPECT_EQ(latest(QStringLiteral("berg"))->primaryScore, 42.0);
    EXPECT_EQ(latest(QStringLiteral("berg"))->performedAt, QDateTime(QDate(2026, 11, 22), QTime(10, 0)))
        << "performed when it was started";
}

TEST_F(TabletEntryUiTest, AbandoningATestAsksAcrossTheScreenAndDeletesItsDraft)
{
    auto window = openDupont();
    ui::PatientPage *page = window->patientPage();
    tap(page, QStringLiteral("test_berg"));
    ui::TestPage *test = window->testPage();
    auto *berg = qobject_cast<ui::TouchQuestionnaireForm *>(test->form());
    ASSERT_NE(berg, nullptr);
    berg->setAdvanceDelay(0);
    tap(test, QStringLiteral("item_1_value_4"));
    ASSERT_EQ(drafts().size(), 1);

    tap(test, QStringLiteral("abandonButton"));
    ui::TouchConfirm *confirm = window->confirm();
    ASSERT_TRUE(confirm->isAsking());
    EXPECT_EQ(confirm->question(),
              QStringLiteral("Abandonner le test Berg ? Ce qui a été saisi est supprimé."));
    screenshot(window.get(), QStringLiteral("tablet/abandon-1280x800"), QSize(1280, 800));
    tap(window.get(), QStringLiteral("touchConfirmNo"));
    EXPECT_EQ(window->currentPage(), test) << "continue the test";
    EXPECT_EQ(drafts().size(), 1);

    tap(test, QStringLiteral("abandonButton"));
    tap(window.get(), QStringLiteral("touchConfirmYes"));
    EXPECT_EQ(window->currentPage(), page);
    EXPECT_TRUE(drafts().isEmpty());
    EXPECT_FALSE(latest(QStringLiteral("berg")).has_value() &&
                 latest(QStringLiteral("berg"))->performedAt.date() == TestStore::today());
}

} // namespace
} // namespace smr::test
