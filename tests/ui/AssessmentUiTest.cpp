// Issue #5, "Done when": a physician completes an admission assessment in one pass from top to
// bottom through the real widgets, is warned of red flags and exclusions where they matter, gets
// the HC/HTP suggestion and an explained orientation, signs it, and finds it read-only; the
// header shows the alerts and the precautions. Screenshots go to <build>/screenshots.

#include "UiTestSupport.h"

#include "ui/assessment/AssessmentForm.h"
#include "ui/assessment/AssessmentTab.h"
#include "ui/census/CensusModel.h"
#include "ui/census/CensusPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/patient/PatientHeader.h"
#include "ui/patient/PatientPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

class AssessmentUiTest : public ::testing::Test
{
protected:
    AssessmentUiTest() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        Patient p = TestStore::patient();
        p.heightCm = 165;
        p.weightKg = 70;
        m_patient = *m_store->patients().create(p);
        Stay s = TestStore::stay(m_patient);
        s.mode = StayMode::DayHospital;
        m_stay = *m_store->stays().open(s);
        m_store.signInAs(m_store.addUser(QStringLiteral("vernet"), {Role::Physician}, QStringLiteral("Dr Vernet")));
        m_window = std::make_unique<ui::MainWindow>(m_store.store(), m_prompter, m_settings);
        m_window->resize(1400, 1000);
        m_window->show();
        EXPECT_TRUE(m_window->openPatient(m_patient));
        m_window->patientPanel()->showTab(tab());
    }

    ui::AssessmentTab *tab() { return m_window->patientPanel()->assessment(); }
    QWidget *form() { return tab()->form(); }

    void type(const QString &name, const QString &text)
    {
        QWidget *w = form()->findChild<QWidget *>(name);
        ASSERT_NE(w, nullptr) << name.toStdString();
        w->setFocus();
        QTest::keyClicks(w, text);
    }
    void choose(const QString &name, const QString &label)
    {
        auto *box = find<QComboBox>(form(), name);
        const int i = box->findText(label);
        ASSERT_GE(i, 0) << label.toStdString();
        box->setCurrentIndex(i);
    }
    void spin(const QString &name, int value) { find<QSpinBox>(form(), name)->setValue(value); }
    void tick(const QString &name) { QTest::mouseClick(find<QAbstractButton>(form(), name), Qt::LeftButton); }

    TestStore m_store;
    ScriptedPrompter m_prompter;
    QSettings m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    PatientId m_patient;
    StayId m_stay;
};

