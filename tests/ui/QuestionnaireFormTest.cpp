// The questionnaire entry form, driven as a tester would: digits on the keyboard, clicks on the
// choices. Totals are checked through the instrument's own scoring (the form computes none).

#include "UiTestSupport.h"

#include "core/instruments/InstrumentCatalog.h"
#include "ui/results/QuestionnaireForm.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

#include <memory>

namespace smr::test {
namespace {

class QuestionnaireFormTest : public ::testing::Test
{
protected:
    ui::QuestionnaireForm *open(const char *id)
    {
        m_instrument = m_catalog.find(QString::fromLatin1(id));
        EXPECT_NE(m_instrument, nullptr) << id;
        m_form = std::make_unique<ui::QuestionnaireForm>(*m_instrument, ui::EntryContext{});
        m_form->resize(900, 900);
        m_form->show();
        m_form->focusFirst();
        return m_form.get();
    }

    // One keystroke per character: digits, 'n' (not applicable), 'd' (Delete), 'b' (Backspace).
    void type(const char *keys)
    {
        for (const char *c = keys; *c; ++c) {
            if (*c >= '0' && *c <= '9')
                QTest::keyClick(m_form.get(), Qt::Key(Qt::Key_0 + (*c - '0')));
            else if (*c == 'n')
                QTest::keyClick(m_form.get(), Qt::Key_N);
            else if (*c == 'd')
                QTest::keyClick(m_form.get(), Qt::Key_Delete);
            else if (*c == 'b')
                QTest::keyClick(m_form.get(), Qt::Key_Backspace);
        }
    }

    QJsonArray items() const { return m_form->answers().value(QStringLiteral("items")).toArray(); }

