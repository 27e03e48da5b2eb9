// The Timed Up and Go form through its real widgets: the stopwatch driven by the space bar and an
// injected clock, a typed time, and the fall-risk and age-norm readings (clinical reference §1).

#include "UiTestSupport.h"

#include "core/instruments/InstrumentCatalog.h"
#include "core/instruments/TugInstrument.h"
#include "ui/results/Ticker.h"
#include "ui/results/TugForm.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace smr;
using namespace smr::ui;

namespace {

class TugFormTest : public ::testing::Test
{
protected:
    const Instrument &tug() const { return *catalog.find(u"tug"); }
    static QString tr(const char *source) { return QCoreApplication::translate("smr::ui::TugForm", source); }

    template <typename T> static T *child(QWidget *form, const char *name)
    {
        T *found = form->findChild<T *>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    static void showAndFocus(TugForm &form)
    {
        form.resize(900, 800);
        form.show();
        form.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&form));
        form.focusFirst();
    }

    InstrumentCatalog catalog;
    ManualTicker ticker;
    EntryContext context{PatientFacts{QStringLiteral("F"), 72, 165.0, 70.0}, &ticker};
};

TEST_F(TugFormTest, SpaceBarStartsAndStopsTheStopwatch)
{
    TugForm form(tug(), context);
    showAndFocus(form);
    auto *display = child<QLabel>(&form, "stopwatchLabel");
    EXPECT_GE(display->font().pointSize(), 48);
    EXPECT_EQ(display->text(), QStringLiteral("00:00,0"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    ASSERT_TRUE(form.isRunning());
    ticker.advance(14230);
    EXPECT_EQ(display->text(), QStringLiteral("00:14,2"));
    smr::test::screenshot(&form, QStringLiteral("form-tug-running"), QSize(900, 800));

    QSignalSpy changed(&form, &EntryForm::answersChanged);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    EXPECT_FALSE(form.isRunning());
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(child<QLineEdit>(&form, "secondsField")->text(), QStringLiteral("14,2"));
    EXPECT_EQ(form.answers().value(QStringLiteral("seconds")).toDouble(), 14.2);
    // The age is the patient's: the service adds it.
    EXPECT_FALSE(form.answers().contains(QStringLiteral("age")));

    auto *risk = child<QLabel>(&form, "fallRiskLabel");
    EXPECT_TRUE(risk->isVisible());
    EXPECT_EQ(risk->text(),
              tr("Increased fall risk: %1 s, at or above %2 s (Shumway-Cook 2000).").arg(QStringLiteral("14,2"), QStringLiteral("13,5")));
    EXPECT_EQ(risk->property("severity").toString(), QStringLiteral("bad"));
    EXPECT_EQ(child<QLabel>(&form, "steadiLabel")->text(), tr("CDC STEADI (%1 s): at risk.").arg(QStringLiteral("12")));
    EXPECT_TRUE(child<QLabel>(&form, "ageNormLabel")->text().contains(tr("Slower than the norm.")));

    // A second trial starts from zero again.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    ticker.advance(9000);
    EXPECT_EQ(display->text(), QStringLiteral("00:09,0"));
    QTest::mouseClick(child<QPushButton>(&form, "stopwatchButton"), Qt::LeftButton);
    EXPECT_EQ(form.answers().value(QStringLiteral("seconds")).toDouble(), 9.0);
    EXPECT_EQ(child<QLineEdit>(&form, "secondsField")->text(), QStringLiteral("9,0"));
}

TEST_F(TugFormTest, HalfATenthRoundsUp)
{
    TugForm form(tug(), context);
    QTest::mouseClick(child<QPushButton>(&form, "stopwatchButton"), Qt::LeftButton);
    ticker.advance(13450);
    QTest::mouseClick(child<QPushButton>(&form, "stopwatchButton"), Qt::LeftButton);
    // 13.45 s is stored as 13.5 s: the fall-risk line reads the stored time.
    EXPECT_EQ(form.answers().value(QStringLiteral("seconds")).toDouble(), 13.5);
    EXPECT_EQ(child<QLabel>(&form, "fallRiskLabel")->property("severity").toString(), QStringLiteral("bad"));
}

TEST_F(TugFormTest, TypedTimeWithADecimalComma)
{
    TugForm form(tug(), context);
    showAndFocus(form);
    smr::test::typeInto(&form, QStringLiteral("secondsField"), QStringLiteral("9,8"));
    EXPECT_FALSE(form.isRunning());
    EXPECT_EQ(form.answers().value(QStringLiteral("seconds")).toDouble(), 9.8);
    EXPECT_EQ(child<QLabel>(&form, "stopwatchLabel")->text(), QStringLiteral("00:09,8"));

    auto *risk = child<QLabel>(&form, "fallRiskLabel");
    EXPECT_EQ(risk->text(),
              tr("No increased fall risk: %1 s, under %2 s (Shumway-Cook 2000).").arg(QStringLiteral("9,8"), QStringLiteral("13,5")));
    EXPECT_EQ(risk->property("severity").toString(), QStringLiteral("good"));
    EXPECT_EQ(child<QLabel>(&form, "steadiLabel")->text(), tr("CDC STEADI (%1 s): not at risk.").arg(QStringLiteral("12")));

    // Bohannon 2006, 70–79 years: 9.2 s (8.2–10.2).
    const QString norm = child<QLabel>(&form, "ageNormLabel")->text();
    EXPECT_TRUE(norm.contains(QStringLiteral("9,2 s (8,2–10,2)"))) << norm.toStdString();
    EXPECT_TRUE(norm.contains(QStringLiteral("70–79"))) << norm.toStdString();
    EXPECT_TRUE(norm.contains(tr("Within the norm."))) << norm.toStdString();

    // Between the CDC STEADI 12 s and 13.5 s: no increased risk, STEADI says at risk.
    smr::test::typeInto(&form, QStringLiteral("secondsField"), QStringLiteral("12.6"));
    EXPECT_EQ(form.answers().value(QStringLiteral("seconds")).toDouble(), 12.6);
    EXPECT_EQ(risk->property("severity").toString(), QStringLiteral("caution"));
    EXPECT_EQ(child<QLabel>(&form, "steadiLabel")->text(), tr("CDC STEADI (%1 s): at risk.").arg(QStringLiteral("12")));
}

TEST_F(TugFormTest, SpaceTypedInTheTimeFieldDoesNotStartTheStopwatch)
{
    TugForm form(tug(), context);
    showAndFocus(form);
    auto *seconds = child<QLineEdit>(&form, "secondsField");
    seconds->setFocus();
    QTest::keyClick(seconds, Qt::Key_Space);
    EXPECT_FALSE(form.isRunning());
}

TEST_F(TugFormTest, SpaceWorksWhereverTheFocusIsOutsideTheTimeField)
{
    TugForm form(tug(), context);
    showAndFocus(form);
    auto *aid = child<QComboBox>(&form, "walking_aidField");
    aid->setFocus();
    QTest::keyClick(aid, Qt::Key_Space);
    EXPECT_TRUE(form.isRunning());
    ticker.advance(8000);
    QTest::keyClick(aid, Qt::Key_Space);
    EXPECT_FALSE(form.isRunning());
    EXPECT_EQ(form.answers().value(QStringLiteral("seconds")).toDouble(), 8.0);
    EXPECT_FALSE(form.answers().contains(QStringLiteral("walking_aid")));
}

TEST_F(TugFormTest, WalkingAidAndStoredAnswers)
{
    TugForm form(tug(), context);
    auto *aid = child<QComboBox>(&form, "walking_aidField");
    EXPECT_EQ(aid->itemText(0), QStringLiteral("—"));
    EXPECT_FALSE(form.answers().contains(QStringLiteral("walking_aid")));
    aid->setCurrentIndex(aid->findData(QStringLiteral("rollator")));
    EXPECT_EQ(form.answers().value(QStringLiteral("walking_aid")).toString(), QStringLiteral("rollator"));

    form.setAnswers(QJsonObject{{QStringLiteral("seconds"), 21.3}, {QStringLiteral("walking_aid"), QStringLiteral("cane")}});
    EXPECT_EQ(child<QLineEdit>(&form, "secondsField")->text(), QStringLiteral("21,3"));
    EXPECT_EQ(aid->currentData().toString(), QStringLiteral("cane"));
    EXPECT_EQ(child<QLabel>(&form, "stopwatchLabel")->text(), QStringLiteral("00:21,3"));
    EXPECT_EQ(form.answers(),
              (QJsonObject{{QStringLiteral("seconds"), 21.3}, {QStringLiteral("walking_aid"), QStringLiteral("cane")}}));

    // A refusal is marked on its field; one about a field not shown goes to the banner.
    form.showProblems({{QStringLiteral("seconds"), QStringLiteral("Time: 700 is not allowed.")},
                       {QStringLiteral("age"), QStringLiteral("Age: missing.")}});
    EXPECT_TRUE(child<QLineEdit>(&form, "secondsField")->property("invalid").toBool());
    EXPECT_EQ(child<QLabel>(&form, "secondsError")->text(), QStringLiteral("Time: 700 is not allowed."));
    EXPECT_EQ(child<QLabel>(&form, "formBanner")->text(), QStringLiteral("Age: missing."));
    form.showProblems({});
    EXPECT_FALSE(child<QLineEdit>(&form, "secondsField")->property("invalid").toBool());
}

TEST_F(TugFormTest, NoAgeNormUnderSixty)
{
    const EntryContext young{PatientFacts{QStringLiteral("M"), 45, std::nullopt, std::nullopt}, &ticker};
    TugForm form(tug(), young);
    const QString norm = child<QLabel>(&form, "ageNormLabel")->text();
    EXPECT_EQ(norm, tr("No age norm for a patient aged %1 (Bohannon 2006).").arg(45));
}

TEST_F(TugFormTest, Screenshot)
{
    TugForm form(tug(), context);
    showAndFocus(form);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    ticker.advance(14230);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    auto *aid = child<QComboBox>(&form, "walking_aidField");
    aid->setCurrentIndex(aid->findData(QStringLiteral("cane")));
    smr::test::screenshot(&form, QStringLiteral("form-tug"), QSize(900, 800));
}

} // namespace
