// Issue #4, "Concurrent edits", as the user meets them: a form saved over a record that another
// workstation saved meanwhile shows both versions, the user chooses, and the save goes over the
// newer version without losing what either side typed. The other workstation is a second
// connection to the same database.

#include "UiTestSupport.h"

#include "core/audit/ChangeWatcher.h"
#include "ui/audit/ConflictDialog.h"
#include "ui/census/CensusModel.h"
#include "ui/census/CensusPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/patient/OverviewTab.h"
#include "ui/patient/PatientDialog.h"
#include "ui/patient/PatientPanel.h"
#include "ui/stay/StayDialog.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

void click(QWidget *root, const QString &name)
{
    auto *button = root->findChild<QAbstractButton *>(name);
    ASSERT_NE(button, nullptr) << name.toStdString();
    QTest::mouseClick(button, Qt::LeftButton);
}

QString textOf(QWidget *root, const QString &name)
{
    auto *label = root->findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no %1>").arg(name);
}

QString fieldText(QWidget *root, const QString &name)
{
    auto *edit = root->findChild<QLineEdit *>(name);
    return edit ? edit->text() : QStringLiteral("<no %1>").arg(name);
}

class ConflictUiTest : public ::testing::Test
{
protected:
    ConflictUiTest()
    {
        m_patient = m_store.addPatient();
        m_stay = *m_store->stays().open(TestStore::stay(m_patient));
        m_other = m_store.openAnother();
        m_base = *m_store->patients().find(m_patient);
        // The other workstation changes the weight and the GP while this one edits.
        Patient theirs = *m_other->patients().find(m_patient);
        theirs.weightKg = 80;
        theirs.generalPractitioner = QStringLiteral("Dr Leroy");
        m_theirs = theirs;
    }

    // The identity form open on the version read before the other workstation saved; this
    // workstation types a height and another GP.
    std::unique_ptr<ui::PatientDialog> editedForm()
    {
        auto dialog = std::make_unique<ui::PatientDialog>(m_store->patients(), m_store.clock(), m_base);
        dialog->show();
        EXPECT_TRUE(m_other->patients().update(m_theirs));
        typeInto(dialog.get(), QStringLiteral("heightField"), QStringLiteral("170"));
        typeInto(dialog.get(), QStringLiteral("gpField"), QStringLiteral("Dr Morel"));
        return dialog;
    }

    TestStore m_store;
    std::unique_ptr<Store> m_other;
    PatientId m_patient;
    StayId m_stay;
    Patient m_base;
    Patient m_theirs;
};

TEST_F(ConflictUiTest, BothVersionsAreShownAndTheChoiceIsSavedOverTheNewerOne)
{
    std::unique_ptr<ui::PatientDialog> form = editedForm();
    bool shown = false;
    whenDialogOpens([&](QDialog *d) {
        shown = true;
        EXPECT_EQ(d->objectName(), QStringLiteral("conflictDialog"));
        EXPECT_EQ(textOf(d, QStringLiteral("conflictTitle")),
                  QStringLiteral("Pendant votre saisie, un autre poste a enregistré une modification de l'identité "
                                 "de DUPONT Marie."));
        EXPECT_EQ(textOf(d, QStringLiteral("keptTheirs")),
                  QStringLiteral("Gardé comme l'autre poste l'a enregistré :\n• Poids (kg) : 80"));
        EXPECT_EQ(textOf(d, QStringLiteral("keptMine")),
                  QStringLiteral("Gardé comme vous l'avez saisi :\n• Taille (cm) : 170"));
        auto *mine = d->findChild<QRadioButton *>(QStringLiteral("general_practitioner_mine"));
        auto *theirs = d->findChild<QRadioButton *>(QStringLiteral("general_practitioner_theirs"));
        ASSERT_NE(mine, nullptr);
        ASSERT_NE(theirs, nullptr);
        EXPECT_EQ(mine->text(), QStringLiteral("Dr Morel"));
        EXPECT_EQ(theirs->text(), QStringLiteral("Dr Leroy"));
        EXPECT_TRUE(mine->isChecked());
        screenshot(d, QStringLiteral("conflict"));
        theirs->setChecked(true);
        click(d, QStringLiteral("saveMergedButton"));
    });
    click(form.get(), QStringLiteral("saveButton"));
    EXPECT_TRUE(shown);
    EXPECT_EQ(form->result(), QDialog::Accepted);
    const Patient saved = *m_other->patients().find(m_patient);
    EXPECT_EQ(saved.weightKg, 80);
    EXPECT_EQ(saved.heightCm, 170);
    EXPECT_EQ(saved.generalPractitioner, QStringLiteral("Dr Leroy"));
}

