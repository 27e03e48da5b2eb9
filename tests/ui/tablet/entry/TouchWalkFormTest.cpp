// The six-minute walk on the tablet (issue #8) driven by a finger: the countdown with the
// sentence of each minute, the lap button, the patient's stops, an early stop and its reason, the
// measures on the keypad, the same answers as the workstation's form, and a walk resumed after
// the application was killed (clinical reference §2).

#include "ui/UiTestSupport.h"
#include "ui/tablet/entry/TouchTestSupport.h"

#include "core/instruments/InstrumentCatalog.h"
#include "ui/results/Ticker.h"
#include "ui/results/WalkCountdown.h"
#include "ui/results/WalkForm.h"
#include "ui/tablet/Keypad.h"
#include "ui/tablet/entry/TouchFormFactory.h"
#include "ui/tablet/entry/TouchWalkForm.h"

#include <QJsonDocument>
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

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;

QString tr(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

class TouchWalkFormTest : public ::testing::Test
{
protected:
    void SetUp() override { form = makeForm(context); }

    std::unique_ptr<TouchWalkForm> makeForm(const EntryContext &with)
    {
        std::unique_ptr<TouchWalkForm> made(
            static_cast<TouchWalkForm *>(TouchFormFactory::create(walk(), with, nullptr)));
        smr::test::showOnTablet(made.get(), QSize(1280, 800));
        return made;
    }
    const Instrument &walk() const { return *catalog.find(u"6mwt"); }
    QPushButton *button(const QString &name, QWidget *in = nullptr)
    {
        return find<QPushButton>(in ? in : form.get(), name);
    }
    QString label(const QString &name, QWidget *in = nullptr)
    {
        return find<QLabel>(in ? in : form.get(), name)->text();
    }
    // Types `digits` on the keypad of `pad` into the field of `key`.
    void typeOn(const QString &pad, const QString &key, const QString &digits)
    {
        auto *padWidget = find<QWidget>(form.get(), pad);
        tap(button(key + QStringLiteral("Button"), padWidget));
        auto *keypad = find<Keypad>(padWidget, QStringLiteral("keypad"));
        tap(button(QStringLiteral("key_clear"), keypad));
        for (const QChar c : digits)
            tap(button(c == QLatin1Char(',') ? QStringLiteral("key_comma") : QStringLiteral("key_") + c, keypad));
    }
    void startWalking()
    {
        tap(button(QStringLiteral("walkTab")));
        tap(button(QStringLiteral("startButton")));
        ASSERT_TRUE(form->isTiming());
    }

    InstrumentCatalog catalog;
    ManualTicker ticker;
    FixedClock clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0))};
    EntryContext context{PatientFacts{QStringLiteral("F"), 72, 165.0, 70.0}, &ticker, &clock};
    std::unique_ptr<TouchWalkForm> form;
};

TEST_F(TouchWalkFormTest, OpensBeforeTheTestWithThePatientFromTheRecordAndA30MetreTrack)
{
    EXPECT_EQ(form->page(), TouchWalkForm::Before);
    const QJsonObject a = form->answers();
    EXPECT_EQ(a.value(QStringLiteral("sex")).toString(), QStringLiteral("F"));
    EXPECT_EQ(a.value(QStringLiteral("age")).toInteger(), 72);
    EXPECT_EQ(a.value(QStringLiteral("height_cm")).toDouble(), 165.0);
    EXPECT_EQ(a.value(QStringLiteral("track_length_m")).toDouble(), 30.0);
    EXPECT_TRUE(button(QStringLiteral("sex_F"))->isChecked());
    EXPECT_EQ(button(QStringLiteral("beforeTab"))->text(), tr("smr::ui::TouchWalkForm", "1 · Before the test"));
    smr::test::screenshot(form.get(), QStringLiteral("tablet-walk-before-1280x800"));
}

