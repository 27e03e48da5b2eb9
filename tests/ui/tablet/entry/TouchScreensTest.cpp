// Every touch entry screen (issue #8) at the tablets' sizes, landscape and portrait: each visible
// button is at least a fingertip (48 × 48 px, ui/tablet/TouchStyle.h), and a screenshot of each is
// saved to look at (<build>/screenshots/tablet-<screen>-<w>x<h>.png).

#include "ui/UiTestSupport.h"
#include "ui/tablet/entry/TouchTestSupport.h"

#include "core/instruments/InstrumentCatalog.h"
#include "ui/results/Ticker.h"
#include "ui/tablet/entry/TouchFormFactory.h"
#include "ui/tablet/entry/TouchQuestionnaireForm.h"
#include "ui/tablet/entry/TouchWalkForm.h"

#include <QJsonArray>
#include <QPushButton>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace smr;
using namespace smr::ui;

namespace {

struct Screen {
    const char *name;
    const char *instrument;
    // Brings the screen to what is worth looking at.
    std::function<void(EntryForm *, ManualTicker &)> prepare;
};

QPushButton *button(QWidget *form, const char *name)
{
    return smr::test::find<QPushButton>(form, QLatin1String(name));
}

const QList<Screen> &screens()
{
    static const QList<Screen> all{
        {"tug", "tug",
         [](EntryForm *form, ManualTicker &ticker) {
             smr::test::tap(button(form, "stopwatchButton"));
             ticker.advance(12340);
             smr::test::tap(button(form, "stopwatchButton"));
             smr::test::tap(button(form, "walking_aid_cane"));
         }},
        {"walk-before", "6mwt", [](EntryForm *, ManualTicker &) {}},
        {"walk", "6mwt",
         [](EntryForm *form, ManualTicker &ticker) {
             smr::test::tap(button(form, "walkTab"));
             smr::test::tap(button(form, "startButton"));
             for (int i = 0; i < 5; ++i)
                 smr::test::tap(button(form, "lapButton"));
             ticker.advance(2 * 60 * 1000 + 4000);
         }},
        {"walk-after", "6mwt",
         [](EntryForm *form, ManualTicker &ticker) {
             smr::test::tap(button(form, "walkTab"));
             smr::test::tap(button(form, "startButton"));
             for (int i = 0; i < 12; ++i)
                 smr::test::tap(button(form, "lapButton"));
             ticker.advance(6 * 60 * 1000);
         }},
        {"berg", "berg",
         [](EntryForm *form, ManualTicker &) {
             form->setAnswers(
                 {{QStringLiteral("items"),
                   QJsonArray{4, 4, 3, 4, QJsonValue(), QJsonValue(), QJsonValue(), QJsonValue(), QJsonValue(),
                              QJsonValue(), QJsonValue(), QJsonValue(), QJsonValue(), QJsonValue()}}});
             static_cast<TouchQuestionnaireForm *>(form)->goTo(4);
             smr::test::tap(button(form, "item_5_value_3"));
         }},
        {"berg-summary", "berg",
         [](EntryForm *form, ManualTicker &) {
             form->setAnswers({{QStringLiteral("items"),
                                QJsonArray{4, 4, 3, 4, 4, 4, 3, QJsonValue(), 3, 4, 4, QJsonValue(), 2, 2}}});
             static_cast<TouchQuestionnaireForm *>(form)->goTo(14);
         }},
        {"dallas", "dallas", [](EntryForm *, ManualTicker &) {}},
    };
    return all;
}

using Case = std::tuple<int, QSize>;

class TouchScreensTest : public ::testing::TestWithParam<Case>
{
protected:
    InstrumentCatalog catalog;
    ManualTicker ticker;
    FixedClock clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0))};
};

TEST_P(TouchScreensTest, EveryButtonIsAFingertipAndTheScreenIsPictured)
{
    const auto &[index, size] = GetParam();
    const Screen &screen = screens().at(index);
    EntryContext context{PatientFacts{QStringLiteral("F"), 72, 165.0, 70.0}, &ticker, &clock};
    std::unique_ptr<EntryForm> form(
        TouchFormFactory::create(*catalog.find(QString::fromLatin1(screen.instrument)), context, nullptr));
    if (auto *questionnaire = qobject_cast<TouchQuestionnaireForm *>(form.get()))
        questionnaire->setAdvanceDelay(0);
    smr::test::showOnTablet(form.get(), size);
    screen.prepare(form.get(), ticker);
    const QStringList small = smr::test::smallTargets(form.get());
    EXPECT_TRUE(small.isEmpty()) << small.join(QLatin1Char('\n')).toStdString();
    // Nothing wider or taller than the screen: nothing clipped off its edges.
    EXPECT_EQ(form->size(), size);
    smr::test::screenshot(
        form.get(),
        QStringLiteral("tablet-%1-%2x%3").arg(QLatin1String(screen.name)).arg(size.width()).arg(size.height()));
}

INSTANTIATE_TEST_SUITE_P(
    Tablets, TouchScreensTest,
    ::testing::Combine(::testing::Range(0, 7),
                       ::testing::Values(QSize(1280, 800), QSize(800, 1280), QSize(1920, 1200), QSize(1200, 1920))),
    [](const auto &test) {
        const QSize size = std::get<1>(test.param);
        QString name = QLatin1String(screens().at(std::get<0>(test.param)).name);
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        return QStringLiteral("%1_%2x%3").arg(name).arg(size.width()).arg(size.height()).toStdString();
    });

} // namespace