TEST_F(AssessmentUiTest, FilledTopToBottomWarnedSignedAndReadOnly)
{
    EXPECT_EQ(tab()->statusLabel()->text(), QStringLiteral("Nouveau bilan d'admission : pas encore enregistré."));
    // The height and weight of the record are there, with the BMI and its class.
    EXPECT_EQ(find<QLabel>(form(), QStringLiteral("bmiLabel"))->text(), QStringLiteral("IMC 25,7 kg/m² — Surpoids"));
    // The six baseline tests are offered, none entered yet.
    EXPECT_TRUE(tab()->findChild<QPushButton *>(QStringLiteral("baseline_berg"))->isVisible());

    type(QStringLiteral("reasonField"), QStringLiteral("Lombalgie chronique, echec du traitement ambulatoire"));
    type(QStringLiteral("treatmentsField"), QStringLiteral("Tramadol 50 mg x3"));
    choose(QStringLiteral("analgesicField"), QStringLiteral("Palier 2 (opioïde faible)"));
    spin(QStringLiteral("painRestField"), 4);
    spin(QStringLiteral("painActivityField"), 7);
    choose(QStringLiteral("radiationField"), QStringLiteral("Sous le genou"));
    type(QStringLiteral("occupationField"), QStringLiteral("Cariste"));
    spin(QStringLiteral("distanceField"), 60);
    choose(QStringLiteral("drivesField"), QStringLiteral("Non"));
    // Weight 110 kg at 165 cm: BMI 40.4, class III obesity ticks its exclusion by itself.
    auto *weight = find<QLineEdit>(form(), QStringLiteral("weightField"));
    weight->selectAll();
    type(QStringLiteral("weightField"), QStringLiteral("110"));
    EXPECT_EQ(find<QLabel>(form(), QStringLiteral("bmiLabel"))->text(),
              QStringLiteral("IMC 40,4 kg/m² — Obésité de classe III"));
    EXPECT_TRUE(find<QCheckBox>(form(), QStringLiteral("exclusion_obesity_class_3"))->isChecked());
    auto *exclusion = find<QLabel>(form(), QStringLiteral("exclusionWarning"));
    EXPECT_FALSE(exclusion->isHidden());
    EXPECT_TRUE(exclusion->text().startsWith(QStringLiteral("Critère de récusation présent : obésité de classe III.")))
        << exclusion->text().toStdString();

    // A red flag answered yes: an alert at once.
    tick(QStringLiteral("red_cancer_history_yes"));
    tick(QStringLiteral("red_fever_no"));
    EXPECT_FALSE(tab()->alertLabel()->isHidden());
    EXPECT_EQ(tab()->alertLabel()->text(),
              QStringLiteral("Drapeau rouge : antécédent de cancer. Notez ce qui a été fait (imagerie, avis "
                             "spécialisé) sous les drapeaux rouges."));
    tick(QStringLiteral("flag_yellow"));
    type(QStringLiteral("flag_yellow_text"), QStringLiteral("Kinesiophobie"));
    type(QStringLiteral("justificationField"), QStringLiteral("Perte de poids engagee, avis dieteticienne"));

    // HC suggested, with its reasons.
    EXPECT_EQ(find<QLabel>(form(), QStringLiteral("modeSuggestion"))->text(),
              QStringLiteral("Hospitalisation complète (HC) : domicile à 60 minutes du centre (plus de 45), ne peut "
                             "pas conduire (retentissement fonctionnel majeur)."));
    choose(QStringLiteral("modeField"), QStringLiteral("Hospitalisation complète (HC)"));
    spin(QStringLiteral("maxHeartRateField"), 130);
    tick(QStringLiteral("braceField"));
    spin(QStringLiteral("liftingField"), 5);
    tick(QStringLiteral("fallRiskField"));
    EXPECT_EQ(
        find<QLabel>(form(), QStringLiteral("orientationSuggestion"))->text(),
        QStringLiteral("Pas encore de suggestion : saisissez les questionnaires Dallas, Oswestry et STarT Back."));
    choose(QStringLiteral("orientationField"), QStringLiteral("Restauration fonctionnelle du rachis (4 semaines)"));
    EXPECT_TRUE(tab()->isModified());
    EXPECT_TRUE(m_window->patientPanel()->hasUnsavedChanges());

    // Ctrl+S saves the draft.
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    QWidget *focused = QApplication::focusWidget();
    QTest::keyClick(focused ? focused : m_window.get(), Qt::Key_S, Qt::ControlModifier);
    ASSERT_FALSE(tab()->isModified()) << tab()->banner()->text().toStdString();
    EXPECT_EQ(tab()->statusLabel()->text(), QStringLiteral("Brouillon, non signé."));
    // The header warns and shows the precautions.
    EXPECT_EQ(m_window->patientPanel()->header()->alertText(), QStringLiteral("Drapeau rouge : antécédent de cancer"));
    EXPECT_EQ(m_window->patientPanel()->header()->precautionText(),
              QStringLiteral("Précautions : FC max 130/min · corset · port de charge ≤ 5 kg · risque de chute"));
    tab()
        ->findChild<QScrollArea *>(QStringLiteral("assessmentScroll"))
        ->ensureWidgetVisible(find<QWidget>(form(), QStringLiteral("redFlagSection")));
    screenshot(m_window.get(), QStringLiteral("assessment-draft"));

    // The physician records what was done about the red flag: the alert goes.
    auto *action = find<QWidget>(form(), QStringLiteral("action_cancer_history"));
    action->findChild<QLineEdit *>(QStringLiteral("actionField"))->setText(QStringLiteral("Scanner TAP normal"));
    QTest::mouseClick(action->findChild<QPushButton *>(QStringLiteral("recordActionButton")), Qt::LeftButton);
    EXPECT_TRUE(tab()->alertLabel()->isHidden());
    EXPECT_TRUE(m_window->patientPanel()->header()->alertText().isEmpty());

    // Signing: confirmed, then read-only; the stay takes the mode and the programme.
    QTest::mouseClick(find<QPushButton>(tab(), QStringLiteral("signAssessmentButton")), Qt::LeftButton);
    EXPECT_EQ(tab()->statusLabel()->text(),
              QStringLiteral("Version 1 signée par Dr Vernet le 22/11/2026 : lecture seule."))
        << tab()->banner()->text().toStdString();
    EXPECT_FALSE(find<QWidget>(form(), QStringLiteral("painSection"))->isEnabled());
    EXPECT_TRUE(find<QPushButton>(tab(), QStringLiteral("signAssessmentButton"))->isHidden());
    EXPECT_FALSE(find<QPushButton>(tab(), QStringLiteral("amendAssessmentButton"))->isHidden());
    const Stay s = *m_store->stays().find(m_stay);
    EXPECT_EQ(s.mode, StayMode::FullHospitalisation);
    EXPECT_EQ(s.programme, Programme::SpineRestoration);
    // The list of stays follows at once.
    auto *census = m_window->census()->model();
    EXPECT_EQ(census->data(census->index(0, ui::CensusModel::ModeColumn)).toString(), QStringLiteral("HC"));
    screenshot(m_window.get(), QStringLiteral("assessment-signed"));

    // A new version asks for its reason and is a draft again; the signed one is kept.
    whenDialogOpens([](QDialog *d) {
        auto *input = qobject_cast<QInputDialog *>(d);
        ASSERT_NE(input, nullptr);
        input->setTextValue(QStringLiteral("IRM recue"));
        input->accept();
    });
    QTest::mouseClick(find<QPushButton>(tab(), QStringLiteral("amendAssessmentButton")), Qt::LeftButton);
    EXPECT_EQ(tab()->statusLabel()->text(),
              QStringLiteral("Version 2, brouillon (motif de la nouvelle version : IRM recue)."));
    EXPECT_TRUE(find<QWidget>(form(), QStringLiteral("painSection"))->isEnabled());
    EXPECT_EQ(m_store->assessments().revisions(m_stay)->size(), 2);
}