TEST_F(ConflictUiTest, BackToTheFormShowsTheMergedValuesToCheckBeforeSaving)
{
    std::unique_ptr<ui::PatientDialog> form = editedForm();
    whenDialogOpens([](QDialog *d) { click(d, QStringLiteral("reviewButton")); });
    click(form.get(), QStringLiteral("saveButton"));
    ASSERT_TRUE(form->isVisible());
    EXPECT_EQ(fieldText(form.get(), QStringLiteral("weightField")), QStringLiteral("80"));
    EXPECT_EQ(fieldText(form.get(), QStringLiteral("heightField")), QStringLiteral("170"));
    EXPECT_EQ(fieldText(form.get(), QStringLiteral("gpField")), QStringLiteral("Dr Morel"));
    // Nothing saved yet; the user adjusts the weight and saves over the newer version.
    EXPECT_EQ(m_other->patients().find(m_patient)->heightCm, std::nullopt);
    typeInto(form.get(), QStringLiteral("weightField"), QStringLiteral("79,5"));
    click(form.get(), QStringLiteral("saveButton"));
    EXPECT_EQ(form->result(), QDialog::Accepted);
    const Patient saved = *m_other->patients().find(m_patient);
    EXPECT_EQ(saved.weightKg, 79.5);
    EXPECT_EQ(saved.heightCm, 170);
    EXPECT_EQ(saved.generalPractitioner, QStringLiteral("Dr Morel"));
}

TEST_F(ConflictUiTest, CancellingKeepsWhatWasTypedAndWritesNothing)
{
    std::unique_ptr<ui::PatientDialog> form = editedForm();
    const QString before = m_store.dumpAll();
    whenDialogOpens([](QDialog *d) { click(d, QStringLiteral("cancelButton")); });
    click(form.get(), QStringLiteral("saveButton"));
    ASSERT_TRUE(form->isVisible());
    EXPECT_EQ(fieldText(form.get(), QStringLiteral("heightField")), QStringLiteral("170"));
    EXPECT_EQ(fieldText(form.get(), QStringLiteral("gpField")), QStringLiteral("Dr Morel"));
    EXPECT_TRUE(textOf(form.get(), QStringLiteral("formBanner")).contains(QStringLiteral("modifié")))
        << textOf(form.get(), QStringLiteral("formBanner")).toStdString();
    EXPECT_EQ(m_store.dumpAll(), before);
}

TEST_F(ConflictUiTest, AStayChangedOnBothSidesOnDifferentFieldsKeepsBoth)
{
    const Stay base = *m_store->stays().find(m_stay);
    ui::StayDialog form(m_store->stays(), m_store.clock(), m_base, m_store.units(), base);
    form.show();
    Stay theirs = *m_other->stays().find(m_stay);
    theirs.referrerName = QStringLiteral("Dr Roux");
    ASSERT_TRUE(m_other->stays().update(theirs));
    typeInto(&form, QStringLiteral("physicianField"), QStringLiteral("Dr Vernet"));
    whenDialogOpens([](QDialog *d) {
        EXPECT_TRUE(d->findChildren<QRadioButton *>().isEmpty());
        EXPECT_EQ(textOf(d, QStringLiteral("keptTheirs")),
                  QStringLiteral("Gardé comme l'autre poste l'a enregistré :\n• Nom de l’adresseur : Dr Roux"));
        click(d, QStringLiteral("saveMergedButton"));
    });
    click(&form, QStringLiteral("saveButton"));
    EXPECT_EQ(form.result(), QDialog::Accepted);
    const Stay saved = *m_other->stays().find(m_stay);
    EXPECT_EQ(saved.referrerName, QStringLiteral("Dr Roux"));
    EXPECT_EQ(saved.coordinatingPhysician, QStringLiteral("Dr Vernet"));
}

