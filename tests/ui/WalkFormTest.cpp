// The six-minute walk form through its real widgets with an injected clock: the encouragement of
// each minute, the lap counter and the distance, the patient's stops, the predicted distance
// (clinical reference §2); and the generic form of measured fields it is built from.

#include "UiTestSupport.h"

#include "core/instruments/InstrumentCatalog.h"
#include "core/instruments/SixMinuteWalkInstrument.h"
#include "ui/results/FieldsForm.h"
#include "ui/results/Ticker.h"
#include "ui/results/WalkForm.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using namespace smr;
using namespace smr::ui;

namespace {

template <typename T> T *child(QWidget *form, const char *name)
{
    T *found = form->findChild<T *>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

QString said(const char *english)
{
    return QCoreApplication::translate("smr::ui::WalkCountdown", english);
}

QString walkTr(const char *english)
{
    return QCoreApplication::translate("smr::ui::WalkForm", english);
}

class WalkFormTest : public ::testing::Test
{
protected:
    const Instrument &walk() const { return *catalog.find(u"6mwt"); }
    void click(QWidget *form, const char *button) { QTest::mouseClick(child<QPushButton>(form, button), Qt::LeftButton); }
    QString encouragement(QWidget *form) { return child<QLabel>(form, "encouragementLabel")->text(); }
    QString countdown(QWidget *form) { return child<QLabel>(form, "countdownLabel")->text(); }

    InstrumentCatalog catalog;
    ManualTicker ticker;
    EntryContext context{PatientFacts{QStringLiteral("F"), 72, 165.0, 70.0}, &ticker};
};

TEST_F(WalkFormTest, EncouragementOfEachMinute)
{
    WalkForm form(walk(), context);
    EXPECT_GE(child<QLabel>(&form, "countdownLabel")->font().pointSize(), 48);
    EXPECT_GE(child<QLabel>(&form, "encouragementLabel")->font().pointSize(), 20);
    EXPECT_EQ(countdown(&form), QStringLiteral("6:00"));
    click(&form, "startButton");
    EXPECT_EQ(countdown(&form), QStringLiteral("6:00"));

    const QString minute1 = said("You are doing well. You have 5 minutes to go.");
    ticker.advance(59'000);
    EXPECT_EQ(countdown(&form), QStringLiteral("5:01"));
    EXPECT_NE(encouragement(&form), minute1);
    EXPECT_TRUE(encouragement(&form).isEmpty());

    ticker.advance(1'000); // 1:00
    EXPECT_EQ(countdown(&form), QStringLiteral("5:00"));
    EXPECT_EQ(encouragement(&form), minute1);
    ticker.advance(60'000); // 2:00
    EXPECT_EQ(encouragement(&form), said("Keep up the good work. You have 4 minutes to go."));
    ticker.advance(60'000); // 3:00
    EXPECT_EQ(encouragement(&form), said("You are doing well. You are halfway done."));
    ticker.advance(60'000); // 4:00
    EXPECT_EQ(encouragement(&form), said("Keep up the good work. You have only 2 minutes left."));
    ticker.advance(60'000); // 5:00
    EXPECT_EQ(encouragement(&form), said("You are doing well. You have only 1 minute to go."));
    ticker.advance(44'999); // 5:44.999
    EXPECT_EQ(encouragement(&form), said("You are doing well. You have only 1 minute to go."));
    ticker.advance(1); // 5:45
    EXPECT_EQ(countdown(&form), QStringLiteral("0:15"));
    EXPECT_EQ(encouragement(&form), said("In a moment I'm going to tell you to stop…"));

    QSignalSpy changed(&form, &EntryForm::answersChanged);
    ticker.advance(15'000); // 6:00
    EXPECT_EQ(countdown(&form), QStringLiteral("0:00"));
    EXPECT_EQ(encouragement(&form), said("Stop!"));
    // The countdown has stopped: time going on changes nothing.
    ticker.advance(30'000);
    EXPECT_EQ(countdown(&form), QStringLiteral("0:00"));
    EXPECT_EQ(encouragement(&form), said("Stop!"));
    EXPECT_FALSE(child<QPushButton>(&form, "pauseButton")->isEnabled());
    // A test that ran to the end without a stop records no stop.
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(form.answers().value(QStringLiteral("stops")).toInt(-1), 0);
}

TEST_F(WalkFormTest, LapsGiveTheDistanceAndThePrediction)
{
    WalkForm form(walk(), context);
    form.resize(1100, 900);
    form.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));
    EXPECT_EQ(child<QLineEdit>(&form, "track_length_mField")->text(), QStringLiteral("30"));
    EXPECT_FALSE(form.answers().contains(QStringLiteral("distance_m")));

    click(&form, "startButton");
    ticker.advance(200'000);
    for (int i = 0; i < 13; ++i)
        click(&form, "lapButton");
    EXPECT_EQ(child<QLabel>(&form, "lapCount")->text(), QStringLiteral("13"));
    smr::test::screenshot(&form, QStringLiteral("form-6mwt"), QSize(1100, 900));
    ticker.advance(160'000);
    smr::test::typeInto(&form, QStringLiteral("partial_lap_mField"), QStringLiteral("12"));

    const QJsonObject answers = form.answers();
    EXPECT_EQ(answers.value(QStringLiteral("distance_m")).toDouble(), 402.0)
        << QJsonDocument(answers).toJson().toStdString();
    EXPECT_EQ(answers.value(QStringLiteral("laps")).toInt(), 13);
    EXPECT_EQ(answers.value(QStringLiteral("track_length_m")).toDouble(), 30.0);
    EXPECT_EQ(answers.value(QStringLiteral("partial_lap_m")).toDouble(), 12.0);
    EXPECT_TRUE(child<QLabel>(&form, "distanceLabel")->text().contains(QStringLiteral("402")));

    // Enright & Sherrill 1998 for this woman of 72 years, 165 cm, 70 kg.
    const auto p = SixMinuteWalkInstrument::predict(false, 165.0, 70.0, 72);
    const QLocale locale;
    EXPECT_EQ(child<QLabel>(&form, "predictedLabel")->text(),
              walkTr("Predicted distance: %1 m (Enright & Sherrill 1998).").arg(locale.toString(std::round(p.predicted), 'f', 0)));
    EXPECT_TRUE(child<QLabel>(&form, "llnLabel")->text().contains(locale.toString(std::round(p.lowerLimit), 'f', 0)));
    EXPECT_EQ(child<QLabel>(&form, "percentLabel")->text(),
              walkTr("%1 % of predicted").arg(locale.toString(402.0 / p.predicted * 100, 'f', 0)));
    EXPECT_FALSE(child<QLabel>(&form, "ageCautionLabel")->isVisible());
    // The stored answers score as the form reads.
    const Result<QJsonObject> scores = walk().score(walk().withPatientDefaults(answers, context.patient));
    ASSERT_TRUE(scores.ok()) << scores.failure().text().toStdString();
    EXPECT_EQ(scores->value(QStringLiteral("percent_predicted")).toDouble(), std::round(402.0 / p.predicted * 1000) / 10);

    // −1 takes back a length counted by mistake.
    click(&form, "lapUndoButton");
    EXPECT_EQ(form.answers().value(QStringLiteral("distance_m")).toDouble(), 372.0);
    click(&form, "lapButton");

    // A typed distance wins over the count, and leaving it empty brings the count back.
    smr::test::typeInto(&form, QStringLiteral("distance_mField"), QStringLiteral("410,5"));
    EXPECT_EQ(form.answers().value(QStringLiteral("distance_m")).toDouble(), 410.5);
    EXPECT_TRUE(child<QLabel>(&form, "distanceLabel")->text().contains(QStringLiteral("410,5")));
    EXPECT_TRUE(child<QLabel>(&form, "distanceSource")->text().contains(QStringLiteral("402")));
    smr::test::typeInto(&form, QStringLiteral("distance_mField"), QString());
    EXPECT_EQ(form.answers().value(QStringLiteral("distance_m")).toDouble(), 402.0);
}

TEST_F(WalkFormTest, PlusKeyCountsALength)
{
    WalkForm form(walk(), context);
    form.show();
    form.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&form));
    form.focusFirst();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Minus);
    EXPECT_EQ(form.answers().value(QStringLiteral("laps")).toInt(), 1);
    EXPECT_EQ(form.answers().value(QStringLiteral("distance_m")).toDouble(), 30.0);
    // In a field the key is typed, not counted.
    smr::test::typeInto(&form, QStringLiteral("symptomsField"), QStringLiteral("+ dyspnoea"));
    EXPECT_EQ(form.answers().value(QStringLiteral("laps")).toInt(), 1);
    EXPECT_EQ(form.answers().value(QStringLiteral("symptoms")).toString(), QStringLiteral("+ dyspnoea"));
}

TEST_F(WalkFormTest, AfterStartTheKeyboardCountsLengths)
{
    WalkForm form(walk(), context);
    form.show();
    form.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&form));
    form.focusFirst();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // Start has the focus
    ticker.advance(40'000);
    EXPECT_EQ(QApplication::focusWidget(), child<QPushButton>(&form, "lapButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus);
    EXPECT_EQ(child<QLabel>(&form, "lapCount")->text(), QStringLiteral("2"));
    EXPECT_EQ(form.answers().value(QStringLiteral("distance_m")).toDouble(), 60.0);
}

TEST_F(WalkFormTest, PauseCountsAStopAndItsDuration)
{
    WalkForm form(walk(), context);
    form.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));
    click(&form, "startButton");
    ticker.advance(65'000);
    click(&form, "pauseButton");
    auto *message = child<QLabel>(&form, "pauseMessageLabel");
    EXPECT_TRUE(message->isVisible());
    EXPECT_EQ(message->text(), said("Please resume walking whenever you feel able."));
    EXPECT_EQ(form.answers().value(QStringLiteral("stops")).toInt(), 1);

    ticker.advance(12'000);
    smr::test::screenshot(&form, QStringLiteral("form-6mwt-paused"), QSize(1100, 900));
    // The countdown keeps running while the patient stands.
    EXPECT_EQ(countdown(&form), QStringLiteral("4:43"));
    click(&form, "pauseButton");
    EXPECT_FALSE(message->isVisible());
    EXPECT_EQ(form.answers().value(QStringLiteral("stops")).toInt(), 1);
    EXPECT_EQ(form.answers().value(QStringLiteral("stop_seconds")).toDouble(), 12.0);

    // A second stop, still going at the end of the six minutes, ends with them.
    ticker.advance(270'000);
    click(&form, "pauseButton");
    ticker.advance(30'000);
    EXPECT_EQ(countdown(&form), QStringLiteral("0:00"));
    EXPECT_EQ(form.answers().value(QStringLiteral("stops")).toInt(), 2);
    EXPECT_EQ(form.answers().value(QStringLiteral("stop_seconds")).toDouble(), 25.0);
    EXPECT_FALSE(message->isVisible());
}

TEST_F(WalkFormTest, StoppingEarlyAsksForTheReason)
{
    WalkForm form(walk(), context);
    form.show();
    form.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&form));
    click(&form, "startButton");
    ticker.advance(204'000);
    click(&form, "abortButton");
    ticker.advance(10'000);
    EXPECT_EQ(countdown(&form), QStringLiteral("2:36"));
    EXPECT_TRUE(encouragement(&form).isEmpty());
    auto *reason = child<QLineEdit>(&form, "stopped_early_reasonField");
    EXPECT_EQ(reason->text(), walkTr("Stopped at %1:%2 — ").arg(QStringLiteral("3"), QStringLiteral("24")));
    EXPECT_EQ(QApplication::focusWidget(), reason);
    EXPECT_TRUE(reason->property("attention").toBool());
    EXPECT_TRUE(child<QLabel>(&form, "stopped_early_reasonError")->isVisible());
    smr::test::typeInto(&form, QStringLiteral("stopped_early_reasonField"), QStringLiteral("chest pain"));
    EXPECT_FALSE(reason->property("attention").toBool());
    EXPECT_EQ(form.answers().value(QStringLiteral("stopped_early_reason")).toString(), QStringLiteral("chest pain"));
}

TEST_F(WalkFormTest, PatientFactsArePrefilledAndEditable)
{
    WalkForm form(walk(), context);
    QJsonObject answers = form.answers();
    EXPECT_EQ(answers.value(QStringLiteral("sex")).toString(), QStringLiteral("F"));
    EXPECT_EQ(answers.value(QStringLiteral("age")).toInt(), 72);
    EXPECT_EQ(answers.value(QStringLiteral("height_cm")).toDouble(), 165.0);
    EXPECT_EQ(answers.value(QStringLiteral("weight_kg")).toDouble(), 70.0);

    // A record without height or weight: empty, highlighted, and no prediction until typed.
    const EntryContext lacking{PatientFacts{QStringLiteral("M"), 85, std::nullopt, std::nullopt}, &ticker};
    WalkForm other(walk(), lacking);
    other.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&other));
    auto *height = child<QLineEdit>(&other, "height_cmField");
    EXPECT_TRUE(height->text().isEmpty());
    EXPECT_TRUE(height->property("attention").toBool());
    EXPECT_TRUE(child<QLineEdit>(&other, "weight_kgField")->property("attention").toBool());
    EXPECT_EQ(child<QLabel>(&other, "predictedLabel")->text(),
              walkTr("Predicted distance: needs the sex, age, height and weight."));
    smr::test::screenshot(&other, QStringLiteral("form-6mwt-missing-facts"), QSize(1100, 900));
    smr::test::typeInto(&other, QStringLiteral("height_cmField"), QStringLiteral("178"));
    smr::test::typeInto(&other, QStringLiteral("weight_kgField"), QStringLiteral("81,5"));
    EXPECT_FALSE(height->property("attention").toBool());
    const auto p = SixMinuteWalkInstrument::predict(true, 178, 81.5, 85);
    EXPECT_EQ(child<QLabel>(&other, "predictedLabel")->text(),
              walkTr("Predicted distance: %1 m (Enright & Sherrill 1998).").arg(QLocale().toString(std::round(p.predicted), 'f', 0)));
    // 85 years is outside the ages of the equation.
    EXPECT_TRUE(child<QLabel>(&other, "ageCautionLabel")->isVisible());
    answers = other.answers();
    EXPECT_EQ(answers.value(QStringLiteral("height_cm")).toDouble(), 178.0);
    EXPECT_EQ(answers.value(QStringLiteral("weight_kg")).toDouble(), 81.5);
    EXPECT_EQ(answers.value(QStringLiteral("sex")).toString(), QStringLiteral("M"));
}

TEST_F(WalkFormTest, StoredAnswersComeBack)
{
    const QJsonObject stored{{QStringLiteral("distance_m"), 402.0}, {QStringLiteral("laps"), 13},
                             {QStringLiteral("track_length_m"), 30.0}, {QStringLiteral("partial_lap_m"), 12.0},
                             {QStringLiteral("sex"), QStringLiteral("F")}, {QStringLiteral("age"), 72},
                             {QStringLiteral("height_cm"), 160.0}, {QStringLiteral("weight_kg"), 72.5},
                             {QStringLiteral("stops"), 1}, {QStringLiteral("stop_seconds"), 12.0},
                             {QStringLiteral("hr_before"), 78}, {QStringLiteral("spo2_lowest"), 91},
                             {QStringLiteral("borg_dyspnoea_after"), 3.5},
                             {QStringLiteral("walking_aid"), QStringLiteral("rollator")}};
    WalkForm form(walk(), context);
    form.setAnswers(stored);
    EXPECT_EQ(form.answers(), stored) << QJsonDocument(form.answers()).toJson().toStdString();
    // The distance follows the lengths again (it was not typed).
    EXPECT_TRUE(child<QLineEdit>(&form, "distance_mField")->text().isEmpty());
    EXPECT_EQ(child<QLineEdit>(&form, "weight_kgField")->text(), QStringLiteral("72,5"));
    EXPECT_EQ(child<QLabel>(&form, "lapCount")->text(), QStringLiteral("13"));
}

// ---- the generic form of measured fields ----

class FieldsFormTest : public ::testing::Test
{
protected:
    InstrumentCatalog catalog;
    ManualTicker ticker;
    EntryContext context{PatientFacts{QStringLiteral("F"), 72, 165.0, 70.0}, &ticker};
};

TEST_F(FieldsFormTest, DecimalCommaChoicesAndUnreadableNumbers)
{
    FieldsForm form(*catalog.find(u"6mwt"), context);
    form.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));
    QSignalSpy changed(&form, &EntryForm::answersChanged);
    EXPECT_TRUE(form.answers().isEmpty());

    smr::test::typeInto(&form, QStringLiteral("weight_kgField"), QStringLiteral("72,5"));
    EXPECT_EQ(form.answers().value(QStringLiteral("weight_kg")).toDouble(), 72.5);
    EXPECT_GE(changed.count(), 4); // every keystroke
    smr::test::typeInto(&form, QStringLiteral("hr_beforeField"), QStringLiteral("88"));
    EXPECT_EQ(form.answers().value(QStringLiteral("hr_before")), QJsonValue(88));

    auto *aid = child<QComboBox>(&form, "walking_aidField");
    EXPECT_EQ(aid->itemText(0), QStringLiteral("—"));
    aid->setFocus();
    QTest::keyClick(aid, Qt::Key_Down);
    QTest::keyClick(aid, Qt::Key_Down);
    EXPECT_EQ(form.answers().value(QStringLiteral("walking_aid")).toString(), QStringLiteral("cane"));
    aid->setCurrentIndex(0);
    EXPECT_FALSE(form.answers().contains(QStringLiteral("walking_aid")));

    // What does not read as a number is left out and marked once the field is left.
    smr::test::typeInto(&form, QStringLiteral("height_cmField"), QStringLiteral("1m65"));
    EXPECT_FALSE(form.answers().contains(QStringLiteral("height_cm")));
    auto *height = child<QLineEdit>(&form, "height_cmField");
    EXPECT_TRUE(height->property("invalid").toBool());
    EXPECT_TRUE(child<QLabel>(&form, "height_cmError")->isVisible());
    EXPECT_EQ(child<QLabel>(&form, "height_cmError")->text(),
              QCoreApplication::translate("smr::ui::FieldsForm", "\"%1\" is not a number.").arg(QStringLiteral("1m65")));
    // Corrected: the mark goes at once.
    height->setFocus();
    height->selectAll();
    QTest::keyClicks(height, QStringLiteral("165"));
    EXPECT_FALSE(height->property("invalid").toBool());
    EXPECT_EQ(form.answers().value(QStringLiteral("height_cm")).toDouble(), 165.0);

    // Out of the declared range: kept for the check to refuse, and marked.
    smr::test::typeInto(&form, QStringLiteral("spo2_afterField"), QStringLiteral("120"));
    EXPECT_EQ(form.answers().value(QStringLiteral("spo2_after")).toInt(), 120);
    EXPECT_TRUE(child<QLineEdit>(&form, "spo2_afterField")->property("invalid").toBool());

    form.showProblems({{QStringLiteral("age"), QStringLiteral("Âge (\"age\") is required.")},
                       {QStringLiteral("elsewhere"), QStringLiteral("Something else.")}});
    EXPECT_TRUE(child<QLineEdit>(&form, "ageField")->property("invalid").toBool());
    EXPECT_EQ(child<QLabel>(&form, "ageError")->text(), QStringLiteral("Âge (\"age\") is required."));
    EXPECT_EQ(child<QLabel>(&form, "formBanner")->text(), QStringLiteral("Something else."));
    smr::test::screenshot(&form, QStringLiteral("form-fields-6mwt"), QSize(900, 900));
}

TEST_F(FieldsFormTest, SubsetInColumnsAndSetAnswers)
{
    const Instrument &walk = *catalog.find(u"6mwt");
    FieldsForm form(walk, context, {QStringLiteral("hr_before"), QString(), QStringLiteral("symptoms")}, 2);
    EXPECT_EQ(form.keys(), (QStringList{QStringLiteral("hr_before"), QStringLiteral("symptoms")}));
    EXPECT_EQ(form.findChild<QLineEdit *>(QStringLiteral("weight_kgField")), nullptr);
    form.setAnswers(QJsonObject{{QStringLiteral("hr_before"), 72}, {QStringLiteral("symptoms"), QStringLiteral("calf pain")},
                                {QStringLiteral("weight_kg"), 70.0}});
    EXPECT_EQ(form.answers(),
              (QJsonObject{{QStringLiteral("hr_before"), 72}, {QStringLiteral("symptoms"), QStringLiteral("calf pain")}}));
}

// A seventh instrument declared with fields gets a usable form with no code of its own.
class DeclaredOnly final : public Instrument
{
public:
    using Instrument::Instrument;
    QList<Measure> measures() const override { return {}; }
    Assessment assess(const QJsonObject &) const override { return {}; }

protected:
    QJsonObject compute(const QJsonObject &answers) const override { return answers; }
};

TEST_F(FieldsFormTest, AnyDeclarationWithFieldsGetsAForm)
{
    const QByteArray json = R"({
      "id": "schober", "version": "1", "title": {"fr": "Schober modifié", "en": "Modified Schober"},
      "instructions": {"fr": "Repères à 10 cm au-dessus de la ligne des épines iliaques.", "en": "Marks 10 cm above the dimples of Venus."},
      "fields": [
        {"key": "gain_cm", "type": "number", "min": 0, "max": 15, "decimals": 1, "unit": "cm", "required": true,
         "label": {"fr": "Gain en flexion", "en": "Gain in flexion"}},
        {"key": "trials", "type": "integer", "min": 1, "max": 5, "label": {"fr": "Essais", "en": "Trials"}},
        {"key": "pain", "type": "choice", "label": {"fr": "Douleur", "en": "Pain"},
         "choices": [{"value": "no", "label": {"fr": "Non", "en": "No"}}, {"value": "yes", "label": {"fr": "Oui", "en": "Yes"}}]},
        {"key": "note", "type": "text", "label": {"fr": "Remarque", "en": "Note"}}
      ]})";
    Result<InstrumentDefinition> definition = InstrumentDefinition::fromJson(QJsonDocument::fromJson(json).object());
    ASSERT_TRUE(definition.ok());
    const DeclaredOnly schober(std::move(definition).value());

    FieldsForm form(schober, context);
    form.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));
    EXPECT_TRUE(child<QLabel>(&form, "instructionsLabel")->isVisible());
    smr::test::typeInto(&form, QStringLiteral("gain_cmField"), QStringLiteral("4,5"));
    smr::test::typeInto(&form, QStringLiteral("trialsField"), QStringLiteral("2,5"));
    smr::test::typeInto(&form, QStringLiteral("noteField"), QStringLiteral("  stiff  "));
    auto *pain = child<QComboBox>(&form, "painField");
    pain->setCurrentIndex(pain->findData(QStringLiteral("yes")));
    const QJsonObject answers = form.answers();
    EXPECT_EQ(answers.value(QStringLiteral("gain_cm")).toDouble(), 4.5);
    EXPECT_EQ(answers.value(QStringLiteral("pain")).toString(), QStringLiteral("yes"));
    EXPECT_EQ(answers.value(QStringLiteral("note")).toString(), QStringLiteral("stiff"));
    // Not a whole number: marked here, and refused by the declaration's check.
    EXPECT_TRUE(child<QLineEdit>(&form, "trialsField")->property("invalid").toBool());
    EXPECT_FALSE(schober.check(answers).isEmpty());
    smr::test::screenshot(&form, QStringLiteral("form-fields-generic"), QSize(800, 400));
}

} // namespace
