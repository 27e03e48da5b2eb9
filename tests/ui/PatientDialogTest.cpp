// Creating a patient through the dialog, and its inline refusals.

#include "UiTestSupport.h"

#include "ui/main/MainWindow.h"
#include "ui/patient/PatientPanel.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

class PatientDialogTest : public ::testing::Test
{
protected:
    PatientDialogTest() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        m_window = std::make_unique<ui::MainWindow>(m_store.store(), m_prompter, m_settings);
        m_window->show();
    }

    static QLabel *errorOf(QDialog *dialog, const QString &field)
    {
        return dialog->findChild<QLabel *>(field + QStringLiteral("Error"));
    }

    TestStore m_store;
    ScriptedPrompter m_prompter;
    QSettings m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(PatientDialogTest, CreatesThePatientAndOpensTheDossier)
{
    whenDialogOpens([](QDialog *dialog) {
        typeInto(dialog, QStringLiteral("ippField"), QStringLiteral("2026000123"));
        typeInto(dialog, QStringLiteral("birthNameField"), QStringLiteral("Bernard"));
        typeInto(dialog, QStringLiteral("firstNamesField"), QStringLiteral("Louise"));
        typeInto(dialog, QStringLiteral("birthDateField"), QStringLiteral("05071961"));
        QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("sexFemale")), Qt::LeftButton);
        typeInto(dialog, QStringLiteral("nirField"), QStringLiteral("2 55 08 14 168 025 38"));
        typeInto(dialog, QStringLiteral("heightField"), QStringLiteral("162"));
        typeInto(dialog, QStringLiteral("weightField"), QStringLiteral("64,5"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    });
    m_window->action(QStringLiteral("newPatientAction"))->trigger();

    ASSERT_EQ(m_store.rows(QStringLiteral("patients")), 1);
    const QList<Patient> all = *m_store->patients().search(QString());
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].birthName, QStringLiteral("Bernard"));
    EXPECT_EQ(all[0].birthDate, QDate(1961, 7, 5));
    EXPECT_EQ(all[0].nir, QStringLiteral("255081416802538"));
    EXPECT_DOUBLE_EQ(*all[0].weightKg, 64.5);
    EXPECT_EQ(m_window->patientPanel()->patientId(), all[0].id);
    EXPECT_FALSE(m_window->isShowingWelcome());
}

TEST_F(PatientDialogTest, RefusesBadFieldsInlineAndWritesNothing)
{
    whenDialogOpens([](QDialog *dialog) {
        typeInto(dialog, QStringLiteral("ippField"), QStringLiteral("2026000124"));
        typeInto(dialog, QStringLiteral("birthNameField"), QStringLiteral("Bernard"));
        typeInto(dialog, QStringLiteral("birthDateField"), QStringLiteral("12/03/2030"));
        typeInto(dialog, QStringLiteral("nirField"), QStringLiteral("255081416802539"));
        typeInto(dialog, QStringLiteral("weightField"), QStringLiteral("lourd"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);

        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(errorOf(dialog, QStringLiteral("first_names"))->text(), QStringLiteral("Le prénom est obligatoire."));
        EXPECT_EQ(errorOf(dialog, QStringLiteral("birth_date"))->text(),
                  QStringLiteral("La date de naissance ne peut pas être dans le futur (nous sommes le 22/11/2026)."));
        EXPECT_TRUE(errorOf(dialog, QStringLiteral("nir"))->text().startsWith(QStringLiteral("La clé 39 ")));
        EXPECT_EQ(errorOf(dialog, QStringLiteral("sex"))->text(), QStringLiteral("Choisissez le sexe : F ou M."));
        EXPECT_EQ(errorOf(dialog, QStringLiteral("weight_kg"))->text(),
                  QStringLiteral("« lourd » n'est pas un nombre de kilogrammes."));
        EXPECT_TRUE(errorOf(dialog, QStringLiteral("birth_date"))->isVisible());
        screenshot(dialog, QStringLiteral("patient-dialog-refusals"));
        dialog->reject();
    });
    m_window->action(QStringLiteral("newPatientAction"))->trigger();
    EXPECT_EQ(m_store.rows(QStringLiteral("patients")), 0);
}

TEST_F(PatientDialogTest, DuplicateIppIsRefusedBesideTheField)
{
    m_store.addPatient(QStringLiteral("2026000125"));
    whenDialogOpens([](QDialog *dialog) {
        typeInto(dialog, QStringLiteral("ippField"), QStringLiteral("2026000125"));
        typeInto(dialog, QStringLiteral("birthNameField"), QStringLiteral("Petit"));
        typeInto(dialog, QStringLiteral("firstNamesField"), QStringLiteral("Paul"));
        typeInto(dialog, QStringLiteral("birthDateField"), QStringLiteral("01/02/1950"));
        QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("sexMale")), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(errorOf(dialog, QStringLiteral("ipp"))->text(),
                  QStringLiteral("L'IPP 2026000125 est déjà attribué à DUPONT Marie, date de naissance 12/03/1956."));
        dialog->reject();
    });
    m_window->action(QStringLiteral("newPatientAction"))->trigger();
    EXPECT_EQ(m_store.rows(QStringLiteral("patients")), 1);
}

} // namespace
} // namespace smr::test