TEST_F(AssessmentUiTest, SigningTooEarlyNamesWhatIsMissingAndSavesNothing)
{
    const QString before = m_store.dumpAll();
    QTest::mouseClick(find<QPushButton>(tab(), QStringLiteral("signAssessmentButton")), Qt::LeftButton);
    EXPECT_FALSE(tab()->banner()->isHidden());
    EXPECT_TRUE(tab()->banner()->text().contains(QStringLiteral("Indiquez le motif d'admission avant de signer.")))
        << tab()->banner()->text().toStdString();
    EXPECT_TRUE(tab()->banner()->text().contains(QStringLiteral("Choisissez l'orientation avant de signer")));
    EXPECT_EQ(m_store.dumpAll(), before);
}

// "The physician accepts or overrides with a reason; both are recorded."
TEST_F(AssessmentUiTest, OverridingTheSuggestionAsksForTheReasonThenShowsWhatWasSuggested)
{
    // High risk.
    ASSERT_TRUE(m_store->results().record(TestStore::questionnaire(m_stay, QStringLiteral("startback"),
                                                                   QDate(2026, 11, 20), {0, 0, 0, 0, 1, 1, 1, 1, 4})));
    m_window->patientPanel()->refresh();

    type(QStringLiteral("reasonField"), QStringLiteral("Lombalgie chronique"));
    choose(QStringLiteral("modeField"), QStringLiteral("Hospitalisation de jour (HTP)"));
    EXPECT_TRUE(find<QLabel>(form(), QStringLiteral("orientationSuggestion"))
                    ->text()
                    .startsWith(QStringLiteral("Restauration fonctionnelle du rachis (4 semaines) : STarT Back")))
        << find<QLabel>(form(), QStringLiteral("orientationSuggestion"))->text().toStdString();
    choose(QStringLiteral("orientationField"), QStringLiteral("Prise en charge individuelle (4 semaines)"));
    const QString before = m_store.dumpAll();
    QTest::mouseClick(find<QPushButton>(tab(), QStringLiteral("signAssessmentButton")), Qt::LeftButton);
    EXPECT_TRUE(tab()->banner()->text().contains(
        QStringLiteral("L'orientation choisie (Individuel) n'est pas celle suggérée (RFR)")))
        << tab()->banner()->text().toStdString();
    EXPECT_EQ(m_store.dumpAll(), before);

    type(QStringLiteral("orientationNoteField"), QStringLiteral("Reprise du travail a mi-temps"));
    QTest::mouseClick(find<QPushButton>(tab(), QStringLiteral("signAssessmentButton")), Qt::LeftButton);
    ASSERT_TRUE((*m_store->assessments().current(m_stay))->isSigned()) << tab()->banner()->text().toStdString();
    EXPECT_TRUE(find<QLabel>(form(), QStringLiteral("orientationSuggestion"))
                    ->text()
                    .startsWith(QStringLiteral("Suggestion à la signature : Restauration fonctionnelle du rachis")))
        << find<QLabel>(form(), QStringLiteral("orientationSuggestion"))->text().toStdString();
    EXPECT_EQ(m_store->stays().find(m_stay)->programme, Programme::Individual);
}