TEST_F(TouchWalkFormTest, AWeightMissingFromTheRecordIsAskedForAndTypedOnTheKeypad)
{
    EntryContext noWeight{PatientFacts{QStringLiteral("M"), 66, 178.0, std::nullopt}, &ticker, &clock};
    form = makeForm(noWeight);
    EXPECT_FALSE(form->answers().contains(QStringLiteral("weight_kg")));
    auto *weight = button(QStringLiteral("weight_kgButton"));
    EXPECT_EQ(weight->property("mark").toString(), QStringLiteral("attention"));
    EXPECT_TRUE(weight->findChildren<QLabel *>().last()->text().contains(
        tr("smr::ui::TouchWalkForm", "Not in the patient's record: measure it.")));
    QSignalSpy changed(form.get(), &EntryForm::answersChanged);
    typeOn(QStringLiteral("beforePad"), QStringLiteral("weight_kg"), QStringLiteral("81,5"));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(form->answers().value(QStringLiteral("weight_kg")).toDouble(), 81.5);
    EXPECT_EQ(weight->property("mark").toString(), QString());
    // Out of range: not kept, said beside the keypad.
    typeOn(QStringLiteral("beforePad"), QStringLiteral("hr_before"), QStringLiteral("300"));
    EXPECT_FALSE(form->answers().contains(QStringLiteral("hr_before")));
    EXPECT_EQ(button(QStringLiteral("hr_beforeButton"))->property("mark").toString(), QStringLiteral("problem"));
    EXPECT_EQ(label(QStringLiteral("beforePadMessage")),
              tr("smr::ui::TouchFieldPad", "Out of range: %1.")
                  .arg(tr("smr::ui::TouchFieldPad", "From %1 to %2%3")
                           .arg(QStringLiteral("20"), QStringLiteral("250"), QStringLiteral(" bpm"))));
    smr::test::screenshot(form.get(), QStringLiteral("tablet-walk-before-problem-1280x800"));
}

TEST_F(TouchWalkFormTest, EachLapTapIsAnAnswerAndTheCountdownSaysTheSentenceOfTheMinute)
{
    startWalking();
    EXPECT_EQ(label(QStringLiteral("countdownLabel")), QStringLiteral("6:00"));
    EXPECT_EQ(form->answers().value(QStringLiteral("laps")).toInteger(), 0);
    QSignalSpy changed(form.get(), &EntryForm::answersChanged);
    auto *lap = button(QStringLiteral("lapButton"));
    for (int i = 0; i < 3; ++i)
        tap(lap);
    EXPECT_EQ(changed.count(), 3);
    EXPECT_EQ(form->answers().value(QStringLiteral("laps")).toInteger(), 3);
    EXPECT_EQ(label(QStringLiteral("lapCount")), tr("smr::ui::TouchWalkPage", "%n length(s)", 3));
    EXPECT_EQ(label(QStringLiteral("lapDistance")), QStringLiteral("90 m"));
    tap(button(QStringLiteral("lapUndoButton")));
    EXPECT_EQ(form->answers().value(QStringLiteral("laps")).toInteger(), 2);

    ticker.advance(Minute + 500);
    // A countdown shows the seconds it has not finished: 5:00 until 1:01 has gone.
    EXPECT_EQ(label(QStringLiteral("countdownLabel")), QStringLiteral("5:00"));
    EXPECT_EQ(label(QStringLiteral("encouragementLabel")), WalkCountdown::encouragement(Minute));
    EXPECT_FALSE(WalkCountdown::encouragement(Minute).isEmpty());
    // The lap button is a third of the screen's width in landscape.
    EXPECT_GE(lap->width() * 3, form->width() * 9 / 10);
    smr::test::screenshot(form.get(), QStringLiteral("tablet-walk-minute-1280x800"));
}

TEST_F(TouchWalkFormTest, ThePatientsStopsAreCountedWithTheirSeconds)
{
    startWalking();
    ticker.advance(2 * Minute);
    QSignalSpy progress(form.get(), &EntryForm::progressChanged);
    tap(button(QStringLiteral("patientStopButton")));
    EXPECT_EQ(progress.count(), 1);
    EXPECT_EQ(form->answers().value(QStringLiteral("stops")).toInteger(), 1);
    EXPECT_TRUE(form->progress().contains(QStringLiteral("stopped_at")));
    EXPECT_EQ(label(QStringLiteral("encouragementLabel")),
              tr("smr::ui::TouchWalkPage", "Please resume walking whenever you feel able."));
    EXPECT_EQ(button(QStringLiteral("patientStopButton"))->text(), tr("smr::ui::TouchWalkPage", "Patient walks again"));
    ticker.advance(25 * Second);
    smr::test::screenshot(form.get(), QStringLiteral("tablet-walk-stopped-1280x800"));
    tap(button(QStringLiteral("patientStopButton")));
    EXPECT_EQ(form->answers().value(QStringLiteral("stop_seconds")).toDouble(), 25.0);
    EXPECT_FALSE(form->progress().contains(QStringLiteral("stopped_at")));
}

