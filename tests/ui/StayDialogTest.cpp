// Opening, editing and closing a stay from the dossier, and the units dialog.

#include "UiTestSupport.h"

#include "core/i18n/Language.h"
#include "ui/census/CensusModel.h"
#include "ui/census/CensusPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/patient/OverviewTab.h"
#include "ui/patient/PatientHeader.h"
#include "ui/patient/PatientPanel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

class StayDialogTest : public ::testing::Test
{
protected:
    StayDialogTest() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        m_patient = m_store.addPatient();
        m_window = std::make_unique<ui::MainWindow>(m_store.store(), m_prompter, m_settings);
        m_window->resize(1400, 860);
        m_window->show();
        EXPECT_TRUE(m_window->openPatient(m_patient));
    }

    static QLabel *errorOf(QDialog *dialog, const QString &field)
    {
        return dialog->findChild<QLabel *>(field + QStringLiteral("Error"));
    }

    static void click(QDialog *dialog, const QString &button)
    {
        QTest::mouseClick(dialog->findChild<QPushButton *>(button), Qt::LeftButton);
    }

    std::optional<Stay> openStay() { return m_store->stayRepository().findOpen(m_patient); }

    TestStore m_store;
    ScriptedPrompter m_prompter;
    QSettings m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    PatientId m_patient;
};

TEST_F(StayDialogTest, ChoosingAProgrammeProposesItsPlannedDischarge)
{
    ASSERT_TRUE(m_window->action(QStringLiteral("openStayAction"))->isEnabled());
    whenDialogOpens([](QDialog *dialog) {
        typeInto(dialog, QStringLiteral("admissionField"), QStringLiteral("16/11/2026"));
        auto *programme = dialog->findChild<QComboBox *>(QStringLiteral("programmeField"));
        programme->setCurrentIndex(programme->findData(QStringLiteral("rfr")));
        // Four weeks, the admission day being day 1.
        auto *planned = dialog->findChild<QWidget *>(QStringLiteral("plannedDischargeField"))->findChild<QLineEdit *>();
        EXPECT_EQ(planned->text(), QStringLiteral("13/12/2026"));
        EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("stayHint"))->text(),
                  QStringLiteral("Durée prévue : 28 jours."));
        typeInto(dialog, QStringLiteral("referrerNameField"), QStringLiteral("Dr Roux"));
        screenshot(dialog, QStringLiteral("stay-dialog"));
        click(dialog, QStringLiteral("saveButton"));
    });
    m_window->action(QStringLiteral("openStayAction"))->trigger();

    const std::optional<Stay> stay = openStay();
    ASSERT_TRUE(stay);
    EXPECT_EQ(stay->status, StayStatus::Active);
    EXPECT_EQ(stay->admissionDate, QDate(2026, 11, 16));
    EXPECT_EQ(stay->plannedDischargeDate, QDate(2026, 12, 13));
    EXPECT_EQ(stay->referrerName, QStringLiteral("Dr Roux"));
    EXPECT_TRUE(m_window->patientPanel()->header()->stayText().contains(QStringLiteral("J7 sur 28")));
    // The new stay appears in the unit's list.
    EXPECT_EQ(m_window->census()->model()->rowCount(), 1);
}

TEST_F(StayDialogTest, AFutureAdmissionIsAPreAdmission)
{
    whenDialogOpens([](QDialog *dialog) {
        typeInto(dialog, QStringLiteral("admissionField"), QStringLiteral("30/11/2026"));
        EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("stayHint"))
                        ->text()
                        .startsWith(QStringLiteral("La date d'admission est à venir")));
        click(dialog, QStringLiteral("saveButton"));
    });
    m_window->action(QStringLiteral("openStayAction"))->trigger();
    ASSERT_TRUE(openStay());
    EXPECT_EQ(openStay()->status, StayStatus::PreAdmission);
    EXPECT_TRUE(m_window->action(QStringLiteral("admitAction"))->isEnabled());
    EXPECT_FALSE(m_window->action(QStringLiteral("dischargeAction"))->isEnabled());
}

TEST_F(StayDialogTest, PlannedDischargeBeforeAdmissionIsRefusedInline)
{
    whenDialogOpens([](QDialog *dialog) {
        typeInto(dialog, QStringLiteral("admissionField"), QStringLiteral("16/11/2026"));
        typeInto(dialog, QStringLiteral("plannedDischargeField"), QStringLiteral("10/11/2026"));
        click(dialog, QStringLiteral("saveButton"));
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(errorOf(dialog, QStringLiteral("planned_discharge_date"))->text(),
                  QStringLiteral(
                      "La date de sortie prévue (10/11/2026) ne peut pas précéder la date d'admission (16/11/2026)."));
        typeInto(dialog, QStringLiteral("admissionField"), QStringLiteral("31/02/2026"));
        click(dialog, QStringLiteral("saveButton"));
        EXPECT_EQ(
            errorOf(dialog, QStringLiteral("admission_date"))->text(),
            QStringLiteral(
                "« 31/02/2026 » n'est pas une date : saisissez-la sous la forme JJ/MM/AAAA, par exemple 12/03/1956."));
        dialog->reject();
    });
    m_window->action(QStringLiteral("openStayAction"))->trigger();
    EXPECT_EQ(m_store.rows(QStringLiteral("stays")), 0);
}

