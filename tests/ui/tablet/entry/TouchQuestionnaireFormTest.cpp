// Questionnaires on the tablet (issue #8), one item per screen, driven by a finger: a level tapped
// is an answer at once and brings the next item; swipes, the Previous/Next buttons and the dots
// move between items; the summary lists what is unanswered; a draft comes back to its item. The
// answers are the workstation's (QuestionnaireForm) for the same levels.

#include "ui/UiTestSupport.h"
#include "ui/tablet/entry/TouchTestSupport.h"

#include "core/instruments/InstrumentCatalog.h"
#include "ui/results/QuestionnaireForm.h"
#include "ui/tablet/entry/ItemProgressStrip.h"
#include "ui/tablet/entry/TouchFormFactory.h"
#include "ui/tablet/entry/TouchItemPage.h"
#include "ui/tablet/entry/TouchQuestionnaireForm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace smr;
using namespace smr::ui;
using smr::test::find;
using smr::test::tap;

namespace {

QString tr(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

// Berg levels of a patient at 48/56 once item 3 is credited (Berg 1992).
const QList<int> BergLevels{4, 4, 3, 4, 4, 4, 3, 3, 3, 4, 4, 3, 2, 2};

class TouchQuestionnaireFormTest : public ::testing::Test
{
protected:
    TouchQuestionnaireForm *open(const char *id, const QSize &size = QSize(1280, 800))
    {
        instrument = catalog.find(QString::fromLatin1(id));
        EXPECT_NE(instrument, nullptr) << id;
        form.reset(static_cast<TouchQuestionnaireForm *>(TouchFormFactory::create(*instrument, context, nullptr)));
        form->setAdvanceDelay(0);
        smr::test::showOnTablet(form.get(), size);
        return form.get();
    }
    // The page on screen.
    QWidget *page() { return find<QStackedWidget>(form.get(), QStringLiteral("itemPages"))->currentWidget(); }
    QPushButton *level(int item, int value)
    {
        return find<QPushButton>(form.get(), QStringLiteral("item_%1_value_%2").arg(item).arg(value));
    }
    QJsonArray items() const { return form->answers().value(QStringLiteral("items")).toArray(); }
    QString position() { return find<QLabel>(form.get(), QStringLiteral("itemPosition"))->text(); }

    InstrumentCatalog catalog;
    const Instrument *instrument = nullptr;
    FixedClock clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0))};
    EntryContext context{PatientFacts{QStringLiteral("F"), 72, 165.0, 70.0}, nullptr, &clock};
    std::unique_ptr<TouchQuestionnaireForm> form;
};

TEST_F(TouchQuestionnaireFormTest, BergByTouchGivesTheWorkstationsAnswersOneDraftPerLevel)
{
    open("berg");
    EXPECT_EQ(position(), tr("smr::ui::ItemProgressStrip", "Item %1 / %2").arg(1).arg(14));
    EXPECT_EQ(find<QLabel>(page(), QStringLiteral("itemTitle"))->text(),
              QStringLiteral("1. ") + instrument->definition().items.at(0).title.text());
    smr::test::screenshot(form.get(), QStringLiteral("tablet-berg-first-1280x800"));
    QSignalSpy changed(form.get(), &EntryForm::answersChanged);
    for (int i = 0; i < BergLevels.size(); ++i) {
        ASSERT_EQ(form->currentIndex(), i);
        tap(level(i + 1, BergLevels.at(i)));
        EXPECT_EQ(changed.count(), i + 1) << "item " << i + 1;
    }
    EXPECT_TRUE(form->isOnSummary());
    EXPECT_EQ(find<QLabel>(form.get(), QStringLiteral("summaryCount"))->text(),
              tr("smr::ui::TouchQuestionnaireForm", "%1 of %2 items answered.").arg(14).arg(14) + QLatin1Char(' ') +
                  tr("smr::ui::TouchQuestionnaireForm", "Every item has been seen."));

    QuestionnaireForm workstation(*instrument, EntryContext{});
    workstation.show();
    workstation.focusFirst();
    for (int level : BergLevels)
        QTest::keyClick(&workstation, Qt::Key(Qt::Key_0 + level));
    EXPECT_EQ(form->answers(), workstation.answers());
    const Result<QJsonObject> scores = instrument->score(form->answers());
    ASSERT_TRUE(scores.ok());
    EXPECT_EQ(scores->value(QStringLiteral("total")).toInt(), 48);

    // Item 3 says that item 2 = 4 credits it (Berg 1992).
    form->goTo(2);
    auto *note = find<QLabel>(page(), QStringLiteral("itemNote"));
    EXPECT_TRUE(note->isVisible());
    EXPECT_EQ(note->text(), tr("smr::ui::TouchQuestionnaireForm", "Counted 4 (item 2 = 4)"));
    EXPECT_TRUE(level(3, 3)->isChecked());
    smr::test::screenshot(form.get(), QStringLiteral("tablet-berg-rule-1280x800"));
}