TEST_F(TouchWalkFormTest, AtSixMinutesThePartialLengthIsAskedAndTheAnswersAreTheWorkstations)
{
    startWalking();
    for (int i = 0; i < 12; ++i)
        tap(button(QStringLiteral("lapButton")));
    ticker.advance(6 * Minute);
    EXPECT_FALSE(form->isTiming());
    EXPECT_EQ(form->page(), TouchWalkForm::After);
    EXPECT_EQ(find<QWidget>(form.get(), QStringLiteral("afterPad"))->findChild<Keypad *>()->isVisible(), true);
    typeOn(QStringLiteral("afterPad"), QStringLiteral("partial_lap_m"), QStringLiteral("12"));
    typeOn(QStringLiteral("afterPad"), QStringLiteral("hr_after"), QStringLiteral("112"));
    tap(button(QStringLiteral("symptoms_dyspnoea")));
    tap(button(QStringLiteral("walkTab")));
    EXPECT_EQ(label(QStringLiteral("countdownLabel")), QStringLiteral("0:00"));
    tap(button(QStringLiteral("afterTab")));
    smr::test::screenshot(form.get(), QStringLiteral("tablet-walk-after-1280x800"));
    const QJsonObject a = form->answers();
    EXPECT_EQ(a.value(QStringLiteral("distance_m")).toDouble(), 372.0) << QJsonDocument(a).toJson().toStdString();
    EXPECT_EQ(a.value(QStringLiteral("stops")).toInteger(), 0);
    EXPECT_EQ(label(QStringLiteral("distanceSummary")), QStringLiteral("Distance : 372 m (12 × 30 m + 12 m)"));

    // The same walk at the workstation.
    ManualTicker deskTicker;
    EntryContext desk{context.patient, &deskTicker, &clock};
    WalkForm workstation(walk(), desk);
    find<QPushButton>(&workstation, QStringLiteral("startButton"))->click();
    for (int i = 0; i < 12; ++i)
        find<QPushButton>(&workstation, QStringLiteral("lapButton"))->click();
    deskTicker.advance(6 * Minute);
    smr::test::typeInto(&workstation, QStringLiteral("partial_lap_mField"), QStringLiteral("12"));
    smr::test::typeInto(&workstation, QStringLiteral("hr_afterField"), QStringLiteral("112"));
    QJsonObject expected = workstation.answers();
    expected.insert(QStringLiteral("symptoms"), QStringLiteral("Dyspnée"));
    EXPECT_EQ(a, expected) << QJsonDocument(a).toJson().toStdString() << QJsonDocument(expected).toJson().toStdString();
}

TEST_F(TouchWalkFormTest, AnEarlyStopNeedsASecondTapAndKeepsItsTimeAndReason)
{
    startWalking();
    ticker.advance(2 * Minute + 30 * Second);
    auto *abort = button(QStringLiteral("abortButton"));
    tap(abort);
    EXPECT_TRUE(form->isTiming()); // one tap only arms it
    EXPECT_EQ(abort->text(), tr("smr::ui::TouchWalkPage", "Touch again to end the test"));
    tap(abort);
    EXPECT_FALSE(form->isTiming());
    EXPECT_EQ(form->page(), TouchWalkForm::After);
    EXPECT_EQ(form->progress().value(QStringLiteral("ended_early_after_ms")).toInteger(), 150000);
    EXPECT_EQ(form->answers().value(QStringLiteral("stopped_early_reason")).toString(), QStringLiteral("Arrêt à 2:30"));
    auto *reason = button(QStringLiteral("reason_chest_pain"));
    ASSERT_TRUE(reason->isVisible());
    tap(reason);
    EXPECT_EQ(form->answers().value(QStringLiteral("stopped_early_reason")).toString(),
              QStringLiteral("Arrêt à 2:30 — ") + reason->text());
    smr::test::screenshot(form.get(), QStringLiteral("tablet-walk-early-stop-1280x800"));

    // The reason comes back from a draft.
    auto resumed = makeForm(context);
    resumed->setAnswers(form->answers());
    resumed->setProgress(form->progress());
    EXPECT_EQ(resumed->answers(), form->answers());
    EXPECT_TRUE(find<QPushButton>(resumed.get(), QStringLiteral("reason_chest_pain"))->isChecked());
}