class NotesConflictTest : public ConflictUiTest
{
protected:
    NotesConflictTest() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        m_window = std::make_unique<ui::MainWindow>(m_store.store(), m_prompter, m_settings);
        m_window->resize(1200, 800);
        m_window->show();
        EXPECT_TRUE(m_window->openPatient(m_patient));
    }

    void typeNotes(const QString &text)
    {
        QPlainTextEdit *editor = m_window->patientPanel()->overview()->notesEditor();
        editor->setFocus();
        QTest::keyClicks(editor, text);
    }

    ScriptedPrompter m_prompter;
    QSettings m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(NotesConflictTest, NotesTypedOnBothWorkstationsCanBothBeKept)
{
    typeNotes(QStringLiteral("Vit seule."));
    Patient theirs = *m_other->patients().find(m_patient);
    theirs.notes = QStringLiteral("Allergie iode.");
    ASSERT_TRUE(m_other->patients().update(theirs));
    whenDialogOpens([](QDialog *d) {
        auto *both = d->findChild<QRadioButton *>(QStringLiteral("notes_both"));
        ASSERT_NE(both, nullptr);
        both->setChecked(true);
        click(d, QStringLiteral("saveMergedButton"));
    });
    m_window->action(QStringLiteral("saveNotesAction"))->trigger();
    EXPECT_EQ(m_other->patients().find(m_patient)->notes, QStringLiteral("Allergie iode.\n\nVit seule."));
    EXPECT_FALSE(m_window->patientPanel()->hasUnsavedChanges());
    EXPECT_TRUE(m_prompter.errors.isEmpty()) << m_prompter.errors.join(QLatin1Char('\n')).toStdString();
}

// A refresh (another workstation's save arriving) shows the newer version but keeps the notes
// being typed; saving them then must not silently replace what was saved meanwhile.
TEST_F(NotesConflictTest, ADraftKeptAcrossARefreshIsNotSavedOverTheNewerVersionUnseen)
{
    typeNotes(QStringLiteral("Vit seule."));
    ASSERT_TRUE(m_other->patients().update(m_theirs));
    m_window->patientPanel()->refresh();
    EXPECT_EQ(m_window->patientPanel()->overview()->notes(), QStringLiteral("Vit seule."));
    bool shown = false;
    whenDialogOpens([&shown](QDialog *d) {
        shown = true;
        EXPECT_TRUE(textOf(d, QStringLiteral("keptTheirs")).contains(QStringLiteral("Poids (kg) : 80")));
        EXPECT_TRUE(textOf(d, QStringLiteral("keptMine")).contains(QStringLiteral("Notes : Vit seule.")));
        click(d, QStringLiteral("saveMergedButton"));
    });
    m_window->action(QStringLiteral("saveNotesAction"))->trigger();
    EXPECT_TRUE(shown);
    const Patient saved = *m_other->patients().find(m_patient);
    EXPECT_EQ(saved.notes, QStringLiteral("Vit seule."));
    EXPECT_EQ(saved.weightKg, 80);
    EXPECT_EQ(saved.generalPractitioner, QStringLiteral("Dr Leroy"));
}

// Live updates: what another workstation saves appears in this window's list and dossier
// within two seconds, without touching the notes being typed.
TEST_F(NotesConflictTest, AnotherWorkstationsSavesAppearWithinTwoSeconds)
{
    ASSERT_TRUE(m_store->changes().start(std::chrono::milliseconds(200)));
    typeNotes(QStringLiteral("En cours de saisie"));
    const int rows = m_window->census()->model()->rowCount();
    Patient theirs = *m_other->patients().find(m_patient);
    theirs.birthName = QStringLiteral("Durand");
    ASSERT_TRUE(m_other->patients().update(theirs));
    QElapsedTimer waited;
    waited.start();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->patientPanel()->patient()->birthName == QStringLiteral("Durand"), 2000);
    EXPECT_LT(waited.elapsed(), 2000);
    EXPECT_EQ(m_window->patientPanel()->overview()->notes(), QStringLiteral("En cours de saisie"));
    EXPECT_EQ(m_window->census()->model()->rowCount(), rows);
    m_store->changes().stop();
}

} // namespace
} // namespace smr::test
