// Issue #6, "Patient overview": opening a patient, the dossier's first tab shows what needs
// attention (alerts, most serious first), a card per instrument with the latest score, its
// reading, and its change since admission and since the previous result marked when it reaches
// the MCID/MDC, and the care plan's goals with their progress. A card without result enters one.

#include "UiTestSupport.h"
#include "core/careplan/CarePlanSupport.h"

#include "ui/main/MainWindow.h"
#include "ui/overview/InstrumentCardView.h"
#include "ui/overview/StaySummary.h"
#include "ui/patient/OverviewTab.h"
#include "ui/patient/PatientPanel.h"
#include "ui/results/ResultEntryDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

class OverviewUiTest : public ::testing::Test
{
protected:
    OverviewUiTest() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        m_patient = m_store.addPatient();
        m_stay = *m_store->stays().open(TestStore::stay(m_patient)); // HC, 02/11 → 29/11/2026
        m_store.signInAs(m_store.addUser(QStringLiteral("vernet"), {Role::Physician}, QStringLiteral("Dr Vernet")));
    }

    void record(const char *instrument, const QDate &day, const QList<int> &items)
    {
        const Result<TestResult> r =
            m_store->results().record(TestStore::questionnaire(m_stay, QLatin1String(instrument), day, items));
        ASSERT_TRUE(r) << r.failure().text().toStdString();
    }

    void open()
    {
        m_window = std::make_unique<ui::MainWindow>(m_store.store(), m_prompter, m_settings);
        m_window->resize(1400, 1000);
        m_window->show();
        ASSERT_TRUE(m_window->openPatient(m_patient));
    }

    ui::StaySummary *summary() { return m_window->patientPanel()->overview()->summary(); }
    QStringList alerts()
    {
        QStringList out;
        for (QLabel *l : summary()->alertLabels())
            out << l->text();
        return out;
    }

    TestStore m_store;
    ScriptedPrompter m_prompter;
    QSettings m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    PatientId m_patient;
    StayId m_stay;
};

TEST_F(OverviewUiTest, WhatImprovedWhatDidNotAndWhatIsMissingAtAGlance)
{
    // Berg 30 → 36 → 41 (REFERENCE §3: MDC 7 from 25–34, 5 from 35–44); ODI 48 % → 46 %.
    record("berg", QDate(2026, 11, 2), TestStore::bergItems(30));
    record("berg", QDate(2026, 11, 9), TestStore::bergItems(36));
    record("berg", QDate(2026, 11, 16), TestStore::bergItems(41));
    record("odi", QDate(2026, 11, 2), {3, 3, 3, 3, 2, 2, 2, 2, 2, 2});
    record("odi", QDate(2026, 11, 20), {3, 3, 3, 2, 2, 2, 2, 2, 2, 2});
    AdmissionAssessment a = *m_store->assessments().newDraft(m_stay);
    a.redFlags[size_t(RedFlag::MajorTrauma)] = FlagAnswer::Yes;
    ASSERT_TRUE(m_store->assessments().save(a));
    CarePlan plan = validPlan(m_stay);
    plan.goals = {plan.goals.first()}; // ODI −30 % of the baseline
    plan.goals[0].reviewDate = QDate(2026, 11, 24);
    ASSERT_TRUE(m_store->carePlans().save(plan));
    open();
    ASSERT_EQ(m_window->patientPanel()->currentTab(), m_window->patientPanel()->overview());

    const QStringList shown = alerts();
    ASSERT_GE(shown.size(), 4) << shown.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(shown.at(0), QStringLiteral("✖ Drapeau rouge sans action notée : Traumatisme important."));
    EXPECT_TRUE(shown.at(1).startsWith(QStringLiteral("⚠ Objectif en retard : Gestion de la douleur — ODI")))
        << shown.at(1).toStdString();
    EXPECT_EQ(shown.at(2),
              QStringLiteral("⚠ Tests initiaux sans résultat dans ce séjour : TUG, TM6, Dallas, STarT Back."));
    EXPECT_EQ(shown.at(3), QStringLiteral("⚠ Sortie prévue le 29/11/2026, dans 7 jours."));

    ui::InstrumentCardView *berg = summary()->card(QStringLiteral("berg"));
    ASSERT_NE(berg, nullptr);
    EXPECT_EQ(berg->valueLabel()->text(), QStringLiteral("41/56"));
    EXPECT_EQ(berg->property("severity").toString(), QStringLiteral("caution"));
    EXPECT_EQ(berg->readingLabel()->text(), QStringLiteral("Risque de chute faible (41–56 : autonome)"));
    EXPECT_EQ(berg->changesLabel()->text(),
              QStringLiteral("<b>Depuis l'admission : +11 points ▲ amélioration (MDC atteinte)</b><br><b>Depuis le "
                             "précédent : +5 points ▲ amélioration (MDC atteinte)</b>"));
    ui::InstrumentCardView *odi = summary()->card(QStringLiteral("odi"));
    EXPECT_TRUE(odi->changesLabel()->text().startsWith(
        QStringLiteral("Depuis l'admission : -2,0 % ▲ amélioration (sous la MCID)")))
        << odi->changesLabel()->text().toStdString();

    ASSERT_EQ(summary()->goalLabels().size(), 1);
    EXPECT_TRUE(summary()->goalLabels().first()->text().startsWith(
        QStringLiteral("<b>⚠ En retard</b> — Gestion de la douleur : ODI")))
        << summary()->goalLabels().first()->text().toStdString();
    screenshot(m_window.get(), QStringLiteral("overview"));
}

// A card without result offers its entry, which opens the test's form in the Tests tab.
TEST_F(OverviewUiTest, ACardWithoutResultEntersOne)
{
    open();
    ui::InstrumentCardView *tug = summary()->card(QStringLiteral("tug"));
    ASSERT_NE(tug, nullptr);
    EXPECT_EQ(tug->readingLabel()->text(), QStringLiteral("Aucun résultat dans ce séjour."));
    auto *enter = find<QPushButton>(tug, QStringLiteral("cardEnterButton"));
    ASSERT_TRUE(enter->isVisible());
    QString opened;
    whenDialogOpens([&](QDialog *d) {
        auto *dialog = qobject_cast<ui::ResultEntryDialog *>(d);
        ASSERT_NE(dialog, nullptr);
        opened = dialog->windowTitle();
        dialog->reject();
    });
    QTest::mouseClick(enter, Qt::LeftButton);
    EXPECT_TRUE(opened.startsWith(QStringLiteral("Timed Up and Go"))) << opened.toStdString();
}

// A result entered elsewhere shows on the overview at once.
TEST_F(OverviewUiTest, TheOverviewFollowsTheResults)
{
    open();
    record("berg", QDate(2026, 11, 20), TestStore::bergItems(48));
    EXPECT_EQ(summary()->card(QStringLiteral("berg"))->valueLabel()->text(), QStringLiteral("48/56"));
}

// A secretary does not record tests: no entry button.
TEST_F(OverviewUiTest, NoEntryWithoutTheRight)
{
    m_store.signInAs(m_store.addUser(QStringLiteral("secr"), {Role::Secretary}));
    open();
    EXPECT_FALSE(
        find<QPushButton>(summary()->card(QStringLiteral("tug")), QStringLiteral("cardEnterButton"))->isVisible());
}

} // namespace
} // namespace smr::test