TEST_F(StayDialogTest, DischargeClosesTheStayAndRemovesItFromTheCurrentList)
{
    ASSERT_TRUE(m_store->stays().open(TestStore::stay(m_patient)));
    ASSERT_EQ(m_window->census()->model()->rowCount(), 1);
    ASSERT_TRUE(m_window->action(QStringLiteral("dischargeAction"))->isEnabled());

    whenDialogOpens([](QDialog *dialog) {
        typeInto(dialog, QStringLiteral("dateField"), QStringLiteral("01/11/2026"));
        click(dialog, QStringLiteral("confirmButton"));
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(
            errorOf(dialog, QStringLiteral("discharge_date"))->text(),
            QStringLiteral("La date de sortie (01/11/2026) ne peut pas précéder la date d'admission (02/11/2026)."));
        typeInto(dialog, QStringLiteral("dateField"), QStringLiteral("20/11/2026"));
        click(dialog, QStringLiteral("confirmButton"));
    });
    m_window->action(QStringLiteral("dischargeAction"))->trigger();

    EXPECT_FALSE(openStay());
    const QList<Stay> stays = m_store->stayRepository().forPatient(m_patient);
    ASSERT_EQ(stays.size(), 1);
    EXPECT_EQ(stays[0].status, StayStatus::Discharged);
    EXPECT_EQ(stays[0].dischargeDate, QDate(2026, 11, 20));
    EXPECT_EQ(m_window->census()->model()->rowCount(), 0);
    EXPECT_EQ(m_window->patientPanel()->overview()->fact(QStringLiteral("discharge")), QStringLiteral("20/11/2026"));
    // A new stay can now be opened.
    EXPECT_TRUE(m_window->action(QStringLiteral("openStayAction"))->isEnabled());
}

TEST_F(StayDialogTest, CancellingNeedsAReason)
{
    ASSERT_TRUE(m_store->stays().open(TestStore::stay(m_patient)));
    whenDialogOpens([](QDialog *dialog) {
        click(dialog, QStringLiteral("confirmButton"));
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(errorOf(dialog, QStringLiteral("cancellation_reason"))->text(),
                  QStringLiteral("Indiquez le motif d'annulation du séjour."));
        dialog->reject();
    });
    m_window->action(QStringLiteral("cancelStayAction"))->trigger();
    ASSERT_TRUE(openStay());
    EXPECT_EQ(openStay()->status, StayStatus::Active);
}

TEST_F(StayDialogTest, AUnitAddedInTheDialogAppearsInTheFilter)
{
    whenDialogOpens([](QDialog *dialog) {
        typeInto(dialog, QStringLiteral("unitNameField"), QStringLiteral("Soins palliatifs"));
        click(dialog, QStringLiteral("addUnitButton"));
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("unitsList"));
        EXPECT_EQ(list->currentItem()->text(), QStringLiteral("Soins palliatifs"));
        // The same name twice is refused, with the reason.
        typeInto(dialog, QStringLiteral("unitNameField"), QStringLiteral("soins PALLIATIFS"));
        click(dialog, QStringLiteral("addUnitButton"));
        EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("unitNameError"))->text(),
                  QStringLiteral("Une unité nommée Soins palliatifs existe déjà."));
        dialog->reject();
    });
    m_window->action(QStringLiteral("unitsAction"))->trigger();
    auto *filter = m_window->findChild<QComboBox *>(QStringLiteral("unitFilter"));
    EXPECT_GE(filter->findData(QStringLiteral("soins-palliatifs")), 0);
}

TEST_F(StayDialogTest, ChoosingEnglishAsksForTheWindowToBeRebuilt)
{
    QSignalSpy spy(m_window.get(), &ui::MainWindow::languageChosen);
    m_window->action(QStringLiteral("language_en"))->trigger();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("en"));
    EXPECT_EQ(m_settings.value(QStringLiteral("language")).toString(), QStringLiteral("en"));

    // The window built after the switch speaks English, with dates still as 22/11/2026.
    Translations::install(Language::English);
    ui::MainWindow english(m_store.store(), m_prompter, m_settings);
    english.openPatient(m_patient);
    EXPECT_EQ(english.action(QStringLiteral("newPatientAction"))->text(), QStringLiteral("&New patient…"));
    EXPECT_TRUE(english.patientPanel()->header()->identityText().contains(QStringLiteral("born on 12/03/1956")));
    Translations::install(Language::French);
}

} // namespace
} // namespace smr::test
