// Issue #5, "Personalised care plan": the physician fills the plan through the real widgets —
// measurable goals, sessions per discipline checked against décret n° 2022-25 as they are typed
// (a shortfall needs its reason), the weekly review and the patient's agreement — saves it, and
// reads where each goal stands from the stay's results. Screenshots go to <build>/screenshots.

#include "UiTestSupport.h"
#include "core/careplan/CarePlanSupport.h"

#include "ui/careplan/CarePlanForm.h"
#include "ui/careplan/CarePlanTab.h"
#include "ui/careplan/GoalRow.h"
#include "ui/main/MainWindow.h"
#include "ui/patient/PatientPanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

TestResult odi(StayId stay, const QDate &day, const QList<int> &items)
{
    return TestStore::questionnaire(stay, QStringLiteral("odi"), day, items);
}

class CarePlanUiTest : public ::testing::Test
{
protected:
    CarePlanUiTest() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        m_patient = m_store.addPatient();
        m_stay = *m_store->stays().open(TestStore::stay(m_patient)); // HC, 02/11 → 29/11/2026
        // ODI 48 % at admission, 30 % on 16/11.
        EXPECT_TRUE(m_store->results().record(odi(m_stay, QDate(2026, 11, 2), {3, 3, 3, 3, 2, 2, 2, 2, 2, 2})));
        EXPECT_TRUE(m_store->results().record(odi(m_stay, QDate(2026, 11, 16), {2, 2, 2, 2, 2, 1, 1, 1, 1, 1})));
        m_store.signInAs(m_store.addUser(QStringLiteral("vernet"), {Role::Physician}, QStringLiteral("Dr Vernet")));
        m_window = std::make_unique<ui::MainWindow>(m_store.store(), m_prompter, m_settings);
        m_window->resize(1400, 1000);
        m_window->show();
        EXPECT_TRUE(m_window->openPatient(m_patient));
        m_window->patientPanel()->showTab(tab());
    }

    ui::CarePlanTab *tab() { return m_window->patientPanel()->carePlan(); }
    ui::CarePlanForm *form() { return tab()->form(); }
    ui::GoalRow *goal(int i) { return form()->goalRows().at(i); }

    void choose(QWidget *root, const QString &name, const QString &label)
    {
        auto *box = find<QComboBox>(root, name);
        const int i = box->findText(label);
        ASSERT_GE(i, 0) << label.toStdString();
        box->setCurrentIndex(i);
    }
    void addGoal() { QTest::mouseClick(find<QPushButton>(form(), QStringLiteral("addGoalButton")), Qt::LeftButton); }
    void sessions(const char *discipline, int individual, int collective)
    {
        find<QSpinBox>(form(), QStringLiteral("individual_%1").arg(QLatin1String(discipline)))->setValue(individual);
        find<QSpinBox>(form(), QStringLiteral("collective_%1").arg(QLatin1String(discipline)))->setValue(collective);
    }
    QString decree() { return form()->decreeLabel()->text(); }

    TestStore m_store;
    ScriptedPrompter m_prompter;
    QSettings m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    PatientId m_patient;
    StayId m_stay;
};