// A date the form cannot read is refused by name, never saved as "no date".
TEST_F(AssessmentUiTest, AnUnreadableDateIsRefusedNotDropped)
{
    type(QStringLiteral("reasonField"), QStringLiteral("Lombalgie"));
    QTest::mouseClick(find<QPushButton>(form(), QStringLiteral("addSurgeryButton")), Qt::LeftButton);
    auto *table = find<QTableWidget>(form(), QStringLiteral("surgeriesTable"));
    table->item(0, 0)->setText(QStringLiteral("Arthrodèse L4-L5"));
    table->item(0, 1)->setText(QStringLiteral("31/02/2019"));
    const QString before = m_store.dumpAll();
    EXPECT_FALSE(tab()->saveDraft());
    EXPECT_EQ(tab()->banner()->text(),
              QStringLiteral("Chirurgie du rachis, ligne 1 : « 31/02/2019 » n'est pas une date : saisissez-la sous la "
                             "forme JJ/MM/AAAA, par exemple 12/03/2019."));
    EXPECT_EQ(m_store.dumpAll(), before);
    table->item(0, 1)->setText(QStringLiteral("28/02/2019"));
    EXPECT_TRUE(tab()->saveDraft()) << tab()->banner()->text().toStdString();
    EXPECT_EQ((*m_store->assessments().current(m_stay))->spineSurgeries.at(0).date, QDate(2019, 2, 28));
}

TEST_F(AssessmentUiTest, ATherapistReadsButCannotSign)
{
    m_store.signInAs(m_store.addUser(QStringLiteral("kine"), {Role::Physiotherapist}));
    m_window->patientPanel()->refresh();
    EXPECT_FALSE(find<QPushButton>(tab(), QStringLiteral("signAssessmentButton"))->isEnabled());
    EXPECT_FALSE(find<QPushButton>(tab(), QStringLiteral("saveAssessmentButton"))->isEnabled());
}

} // namespace
} // namespace smr::test