TEST_F(TouchQuestionnaireFormTest, TheChosenLevelStaysLitAMomentBeforeTheNextItem)
{
    open("berg");
    form->setAdvanceDelay(TouchQuestionnaireForm::DefaultAdvanceMs);
    QSignalSpy changed(form.get(), &EntryForm::answersChanged);
    tap(level(1, 3));
    EXPECT_EQ(changed.count(), 1); // saved at once
    EXPECT_EQ(form->currentIndex(), 0);
    EXPECT_TRUE(level(1, 3)->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(form->currentIndex(), 1, 2000);
}

TEST_F(TouchQuestionnaireFormTest, AFingerSwipesBetweenItemsAndAVerticalMoveDoesNot)
{
    open("berg");
    QWidget *pages = find<QWidget>(form.get(), QStringLiteral("itemPages"));
    const int y = pages->height() / 2;
    const int right = pages->width() * 3 / 4;
    const int left = pages->width() / 4;
    // Starting on a level's button: the swipe turns the page and answers nothing.
    QPushButton *button = level(1, 2);
    const QPoint onButton = button->mapTo(pages, button->rect().center());
    smr::test::swipe(pages, QPoint(right, onButton.y()), QPoint(left, onButton.y()));
    EXPECT_EQ(form->currentIndex(), 1);
    EXPECT_EQ(items().at(0), QJsonValue(QJsonValue::Null));
    EXPECT_FALSE(button->isDown());
    smr::test::swipe(pages, QPoint(left, y), QPoint(right, y));
    EXPECT_EQ(form->currentIndex(), 0);
    smr::test::swipe(pages, QPoint(right, 100), QPoint(right + 10, pages->height() - 50));
    EXPECT_EQ(form->currentIndex(), 0);
    // A short slide is neither a swipe nor a tap.
    smr::test::swipe(pages, QPoint(right, onButton.y()), QPoint(right - 40, onButton.y()));
    EXPECT_EQ(form->currentIndex(), 0);
    EXPECT_EQ(items().at(0), QJsonValue(QJsonValue::Null));
    // And a mouse drag does what a finger does.
    smr::test::mouseDrag(pages, QPoint(right, y), QPoint(left, y));
    EXPECT_EQ(form->currentIndex(), 1);
    EXPECT_EQ(items(),
              QJsonArray({QJsonValue::Null, QJsonValue::Null, QJsonValue::Null, QJsonValue::Null, QJsonValue::Null,
                          QJsonValue::Null, QJsonValue::Null, QJsonValue::Null, QJsonValue::Null, QJsonValue::Null,
                          QJsonValue::Null, QJsonValue::Null, QJsonValue::Null, QJsonValue::Null}));
}

TEST_F(TouchQuestionnaireFormTest, ButtonsDotsAndKeysMoveBetweenItems)
{
    open("berg");
    tap(find<QPushButton>(form.get(), QStringLiteral("nextButton")));
    EXPECT_EQ(form->currentIndex(), 1);
    tap(find<QPushButton>(form.get(), QStringLiteral("previousButton")));
    EXPECT_EQ(form->currentIndex(), 0);
    tap(find<QPushButton>(form.get(), QStringLiteral("dot_5")));
    EXPECT_EQ(form->currentIndex(), 4);
    EXPECT_EQ(position(), tr("smr::ui::ItemProgressStrip", "Item %1 / %2").arg(5).arg(14));
    form->focusFirst();
    QTest::keyClick(form.get(), Qt::Key_Right);
    EXPECT_EQ(form->currentIndex(), 5);
    QTest::keyClick(form.get(), Qt::Key_3);
    EXPECT_EQ(items().at(5).toInt(), 3);
    EXPECT_EQ(form->currentIndex(), 6);
    QTest::keyClick(form.get(), Qt::Key_Left);
    EXPECT_EQ(form->currentIndex(), 5);
    auto *dot = find<QPushButton>(form.get(), QStringLiteral("dot_6"));
    EXPECT_EQ(dot->property("mark").toString(), QStringLiteral("answered"));
    EXPECT_EQ(dot->property("current").toString(), QStringLiteral("true"));
    EXPECT_EQ(find<QPushButton>(form.get(), QStringLiteral("dot_7"))->property("mark").toString(),
              QStringLiteral("unanswered"));
}

TEST_F(TouchQuestionnaireFormTest, TheSummaryListsTheUnansweredItemsAndGoesBackToOne)
{
    open("berg");
    for (int i = 0; i < 14; ++i) {
        if (i == 6 || i == 10)
            tap(find<QPushButton>(form.get(), QStringLiteral("nextButton")));
        else
            tap(level(i + 1, BergLevels.at(i)));
    }
    ASSERT_TRUE(form->isOnSummary()) << QJsonDocument(form->answers()).toJson().toStdString();
    EXPECT_EQ(position(), tr("smr::ui::ItemProgressStrip", "Summary"))
        << QJsonDocument(form->answers()).toJson(QJsonDocument::Compact).toStdString()
        << find<QLabel>(form.get(), QStringLiteral("summaryCount"))->text().toStdString();
    EXPECT_TRUE(find<QLabel>(form.get(), QStringLiteral("summaryCount"))
                    ->text()
                    .endsWith(tr("smr::ui::TouchQuestionnaireForm",
                                 "%n item(s) without an answer: touch one to answer it.", 2)));
    smr::test::screenshot(form.get(), QStringLiteral("tablet-berg-summary-1280x800"));
    auto *entry = find<QPushButton>(form.get(), QStringLiteral("summaryItem_11"));
    EXPECT_EQ(form->findChild<QPushButton *>(QStringLiteral("summaryItem_1")), nullptr);
    tap(entry);
    EXPECT_EQ(form->currentIndex(), 10);
    tap(level(11, 4));
    EXPECT_TRUE(form->isOnSummary());
    EXPECT_EQ(form->findChild<QPushButton *>(QStringLiteral("summaryItem_11")), nullptr);
}

TEST_F(TouchQuestionnaireFormTest, AKilledDraftComesBackToItsItem)
{
    open("berg");
    for (int i = 0; i < 5; ++i)
        tap(level(i + 1, BergLevels.at(i)));
    form->goTo(2); // the tester went back to check item 3
    const QJsonObject answers = form->answers();
    const QJsonObject progress = form->progress();
    EXPECT_EQ(progress.value(QStringLiteral("item")).toInt(), 3);

    TouchQuestionnaireForm resumed(*instrument, context);
    resumed.setAnswers(answers);
    EXPECT_EQ(resumed.currentIndex(), 5); // the first unanswered, without progress
    resumed.setProgress(progress);
    EXPECT_EQ(resumed.currentIndex(), 2);
    EXPECT_EQ(resumed.answers(), answers);
    EXPECT_EQ(resumed.progress(), progress);
}

TEST_F(TouchQuestionnaireFormTest, OswestryTakesNotApplicableAndBlankAndTheirDraftKeepsWhich)
{
    open("odi");
    form->goTo(7);
    const InstrumentItem &sexLife = instrument->definition().items.at(7);
    ASSERT_FALSE(sexLife.notApplicable.isEmpty());
    QSignalSpy progressed(form.get(), &EntryForm::progressChanged);
    tap(find<QPushButton>(form.get(), QStringLiteral("item_%1_na").arg(sexLife.number)));
    EXPECT_GE(progressed.count(), 1);
    EXPECT_EQ(form->currentIndex(), 8);
    // In the same place as "not applicable" was: a double tap to Qt, two taps on the tablet.
    tap(find<QPushButton>(form.get(),
                          QStringLiteral("item_%1_blank").arg(instrument->definition().items.at(8).number)));
    EXPECT_EQ(form->progress().value(QStringLiteral("not_applicable")).toArray(), QJsonArray{sexLife.number});
    EXPECT_EQ(form->progress().value(QStringLiteral("left_blank")).toArray(),
              QJsonArray{instrument->definition().items.at(8).number});
    smr::test::screenshot(form.get(), QStringLiteral("tablet-odi-1280x800"));

    TouchQuestionnaireForm resumed(*instrument, context);
    resumed.setAnswers(form->answers());
    resumed.setProgress(form->progress());
    resumed.goTo(7);
    EXPECT_TRUE(find<QPushButton>(&resumed, QStringLiteral("item_%1_na").arg(sexLife.number))->isChecked());
}

TEST_F(TouchQuestionnaireFormTest, ShowProblemsBringsTheFirstNamedItem)
{
    open("berg");
    form->showProblems({FieldError{QStringLiteral("items.9"), QStringLiteral("Item 9 : réponse manquante.")},
                        FieldError{QStringLiteral("items.4"), QStringLiteral("Item 4 : réponse manquante.")}});
    EXPECT_EQ(form->currentIndex(), 3);
    EXPECT_EQ(find<QLabel>(page(), QStringLiteral("itemMessage"))->text(),
              QStringLiteral("Item 4 : réponse manquante."));
    EXPECT_EQ(find<QPushButton>(form.get(), QStringLiteral("dot_9"))->property("mark").toString(),
              QStringLiteral("problem"));
}

TEST_F(TouchQuestionnaireFormTest, DallasLinesAndLongItemsScrollByTheFinger)
{
    open("dallas", QSize(800, 1280));
    auto *itemPage = qobject_cast<TouchItemPage *>(page());
    ASSERT_NE(itemPage, nullptr);
    EXPECT_TRUE(QScroller::hasScroller(itemPage->scrollArea()->viewport()));
    EXPECT_TRUE(find<QLabel>(page(), QStringLiteral("lowAnchor"))->isVisible());
    // Sixteen dots wrap in portrait rather than shrink below a fingertip.
    auto *strip = find<ItemProgressStrip>(form.get(), QStringLiteral("itemStrip"));
    EXPECT_GT(strip->height(), 2 * 48);
    tap(level(1, 5));
    EXPECT_EQ(items().at(0).toInt(), 5);
    smr::test::screenshot(form.get(), QStringLiteral("tablet-dallas-answered-800x1280"));
}

} // namespace
