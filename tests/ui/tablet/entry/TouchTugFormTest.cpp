// The TUG on the tablet (issue #8) driven by a finger: the full-screen stopwatch, the walking aid
// as large buttons, a time typed on the keypad, and the same answers as the workstation's form
// (clinical reference §1).

#include "ui/UiTestSupport.h"
#include "ui/tablet/entry/TouchTestSupport.h"

#include "core/instruments/InstrumentCatalog.h"
#include "ui/results/Ticker.h"
#include "ui/results/TugForm.h"
#include "ui/tablet/entry/TouchFormFactory.h"
#include "ui/tablet/entry/TouchTugForm.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace smr;
using namespace smr::ui;
using smr::test::find;
using smr::test::tap;

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("smr::ui::TouchTugForm", source);
}

class TouchTugFormTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        form.reset(static_cast<TouchTugForm *>(TouchFormFactory::create(tug(), context, nullptr)));
        smr::test::showOnTablet(form.get(), QSize(1280, 800));
    }
    const Instrument &tug() const { return *catalog.find(u"tug"); }
    QLabel *time() { return find<QLabel>(form.get(), QStringLiteral("stopwatchLabel")); }
    QPushButton *stopwatch() { return find<QPushButton>(form.get(), QStringLiteral("stopwatchButton")); }

    InstrumentCatalog catalog;
    ManualTicker ticker;
    FixedClock clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0))};
    EntryContext context{PatientFacts{QStringLiteral("F"), 72, 165.0, 70.0}, &ticker, &clock};
    std::unique_ptr<TouchTugForm> form;
};

TEST_F(TouchTugFormTest, TheFactoryGivesTheFullScreenStopwatch)
{
    EXPECT_EQ(form->objectName(), QStringLiteral("touchTugForm"));
    // The stopwatch takes most of the screen: the target a tester hits without looking.
    EXPECT_GE(stopwatch()->width() * stopwatch()->height(), 1280 * 800 / 3);
    EXPECT_EQ(time()->text(), QStringLiteral("0,0 s"));
    EXPECT_EQ(find<QLabel>(form.get(), QStringLiteral("stopwatchHint"))->text(), tr("Touch to start"));
}

TEST_F(TouchTugFormTest, ATapStartsATapStopsAndTheTimeIsTheAnswerAtOnce)
{
    QSignalSpy changed(form.get(), &EntryForm::answersChanged);
    tap(stopwatch());
    ASSERT_TRUE(form->isTiming());
    ticker.advance(7250);
    EXPECT_EQ(time()->text(), QStringLiteral("7,2 s"));
    EXPECT_EQ(find<QLabel>(form.get(), QStringLiteral("stopwatchHint"))->text(), tr("Touch to stop"));
    smr::test::screenshot(form.get(), QStringLiteral("tablet-tug-running-1280x800"));
    ticker.advance(5050);
    tap(stopwatch());
    EXPECT_FALSE(form->isTiming());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(time()->text(), QStringLiteral("12,3 s"));
    EXPECT_EQ(form->answers().value(QStringLiteral("seconds")).toDouble(), 12.3);
    EXPECT_EQ(find<QLabel>(form.get(), QStringLiteral("stopwatchHint"))->text(), tr("Time kept. Touch to time again"));
}

TEST_F(TouchTugFormTest, TheSpaceBarStartsAndStopsToo)
{
    form->focusFirst();
    QTest::keyClick(form.get(), Qt::Key_Space);
    ASSERT_TRUE(form->isTiming());
    ticker.advance(9040);
    QTest::keyClick(form.get(), Qt::Key_Space);
    EXPECT_FALSE(form->isTiming());
    EXPECT_EQ(form->answers().value(QStringLiteral("seconds")).toDouble(), 9.0);
}