    template <typename T = QWidget> T *child(const QString &name) const
    {
        auto *widget = m_form->findChild<T *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    bool isMarked(int number) const
    {
        const auto *card = child(QStringLiteral("item_%1").arg(number));
        const auto *marker = child<QLabel>(QStringLiteral("itemMissing_%1").arg(number));
        const bool flagged = !card->property("missing").toString().isEmpty();
        EXPECT_EQ(flagged, marker->isVisible()) << "item " << number << ": colour and words disagree";
        return flagged && marker->isVisible();
    }

    static QJsonArray array(std::initializer_list<QJsonValue> values) { return QJsonArray(values); }

    InstrumentCatalog m_catalog;
    const Instrument *m_instrument = nullptr;
    std::unique_ptr<ui::QuestionnaireForm> m_form;
};

TEST_F(QuestionnaireFormTest, BergIsTranscribedInFourteenKeystrokesAndItem2CreditsItem3)
{
    open("berg");
    QSignalSpy changed(m_form.get(), &ui::EntryForm::answersChanged);
    type("44344433344322");

    EXPECT_EQ(changed.count(), 14);
    EXPECT_EQ(items(), array({4, 4, 3, 4, 4, 4, 3, 3, 3, 4, 4, 3, 2, 2}));
    EXPECT_EQ(m_form->currentItem(), 14);
    const Result<QJsonObject> scores = m_instrument->score(m_form->answers());
    ASSERT_TRUE(scores.ok()) << scores.failure().text().toStdString();
    // 47 typed; item 3 counts 4 instead of 3 because item 2 is 4 (Berg 1992).
    EXPECT_EQ(scores->value(QStringLiteral("total")).toInt(), 48);

    auto *note = child<QLabel>(QStringLiteral("itemNote_3"));
    EXPECT_TRUE(note->isVisible());
    EXPECT_EQ(note->text(), ui::QuestionnaireForm::tr("Counted 4 (item 2 = 4)"));
    EXPECT_FALSE(child<QRadioButton>(QStringLiteral("item_3_value_4"))->isChecked()); // the answer stays 3
    EXPECT_TRUE(child<QRadioButton>(QStringLiteral("item_3_value_3"))->isChecked());
    screenshot(m_form.get(), QStringLiteral("form-berg"), QSize(900, 900));
    m_form->resize(900, 700);
    QTest::keyClick(m_form.get(), Qt::Key_Home);
    QTest::keyClick(m_form.get(), Qt::Key_Down);
    QTest::keyClick(m_form.get(), Qt::Key_Down);
    EXPECT_EQ(m_form->currentItem(), 3);
    screenshot(m_form.get(), QStringLiteral("form-berg-rule"), QSize(900, 700));
}

TEST_F(QuestionnaireFormTest, BergWithoutTheItem2RuleCountsWhatIsTyped)
{
    open("berg");
    type("43211234432101");
    EXPECT_EQ(items(), array({4, 3, 2, 1, 1, 2, 3, 4, 4, 3, 2, 1, 0, 1}));
    const Result<QJsonObject> scores = m_instrument->score(m_form->answers());
    ASSERT_TRUE(scores.ok());
    EXPECT_EQ(scores->value(QStringLiteral("total")).toInt(), 31);
    EXPECT_FALSE(child<QLabel>(QStringLiteral("itemNote_3"))->isVisible());
}

TEST_F(QuestionnaireFormTest, BackspaceGoesBackWithoutClearingAndTheNextDigitReplaces)
{
    open("berg");
    type("44");
    ASSERT_EQ(m_form->currentItem(), 3);
    type("b");
    EXPECT_EQ(m_form->currentItem(), 2);
    EXPECT_EQ(items().at(1), 4); // nothing cleared
    type("2");
    EXPECT_EQ(m_form->currentItem(), 3);
    EXPECT_EQ(items().at(0), 4);
    EXPECT_EQ(items().at(1), 2);
    EXPECT_TRUE(items().at(2).isNull());
    EXPECT_FALSE(child<QLabel>(QStringLiteral("itemNote_3"))->isVisible()); // item 2 no longer 4
    type("b");
    type("b");
    type("b"); // at the first item Backspace stays there
    EXPECT_EQ(m_form->currentItem(), 1);
}

TEST_F(QuestionnaireFormTest, ADigitThatIsNotAnAnswerIsIgnoredWithAMessage)
{
    open("berg");
    QSignalSpy changed(m_form.get(), &ui::EntryForm::answersChanged);
    type("7");
    EXPECT_EQ(m_form->currentItem(), 1);
    EXPECT_TRUE(items().at(0).isNull());
    EXPECT_EQ(changed.count(), 0);
    auto *message = child<QLabel>(QStringLiteral("itemMessage_1"));
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("4, 3, 2, 1, 0"))) << message->text().toStdString();
    type("3");
    EXPECT_FALSE(message->isVisible());
    EXPECT_EQ(items().at(0), 3);
    // Berg has no blank and no "not applicable": Delete and N change nothing.
    type("dn");
    EXPECT_EQ(m_form->currentItem(), 2);
    EXPECT_TRUE(items().at(1).isNull());
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(QuestionnaireFormTest, UpDownAndTabMoveWithoutAnsweringAndPassedItemsAreMarked)
{
    open("berg");
    EXPECT_FALSE(isMarked(1)); // nothing marked before the tester moves past it
    QTest::keyClick(m_form.get(), Qt::Key_Down);
    EXPECT_EQ(m_form->currentItem(), 2);
    EXPECT_TRUE(isMarked(1));
    EXPECT_EQ(child(QStringLiteral("item_1"))->property("missing").toString(), QStringLiteral("passed"));
    EXPECT_FALSE(isMarked(2));
    EXPECT_TRUE(child(QStringLiteral("item_2"))->property("current").toBool());
    EXPECT_FALSE(child(QStringLiteral("item_1"))->property("current").toBool());
    screenshot(m_form.get(), QStringLiteral("form-berg-narrow-passed"), QSize(620, 700));
    QTest::keyClick(m_form.get(), Qt::Key_Tab);
    EXPECT_EQ(m_form->currentItem(), 3);
    QTest::keyClick(m_form.get(), Qt::Key_Backtab);
    QTest::keyClick(m_form.get(), Qt::Key_Up);
    EXPECT_EQ(m_form->currentItem(), 1);
    type("4");
    EXPECT_FALSE(isMarked(1)); // answered now
    EXPECT_EQ(m_form->currentItem(), 2);
    for (int i = 1; i < 14; ++i)
        EXPECT_TRUE(items().at(i).isNull()) << "item " << i + 1;
}

TEST_F(QuestionnaireFormTest, DallasUsesTheSegmentedLineBetweenItsAnchors)
{
    open("dallas");
    type("0123450123450123");
    EXPECT_EQ(items(), array({0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 0, 1, 2, 3}));
    EXPECT_TRUE(m_instrument->score(m_form->answers()).ok());

    const InstrumentItem &first = m_instrument->definition().items.at(0);
    auto *low = child<QLabel>(QStringLiteral("itemLow_1"));
    auto *high = child<QLabel>(QStringLiteral("itemHigh_1"));
    EXPECT_TRUE(low->isVisible());
    EXPECT_TRUE(high->isVisible());
    EXPECT_EQ(low->text(), first.lowAnchor.text());
    EXPECT_EQ(high->text(), first.highAnchor.text());
    EXPECT_LT(low->geometry().right(), child(QStringLiteral("item_1_value_0"))->geometry().left());
    EXPECT_GT(high->geometry().left(), child(QStringLiteral("item_1_value_5"))->geometry().right());

    for (int v = 0; v <= 5; ++v) {
        auto *box = child<QPushButton>(QStringLiteral("item_2_value_%1").arg(v));
        EXPECT_EQ(box->text(), QString::number(v));
        EXPECT_EQ(box->isChecked(), v == 1);
        EXPECT_GE(box->height(), 36);
    }
    // The six boxes are equal.
    EXPECT_EQ(child(QStringLiteral("item_1_value_0"))->width(), child(QStringLiteral("item_1_value_4"))->width());
    // 6 is not on the line.
    QTest::keyClick(m_form.get(), Qt::Key_Home);
    type("6");
    EXPECT_EQ(items().at(0), 0);
    EXPECT_EQ(m_form->currentItem(), 1);
    screenshot(m_form.get(), QStringLiteral("form-dallas"), QSize(900, 900));
}

TEST_F(QuestionnaireFormTest, OswestryTakesNotApplicableAndBlankSections)
{
    open("odi");
    QSignalSpy changed(m_form.get(), &ui::EntryForm::answersChanged);
    type("1234501n2d");
    EXPECT_EQ(items(), array({1, 2, 3, 4, 5, 0, 1, QJsonValue(), 2, QJsonValue()}));
    EXPECT_TRUE(child<QRadioButton>(QStringLiteral("itemNa_8"))->isChecked());
    EXPECT_FALSE(isMarked(8));     // "not applicable" is an answer
    EXPECT_EQ(changed.count(), 9); // Delete on an unanswered section changes nothing
    const Result<QJsonObject> scores = m_instrument->score(m_form->answers());
    ASSERT_TRUE(scores.ok());
    EXPECT_EQ(scores->value(QStringLiteral("answered")).toInt(), 8);
    EXPECT_DOUBLE_EQ(scores->value(QStringLiteral("percent")).toDouble(), 45.0); // 18 / 40
    screenshot(m_form.get(), QStringLiteral("form-odi"), QSize(900, 900));

    // Delete blanks an answered section; N elsewhere is refused.
    QTest::keyClick(m_form.get(), Qt::Key_Home);
    type("d");
    EXPECT_TRUE(items().at(0).isNull());
    EXPECT_FALSE(child<QRadioButton>(QStringLiteral("item_1_value_1"))->isChecked());
    EXPECT_EQ(m_form->currentItem(), 2);
    type("n");
    EXPECT_EQ(items().at(1), 2);
    EXPECT_TRUE(child<QLabel>(QStringLiteral("itemMessage_2"))->isVisible());
    // Three sections left out: the instrument refuses, the form marks all three.
    m_form->showProblems(m_instrument->check(m_form->answers()));
    EXPECT_TRUE(isMarked(1));
    EXPECT_TRUE(isMarked(10));
    EXPECT_FALSE(isMarked(8));
    EXPECT_FALSE(isMarked(2));
    EXPECT_EQ(m_form->currentItem(), 1);
    screenshot(m_form.get(), QStringLiteral("form-odi-problems"), QSize(900, 900));
}

TEST_F(QuestionnaireFormTest, StartBackTakesAgreeDisagreeThenItem9FromZeroToFour)
{
    open("startback");
    type("2"); // items 1–8 are 0 or 1
    EXPECT_EQ(m_form->currentItem(), 1);
    type("10110101");
    EXPECT_EQ(m_form->currentItem(), 9);
    type("5");
    EXPECT_TRUE(items().at(8).isNull());
    type("4");
    EXPECT_EQ(items(), array({1, 0, 1, 1, 0, 1, 0, 1, 4}));
    const Result<QJsonObject> scores = m_instrument->score(m_form->answers());
    ASSERT_TRUE(scores.ok());
    EXPECT_EQ(scores->value(QStringLiteral("total")).toInt(), 6);        // 5 + item 9 "extremely" (1)
    EXPECT_EQ(scores->value(QStringLiteral("psychosocial")).toInt(), 3); // items 5–9
    EXPECT_EQ(scores->value(QStringLiteral("risk")).toString(), QStringLiteral("medium"));
    auto *copyright = child<QLabel>(QStringLiteral("copyright"));
    EXPECT_TRUE(copyright->isVisible());
    EXPECT_EQ(copyright->text(), m_instrument->definition().copyright.text());
    screenshot(m_form.get(), QStringLiteral("form-startback"), QSize(900, 900));
}

TEST_F(QuestionnaireFormTest, ClickingAChoiceSelectsItAndMovesOn)
{
    open("berg");
    QSignalSpy changed(m_form.get(), &ui::EntryForm::answersChanged);
    auto *radio = child<QRadioButton>(QStringLiteral("item_3_value_2"));
    QTest::mouseClick(radio, Qt::LeftButton);
    EXPECT_EQ(items().at(2), 2);
    EXPECT_EQ(m_form->currentItem(), 4);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(isMarked(1)); // passed over by the click
    EXPECT_GE(radio->parentWidget()->height(), 36);

    // A click on the descriptor chooses too; the keyboard goes on from there.
    auto *descriptor = child<QRadioButton>(QStringLiteral("item_5_value_1"))->parentWidget()->findChild<QLabel *>();
    ASSERT_NE(descriptor, nullptr);
    QTest::mouseClick(descriptor, Qt::LeftButton);
    EXPECT_EQ(items().at(4), 1);
    EXPECT_EQ(m_form->currentItem(), 6);
    type("3");
    EXPECT_EQ(items().at(5), 3);

    // Nothing inside the form takes the focus away from it.
    for (QWidget *w : m_form->findChildren<QWidget *>())
        EXPECT_EQ(w->focusPolicy(), Qt::NoFocus) << w->objectName().toStdString();

    open("dallas");
    QTest::mouseClick(child<QPushButton>(QStringLiteral("item_4_value_3")), Qt::LeftButton);
    EXPECT_EQ(items().at(3), 3);
    EXPECT_EQ(m_form->currentItem(), 5);
}

TEST_F(QuestionnaireFormTest, KeysReachTheFormAfterAClickAndWinOverTheWindowsShortcuts)
{
    // The form inside a window that has its own shortcuts, as in the entry dialog.
    QWidget window;
    m_instrument = m_catalog.find(u"odi");
    auto *form = new ui::QuestionnaireForm(*m_instrument, ui::EntryContext{}, &window);
    auto *other = new QPushButton(QStringLiteral("other"), &window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(form);
    layout->addWidget(other);
    int shortcuts = 0;
    for (const auto key : {Qt::Key_Delete, Qt::Key_4, Qt::Key_N}) {
        auto *shortcut = new QShortcut(QKeySequence(key), &window);
        QObject::connect(shortcut, &QShortcut::activated, [&shortcuts] { ++shortcuts; });
    }
    window.resize(900, 900);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    other->setFocus();

    QTest::mouseClick(form->findChild<QRadioButton *>(QStringLiteral("item_1_value_2")), Qt::LeftButton);
    EXPECT_EQ(QApplication::focusWidget(), form);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_4);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    const QJsonArray values = form->answers().value(QStringLiteral("items")).toArray();
    EXPECT_EQ(values.at(0), 2);
    EXPECT_EQ(values.at(1), 4);
    EXPECT_TRUE(values.at(2).isNull());
    EXPECT_EQ(form->currentItem(), 4);
    EXPECT_EQ(shortcuts, 0);
}

TEST_F(QuestionnaireFormTest, SetAnswersRoundTripsNullsIncluded)
{
    open("odi");
    QSignalSpy changed(m_form.get(), &ui::EntryForm::answersChanged);
    const QJsonObject stored{{QStringLiteral("items"), array({0, 5, QJsonValue(), 3, 2, 1, 4, QJsonValue(), 0, 1})}};
    m_form->setAnswers(stored);
    EXPECT_EQ(m_form->answers(), stored);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(child<QRadioButton>(QStringLiteral("item_2_value_5"))->isChecked());
    EXPECT_FALSE(child<QRadioButton>(QStringLiteral("itemNa_8"))->isChecked());
    EXPECT_TRUE(isMarked(3)); // a gap before the last answer of a draft
    EXPECT_FALSE(isMarked(4));
    m_form->setAnswers(stored); // the same again: no change
    EXPECT_EQ(changed.count(), 1);

    const QJsonObject empty{{QStringLiteral("items"), QJsonArray()}};
    m_form->setAnswers(empty);
    EXPECT_EQ(changed.count(), 2);
    for (const QJsonValue v : items())
        EXPECT_TRUE(v.isNull());
    EXPECT_EQ(items().size(), 10);
    EXPECT_FALSE(child<QRadioButton>(QStringLiteral("item_2_value_5"))->isChecked());
}

TEST_F(QuestionnaireFormTest, ShowProblemsMarksTheNamedItemsInWords)
{
    open("berg");
    type("4432");
    QTest::keyClick(m_form.get(), Qt::Key_Down); // item 5 skipped
    type("4444");
    EXPECT_TRUE(isMarked(5));
    EXPECT_FALSE(isMarked(12)); // not reached yet

    const QList<FieldError> problems = m_instrument->check(m_form->answers());
    ASSERT_FALSE(problems.isEmpty());
    m_form->showProblems(problems);
    for (int n = 1; n <= 14; ++n)
        EXPECT_EQ(isMarked(n), n == 5 || n >= 10) << "item " << n;
    EXPECT_EQ(child(QStringLiteral("item_12"))->property("missing").toString(), QStringLiteral("problem"));
    auto *marker = child<QLabel>(QStringLiteral("itemMissing_12"));
    EXPECT_TRUE(marker->text().contains(ui::QuestionnaireForm::tr("No answer")));
    EXPECT_EQ(m_form->currentItem(), 5); // the keyboard goes to the first one
    screenshot(m_form.get(), QStringLiteral("form-berg-problems"), QSize(900, 900));

    type("3");
    EXPECT_FALSE(isMarked(5));
    EXPECT_EQ(m_form->currentItem(), 6);
    m_form->showProblems({});
    EXPECT_FALSE(isMarked(12)); // never reached
    EXPECT_FALSE(isMarked(10)); // reached but not passed
}

TEST_F(QuestionnaireFormTest, TheCurrentItemIsAlwaysScrolledIntoView)
{
    open("berg");
    QWidget *viewport = m_form->findChild<QScrollArea *>()->viewport();
    const auto inView = [&](int number) {
        const QWidget *card = child(QStringLiteral("item_%1").arg(number));
        const QRect rect(card->mapTo(viewport, QPoint(0, 0)), card->size());
        return viewport->rect().contains(rect);
    };
    const char *digits = "44344433344322";
    for (int i = 0; i < 14; ++i) {
        EXPECT_TRUE(inView(m_form->currentItem())) << "item " << m_form->currentItem();
        QTest::keyClick(m_form.get(), Qt::Key(Qt::Key_0 + (digits[i] - '0')));
    }
    EXPECT_TRUE(inView(14));
    EXPECT_EQ(m_form->findChild<QScrollArea *>()->verticalScrollBar()->value(),
              m_form->findChild<QScrollArea *>()->verticalScrollBar()->maximum()); // down to the last line
    QTest::keyClick(m_form.get(), Qt::Key_Home);
    EXPECT_EQ(m_form->findChild<QScrollArea *>()->verticalScrollBar()->value(), 0); // the instructions again
}

TEST_F(QuestionnaireFormTest, ShowsInstructionsAtTheTopAndAFrenchKeyboardNeedsNoShift)
{
    open("berg");
    auto *instructions = child<QLabel>(QStringLiteral("instructions"));
    EXPECT_TRUE(instructions->isVisible());
    EXPECT_EQ(instructions->text(), m_instrument->definition().instructions.text());
    EXPECT_EQ(m_form->findChild<QLabel *>(QStringLiteral("copyright")), nullptr); // Berg declares none
    EXPECT_EQ(child<QLabel>(QStringLiteral("itemTitle_1"))->text(),
              QStringLiteral("1. ") + m_instrument->definition().items.at(0).title.text());

    // The unshifted number row of an AZERTY keyboard: ' is 4, " is 3.
    QTest::keyClick(m_form.get(), Qt::Key_Apostrophe, Qt::NoModifier);
    QTest::keyClick(m_form.get(), Qt::Key_QuoteDbl, Qt::NoModifier);
    EXPECT_EQ(items().at(0), 4);
    EXPECT_EQ(items().at(1), 3);

    // The whole page, to look at.
    auto *page = child(QStringLiteral("questionnairePage"));
    screenshot(page, QStringLiteral("form-berg-page"));
}

} // namespace
} // namespace smr::test