TEST_F(CarePlanUiTest, MeasurableGoalsDecreeCheckedAgreementRecordedAndProgressShown)
{
    EXPECT_EQ(tab()->statusLabel()->text(),
              QStringLiteral("Pas encore de projet de soins pour ce séjour : non enregistré."));

    // Goal 1: pain management, ODI −30 % of the baseline (the usual aim is proposed).
    addGoal();
    choose(goal(0), QStringLiteral("goalObjective"), QStringLiteral("Gestion de la douleur"));
    choose(goal(0), QStringLiteral("goalKind"), QStringLiteral("Évolution d'une mesure, en % de la valeur initiale"));
    choose(goal(0), QStringLiteral("goalInstrument"), QStringLiteral("ODI"));
    EXPECT_EQ(find<QDoubleSpinBox>(goal(0), QStringLiteral("goalValue"))->value(), -30.0);
    EXPECT_EQ(find<QDoubleSpinBox>(goal(0), QStringLiteral("goalValue"))->text(), QStringLiteral("-30 %"));
    // Goal 2: back to work by a date; the next objective not yet used is offered.
    addGoal();
    EXPECT_EQ(find<QComboBox>(goal(1), QStringLiteral("goalObjective"))->currentText(),
              QStringLiteral("Reprise du travail"));
    choose(goal(1), QStringLiteral("goalKind"), QStringLiteral("Fait avant une date"));
    EXPECT_FALSE(find<QWidget>(goal(1), QStringLiteral("goalTargetDate"))->isHidden());
    EXPECT_TRUE(find<QWidget>(goal(1), QStringLiteral("goalValue"))->isHidden());
    typeInto(goal(1), QStringLiteral("goalTargetDate"), QStringLiteral("04/01/2027"));
    typeInto(goal(1), QStringLiteral("goalText"), QStringLiteral("Mi-temps therapeutique, poste amenage"));

    // Physiotherapy alone falls short of the decree: what is missing is listed, a reason asked.
    sessions("physiotherapy", 5, 3);
    EXPECT_TRUE(decree().startsWith(QStringLiteral("⚠ En deçà du minimum du décret n° 2022-25 en HC :")))
        << decree().toStdString();
    EXPECT_TRUE(decree().contains(QStringLiteral("Thérapies : 1 prévue(s) (kinésithérapie), au moins 3 nécessaires")))
        << decree().toStdString();
    EXPECT_FALSE(form()->shortfallReason()->isHidden());
    EXPECT_EQ(find<QLabel>(form(), QStringLiteral("sessionTotals"))->text(),
              QStringLiteral("Total : 8 séances par semaine (5 individuelles, 3 collectives) ; 1 thérapie(s) du "
                             "décret."));
    const QString before = m_store.dumpAll();
    QTest::mouseClick(find<QPushButton>(tab(), QStringLiteral("saveCarePlanButton")), Qt::LeftButton);
    EXPECT_FALSE(tab()->banner()->isHidden());
    EXPECT_TRUE(
        tab()->banner()->text().startsWith(QStringLiteral("Le projet n'atteint pas le minimum du décret n° 2022-25.")))
        << tab()->banner()->text().toStdString();
    EXPECT_EQ(m_store.dumpAll(), before);

    // With occupational therapy and adapted physical activity it meets it.
    sessions("occupational_therapy", 2, 2);
    sessions("adapted_physical_activity", 0, 4);
    EXPECT_EQ(decree(), QStringLiteral("✔ Conforme au minimum du décret n° 2022-25 en HC."));
    EXPECT_TRUE(form()->shortfallReason()->isHidden());

    // The weekly review and the patient's agreement, one click each.
    QTest::mouseClick(find<QPushButton>(form(), QStringLiteral("reviewInAWeekButton")), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(form(), QStringLiteral("agreedTodayButton")), Qt::LeftButton);
    EXPECT_TRUE(m_window->patientPanel()->hasUnsavedChanges());

    // Ctrl+S saves it, like everything else in the dossier.
    QApplication::setActiveWindow(m_window.get());
    find<QWidget>(goal(1), QStringLiteral("goalText"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    ASSERT_FALSE(tab()->isModified()) << tab()->banner()->text().toStdString();
    EXPECT_EQ(tab()->statusLabel()->text(),
              QStringLiteral("Projet de soins, version 1. Prochaine réévaluation le 29/11/2026."));
    EXPECT_EQ(tab()->validationLabel()->text(), QStringLiteral("Pas encore validé par un médecin."));
    EXPECT_EQ(find<QLabel>(form(), QStringLiteral("agreementLabel"))->text(),
              QStringLiteral("enregistré par Dr Vernet"));
    const CarePlan stored = *m_store->carePlans().find(m_stay);
    ASSERT_EQ(stored.goals.size(), 2);
    EXPECT_EQ(stored.goals.at(0).instrument, QStringLiteral("odi"));
    EXPECT_EQ(stored.goals.at(0).value, -30.0);
    EXPECT_EQ(stored.goals.at(1).targetDate, QDate(2027, 1, 4));
    EXPECT_EQ(stored.agreedOn, QDate(2026, 11, 22));
    EXPECT_EQ(stored.disciplines.size(), 3);

    // Where each goal stands: ODI 48 → 30 % reached the target 33.6 %; work due in January.
    EXPECT_TRUE(goal(0)->progressLabel()->text().startsWith(QStringLiteral("<b>✔ Atteint</b> — ODI")))
        << goal(0)->progressLabel()->text().toStdString();
    EXPECT_EQ(goal(1)->progressLabel()->text(),
              QStringLiteral("<b>→ En bonne voie</b> — Prévu pour le 04/01/2027, pas encore atteint."));

    // The physician validates the plan: "signs it".
    auto *validate = find<QPushButton>(tab(), QStringLiteral("validateCarePlanButton"));
    ASSERT_TRUE(validate->isVisible());
    EXPECT_EQ(validate->text(), QStringLiteral("&Valider le projet"));
    QTest::mouseClick(validate, Qt::LeftButton);
    EXPECT_TRUE(tab()->banner()->isHidden()) << tab()->banner()->text().toStdString();
    EXPECT_EQ(tab()->statusLabel()->text(),
              QStringLiteral("Projet de soins, version 2. Prochaine réévaluation le 29/11/2026."));
    EXPECT_EQ(tab()->validationLabel()->text(), QStringLiteral("✔ Validé par Dr Vernet le 22/11/2026."));
    EXPECT_FALSE(validate->isEnabled());
    EXPECT_TRUE(m_store->carePlans().find(m_stay)->isValidated());
    screenshot(m_window.get(), QStringLiteral("careplan"));
}

// Decision: a change after the validation asks for it again; "Validate" saves what is typed first.
TEST_F(CarePlanUiTest, AChangeAfterValidationAsksForItAgain)
{
    CarePlan plan = validPlan(m_stay);
    plan = *m_store->carePlans().save(plan);
    ASSERT_TRUE(m_store->carePlans().validate(plan.id, plan.version));
    m_window->patientPanel()->refresh();
    auto *validate = find<QPushButton>(tab(), QStringLiteral("validateCarePlanButton"));
    EXPECT_FALSE(validate->isEnabled());
    EXPECT_EQ(tab()->validationLabel()->text(), QStringLiteral("✔ Validé par Dr Vernet le 22/11/2026."));

    // Saving with nothing changed keeps it validated.
    EXPECT_TRUE(tab()->save());
    EXPECT_TRUE(m_store->carePlans().find(m_stay)->isValidated());

    find<QSpinBox>(form(), QStringLiteral("plannedWeeksField"))->setValue(5);
    EXPECT_TRUE(validate->isEnabled()) << "an edit can be saved and validated in one click";
    EXPECT_TRUE(tab()->save());
    EXPECT_EQ(tab()->statusLabel()->text(),
              QStringLiteral("Projet de soins, version 3. Prochaine réévaluation le 24/11/2026. L'accord du patient "
                             "n'est pas encore enregistré."));
    EXPECT_EQ(tab()->validationLabel()->text(),
              QStringLiteral("⚠ Modifié depuis sa validation par Dr Vernet le 22/11/2026 (version 2) : à valider de "
                             "nouveau."));
    EXPECT_EQ(tab()->validationLabel()->property("severity").toString(), QStringLiteral("caution"));
    EXPECT_TRUE(validate->isEnabled());

    find<QSpinBox>(form(), QStringLiteral("plannedWeeksField"))->setValue(6);
    QTest::mouseClick(validate, Qt::LeftButton);
    const CarePlan stored = *m_store->carePlans().find(m_stay);
    EXPECT_EQ(stored.plannedWeeks, 6);
    EXPECT_TRUE(stored.isValidated());
    EXPECT_EQ(stored.version, 5);
    EXPECT_FALSE(tab()->isModified());
}

TEST_F(CarePlanUiTest, AnImpossibleTargetIsRefusedNamingTheGoalAndNothingIsWritten)
{
    addGoal();
    choose(goal(0), QStringLiteral("goalKind"), QStringLiteral("Évolution d'une mesure, en % de la valeur initiale"));
    choose(goal(0), QStringLiteral("goalInstrument"), QStringLiteral("ODI"));
    find<QDoubleSpinBox>(goal(0), QStringLiteral("goalValue"))->setValue(10); // ODI: lower is better
    sessions("physiotherapy", 5, 5);
    sessions("occupational_therapy", 1, 0);
    sessions("psychology", 1, 0);
    const QString before = m_store.dumpAll();
    EXPECT_FALSE(tab()->save());
    EXPECT_TRUE(tab()->banner()->text().startsWith(QStringLiteral("Objectif 1 : l'évolution de ODI")))
        << tab()->banner()->text().toStdString();
    EXPECT_EQ(m_store.dumpAll(), before);
}

TEST_F(CarePlanUiTest, AnUnreadableDateIsRefusedNotDropped)
{
    addGoal();
    typeInto(goal(0), QStringLiteral("goalText"), QStringLiteral("Reprise envisagee"));
    typeInto(goal(0), QStringLiteral("goalReview"), QStringLiteral("31/02/2026"));
    const QString before = m_store.dumpAll();
    EXPECT_FALSE(tab()->save());
    EXPECT_TRUE(tab()->banner()->text().startsWith(QStringLiteral("Objectif 1 : « 31/02/2026 » n'est pas une date")))
        << tab()->banner()->text().toStdString();
    EXPECT_EQ(m_store.dumpAll(), before);
}

TEST_F(CarePlanUiTest, ATherapistReadsThePlanButCannotChangeIt)
{
    ASSERT_TRUE(m_store->carePlans().save([&] {
        CarePlan p;
        p.stayId = m_stay;
        Goal g;
        g.objective = Objective::SpineSparing;
        g.text = QStringLiteral("Postures d'épargne rachidienne acquises");
        p.goals << g;
        p.disciplines = {
            {Discipline::Physiotherapy, 5, 5}, {Discipline::Psychology, 1, 0}, {Discipline::Nursing, 1, 0}};
        p.shortfallReason = QStringLiteral("Ergothérapeute absent ce mois-ci");
        return p;
    }()));
    m_store.signInAs(m_store.addUser(QStringLiteral("kine"), {Role::Physiotherapist}));
    m_window->patientPanel()->refresh();
    EXPECT_FALSE(find<QPushButton>(tab(), QStringLiteral("saveCarePlanButton"))->isEnabled());
    EXPECT_FALSE(find<QPushButton>(tab(), QStringLiteral("validateCarePlanButton"))->isVisible());
    EXPECT_FALSE(find<QWidget>(goal(0), QStringLiteral("goalText"))->isEnabled());
    EXPECT_EQ(find<QLineEdit>(form(), QStringLiteral("shortfallReasonField"))->text(),
              QStringLiteral("Ergothérapeute absent ce mois-ci"));
    EXPECT_EQ(goal(0)->progressLabel()->text(),
              QStringLiteral("<b>○ Non mesuré</b> — Jugé par l'équipe : pas encore marqué atteint."));
}

} // namespace
} // namespace smr::test