TEST_F(TouchTugFormTest, StartOverClearsTheTimeForAnotherTrial)
{
    tap(stopwatch());
    ticker.advance(11000);
    tap(stopwatch());
    QSignalSpy changed(form.get(), &EntryForm::answersChanged);
    tap(find<QPushButton>(form.get(), QStringLiteral("startOverButton")));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(form->answers().contains(QStringLiteral("seconds")));
    EXPECT_EQ(time()->text(), QStringLiteral("0,0 s"));
}

TEST_F(TouchTugFormTest, TheSameAnswersAsTheWorkstationForTwelvePointThreeSecondsWithACane)
{
    QSignalSpy changed(form.get(), &EntryForm::answersChanged);
    tap(stopwatch());
    ticker.advance(12300);
    tap(stopwatch());
    auto *cane = find<QPushButton>(form.get(), QStringLiteral("walking_aid_cane"));
    EXPECT_EQ(cane->text(), QStringLiteral("Une canne"));
    tap(cane);
    EXPECT_TRUE(cane->isChecked());
    EXPECT_EQ(changed.count(), 2); // the time, then the aid: a draft saved at each

    TugForm workstation(tug(), context);
    smr::test::typeInto(&workstation, QStringLiteral("secondsField"), QStringLiteral("12,3"));
    auto *aid = find<QComboBox>(&workstation, QStringLiteral("walking_aidField"));
    aid->setCurrentIndex(aid->findData(QStringLiteral("cane")));
    EXPECT_EQ(form->answers(), workstation.answers());
    smr::test::screenshot(form.get(), QStringLiteral("tablet-tug-cane-1280x800"));

    // A tap on the chosen aid clears it: the aid may stay unsaid.
    tap(cane);
    EXPECT_FALSE(form->answers().contains(QStringLiteral("walking_aid")));
}

TEST_F(TouchTugFormTest, ATimeFromAnotherStopwatchIsTypedOnTheKeypad)
{
    tap(find<QPushButton>(form.get(), QStringLiteral("typeTimeButton")));
    auto *keypad = find<QWidget>(form.get(), QStringLiteral("keypad"));
    ASSERT_TRUE(keypad->isVisible());
    EXPECT_FALSE(stopwatch()->isVisible());
    smr::test::screenshot(form.get(), QStringLiteral("tablet-tug-keypad-1280x800"));
    for (const char *key : {"key_7", "key_0", "key_0", "key_ok"})
        tap(find<QPushButton>(keypad, QLatin1String(key)));
    // Beyond 600 s: refused in words, the page stays.
    EXPECT_TRUE(keypad->isVisible());
    EXPECT_EQ(find<QLabel>(form.get(), QStringLiteral("keypadMessage"))->text(),
              tr("Give a time of more than 0 and at most 600 s."));
    EXPECT_FALSE(form->answers().contains(QStringLiteral("seconds")));

    QSignalSpy changed(form.get(), &EntryForm::answersChanged);
    tap(find<QPushButton>(keypad, QStringLiteral("key_clear")));
    for (const char *key : {"key_1", "key_4", "key_comma", "key_2", "key_ok"})
        tap(find<QPushButton>(keypad, QLatin1String(key)));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(form->answers().value(QStringLiteral("seconds")).toDouble(), 14.2);
    EXPECT_TRUE(stopwatch()->isVisible());
    EXPECT_EQ(time()->text(), QStringLiteral("14,2 s"));
}

TEST_F(TouchTugFormTest, ADraftComesBackAsItWasSaved)
{
    tap(stopwatch());
    ticker.advance(15600);
    tap(stopwatch());
    tap(find<QPushButton>(form.get(), QStringLiteral("walking_aid_rollator")));
    TouchTugForm resumed(tug(), context);
    resumed.setAnswers(form->answers());
    EXPECT_EQ(resumed.answers(), form->answers());
    EXPECT_EQ(find<QLabel>(&resumed, QStringLiteral("stopwatchLabel"))->text(), QStringLiteral("15,6 s"));
    EXPECT_TRUE(find<QPushButton>(&resumed, QStringLiteral("walking_aid_rollator"))->isChecked());
}

} // namespace