TEST_F(TouchWalkFormTest, AKilledWalkResumesWithTheTimeReallyLeftAndItsLaps)
{
    startWalking();
    for (int i = 0; i < 4; ++i)
        tap(button(QStringLiteral("lapButton")));
    ticker.advance(2 * Minute);
    const QJsonObject answers = form->answers();
    const QJsonObject progress = form->progress();
    form.reset(); // killed

    // Two minutes later by the wall clock, on a fresh monotonic clock.
    clock.set(clock.now().addSecs(2 * 60));
    ManualTicker fresh;
    EntryContext after{context.patient, &fresh, &clock};
    auto resumed = makeForm(after);
    resumed->setAnswers(answers);
    resumed->setProgress(progress);
    EXPECT_TRUE(resumed->isTiming());
    EXPECT_EQ(resumed->page(), TouchWalkForm::Walk);
    EXPECT_EQ(label(QStringLiteral("countdownLabel"), resumed.get()), QStringLiteral("4:00"));
    EXPECT_EQ(resumed->answers().value(QStringLiteral("laps")).toInteger(), 4);
    fresh.advance(Second);
    EXPECT_EQ(label(QStringLiteral("countdownLabel"), resumed.get()), QStringLiteral("3:59"));

    // Seven minutes after the start: the end, and the partial length to enter.
    clock.set(clock.now().addSecs(5 * 60));
    auto late = makeForm(after);
    late->setAnswers(answers);
    late->setProgress(progress);
    EXPECT_FALSE(late->isTiming());
    EXPECT_EQ(late->page(), TouchWalkForm::After);
    EXPECT_EQ(label(QStringLiteral("countdownLabel"), late.get()), QStringLiteral("0:00"));
    EXPECT_EQ(late->answers().value(QStringLiteral("laps")).toInteger(), 4);
    EXPECT_EQ(late->answers().value(QStringLiteral("stops")).toInteger(), 0);
}

TEST_F(TouchWalkFormTest, AStopUnderwayWhenKilledGoesOnAfterTheResume)
{
    startWalking();
    ticker.advance(3 * Minute);
    tap(button(QStringLiteral("patientStopButton")));
    const QJsonObject answers = form->answers();
    const QJsonObject progress = form->progress();
    clock.set(clock.now().addSecs(3 * 60 + 40)); // 40 s into the stop
    ManualTicker fresh;
    EntryContext after{context.patient, &fresh, &clock};
    auto resumed = makeForm(after);
    resumed->setAnswers(answers);
    resumed->setProgress(progress);
    EXPECT_EQ(label(QStringLiteral("countdownLabel"), resumed.get()), QStringLiteral("2:20"));
    tap(button(QStringLiteral("patientStopButton"), resumed.get()));
    EXPECT_EQ(resumed->answers().value(QStringLiteral("stops")).toInteger(), 1);
    EXPECT_EQ(resumed->answers().value(QStringLiteral("stop_seconds")).toDouble(), 40.0);
}

TEST_F(TouchWalkFormTest, InPortraitTheLapButtonTakesAThirdOfTheHeight)
{
    form->resize(800, 1280);
    for (int round = 0; round < 5; ++round)
        QApplication::processEvents();
    startWalking();
    auto *lap = button(QStringLiteral("lapButton"));
    EXPECT_GE(lap->height() * 3, form->height() * 8 / 10);
    EXPECT_GE(lap->width(), 700);
    // "−1" far from the lap button: on the other side of the page.
    auto *undo = button(QStringLiteral("lapUndoButton"));
    EXPECT_LT(undo->mapTo(form.get(), QPoint(0, undo->height())).y(), lap->mapTo(form.get(), QPoint()).y() - 200);
    smr::test::screenshot(form.get(), QStringLiteral("tablet-walk-portrait-800x1280"));
}

} // namespace
