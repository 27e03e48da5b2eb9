// The on-call notes dialog (issue #9), opened from the main window's Stay menu for the stay
// shown: prefilled from the admission assessment, typed and saved with Ctrl+S, refusals under
// their field, unsaved changes asked about on close, read-only for a physiotherapist.

#include "UiTestSupport.h"

#include "ui/main/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

class OnCallNotesUiTest : public ::testing::Test
{
protected:
    OnCallNotesUiTest() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        m_store.signInLocal();
        m_patient = m_store.addPatient();
        const Result<StayId> stay = m_store->stays().open(TestStore::stay(m_patient));
        EXPECT_TRUE(stay);
        m_stay = stay ? *stay : StayId();
        AdmissionAssessment a;
        a.stayId = m_stay;
        a.comorbidities = QStringLiteral("Diabète de type 2 sous insuline");
        a.treatments = QStringLiteral("Insuline glargine 20 UI le soir");
        EXPECT_TRUE(m_store->assessments().save(a));
        m_physician = m_store.addUser(QStringLiteral("vernet"), {Role::Physician}, QStringLiteral("Dr Vernet"));
        m_store.signInAs(m_physician);
    }

    void showWindow()
    {
        m_window = std::make_unique<ui::MainWindow>(m_store.store(), m_prompter, m_settings);
        m_window->resize(1400, 860);
        m_window->show();
        ASSERT_TRUE(m_window->openPatient(m_patient));
    }

    QAction *action() { return m_window->action(QStringLiteral("onCallNotesAction")); }

    static QPlainTextEdit *field(QDialog *dialog, const QString &name) { return find<QPlainTextEdit>(dialog, name); }

    static void type(QDialog *dialog, const QString &name, const QString &text)
    {
        QPlainTextEdit *edit = field(dialog, name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    std::optional<OnCallNotes> stored()
    {
        const Result<std::optional<OnCallNotes>> n = m_store->onCall().find(m_stay);
        EXPECT_TRUE(n);
        return n ? *n : std::nullopt;
    }

    TestStore m_store;
    ScriptedPrompter m_prompter;
    QSettings m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    PatientId m_patient;
    StayId m_stay;
    User m_physician;
};

TEST_F(OnCallNotesUiTest, PrefilledTypedAndSavedWithCtrlS)
{
    showWindow();
    ASSERT_TRUE(action()->isEnabled());
    EXPECT_EQ(action()->text(), QStringLiteral("Consignes d'astrein&te…"));
    whenDialogOpens([](QDialog *dialog) {
        EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Consignes d'astreinte — DUPONT Marie"));
        EXPECT_TRUE(find<QLabel>(dialog, QStringLiteral("onCallIntro"))->text().contains(QStringLiteral("préremplies")))
            << find<QLabel>(dialog, QStringLiteral("onCallIntro"))->text().toStdString();
        EXPECT_EQ(field(dialog, QStringLiteral("medicalIssuesField"))->toPlainText(),
                  QStringLiteral("Diabète de type 2 sous insuline"));
        EXPECT_EQ(field(dialog, QStringLiteral("treatmentsField"))->toPlainText(),
                  QStringLiteral("Insuline glargine 20 UI le soir"));
        EXPECT_EQ(field(dialog, QStringLiteral("instructionsField"))->placeholderText(),
                  QStringLiteral("Ex. : Si douleur thoracique : ECG, appel du 15"));
        screenshot(dialog, QStringLiteral("on-call-notes-dialog"), QSize(700, 560));
        type(dialog, QStringLiteral("instructionsField"),
             QStringLiteral("Si hypoglycemie : resucrage, controle a 30 min"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    action()->trigger();

    const std::optional<OnCallNotes> saved = stored();
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->version, 1);
    EXPECT_EQ(saved->medicalIssues, QStringLiteral("Diabète de type 2 sous insuline"));
    EXPECT_EQ(saved->instructions, QStringLiteral("Si hypoglycemie : resucrage, controle a 30 min"));
    EXPECT_EQ(saved->updatedBy, QStringLiteral("Dr Vernet"));

    // Opened again: the saved notes, who saved them, nothing prefilled.
    whenDialogOpens([](QDialog *dialog) {
        EXPECT_EQ(field(dialog, QStringLiteral("instructionsField"))->toPlainText(),
                  QStringLiteral("Si hypoglycemie : resucrage, controle a 30 min"));
        EXPECT_TRUE(find<QLabel>(dialog, QStringLiteral("onCallStatus"))
                        ->text()
                        .startsWith(QStringLiteral("Enregistrées par Dr Vernet le 22/11/2026 à ")))
            << find<QLabel>(dialog, QStringLiteral("onCallStatus"))->text().toStdString();
        QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("cancelButton")), Qt::LeftButton);
    });
    action()->trigger();
    EXPECT_TRUE(m_prompter.asked.isEmpty()) << "nothing changed: no question";
}

TEST_F(OnCallNotesUiTest, TooLongIsSaidUnderTheFieldAndUnsavedChangesAreAskedAbout)
{
    showWindow();
    const QString before = m_store.dumpAll();
    whenDialogOpens([this](QDialog *dialog) {
        field(dialog, QStringLiteral("treatmentsField"))->setPlainText(QString(2001, QLatin1Char('x')));
        auto *error = find<QLabel>(dialog, QStringLiteral("treatmentsError"));
        EXPECT_TRUE(error->isVisible());
        EXPECT_EQ(error->text(),
                  QStringLiteral("Les traitements à surveiller sont trop longs (2001 caractères ; au plus 2000)."));
        screenshot(dialog, QStringLiteral("on-call-notes-too-long"), QSize(700, 600));
        QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
        EXPECT_TRUE(dialog->isVisible()) << "refused: the dialog keeps the text";
        EXPECT_EQ(field(dialog, QStringLiteral("treatmentsField"))->toPlainText().size(), 2001);

        // Closing: the question first. "Cancel" stays; "Discard" closes without saving.
        m_prompter.unsavedAnswer = ui::Prompter::UnsavedChoice::Cancel;
        dialog->close();
        EXPECT_TRUE(dialog->isVisible());
        m_prompter.unsavedAnswer = ui::Prompter::UnsavedChoice::Discard;
        QTest::keyClick(dialog, Qt::Key_Escape);
        EXPECT_FALSE(dialog->isVisible());
    });
    action()->trigger();
    ASSERT_EQ(m_prompter.asked.size(), 2);
    EXPECT_EQ(m_prompter.asked.first(), QStringLiteral("Les consignes d'astreinte de DUPONT Marie"));
    EXPECT_EQ(m_store.dumpAll(), before) << "nothing was written";
}

TEST_F(OnCallNotesUiTest, AnsweringSaveOnCloseSaves)
{
    showWindow();
    m_prompter.unsavedAnswer = ui::Prompter::UnsavedChoice::Save;
    whenDialogOpens([](QDialog *dialog) {
        type(dialog, QStringLiteral("medicalIssuesField"), QStringLiteral("Fibrillation atriale"));
        QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("cancelButton")), Qt::LeftButton);
    });
    action()->trigger();
    ASSERT_TRUE(stored());
    EXPECT_EQ(stored()->medicalIssues, QStringLiteral("Fibrillation atriale"));
}

TEST_F(OnCallNotesUiTest, APhysiotherapistReadsThemWithoutWriting)
{
    OnCallNotes notes;
    notes.stay = m_stay;
    notes.medicalIssues = QStringLiteral("Fibrillation atriale");
    ASSERT_TRUE(m_store->onCall().save(notes, 0));
    m_store.signInLocal();
    m_store.signInAs(m_store.addUser(QStringLiteral("kine"), {Role::Physiotherapist}));
    showWindow();
    ASSERT_TRUE(action()->isEnabled());
    whenDialogOpens([](QDialog *dialog) {
        EXPECT_TRUE(field(dialog, QStringLiteral("medicalIssuesField"))->isReadOnly());
        EXPECT_EQ(field(dialog, QStringLiteral("medicalIssuesField"))->toPlainText(),
                  QStringLiteral("Fibrillation atriale"));
        EXPECT_FALSE(find<QPushButton>(dialog, QStringLiteral("saveButton"))->isEnabled());
        EXPECT_TRUE(
            find<QLabel>(dialog, QStringLiteral("onCallStatus"))->text().contains(QStringLiteral("Seul un médecin")));
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    action()->trigger();
}

TEST_F(OnCallNotesUiTest, OnlyForAnOpenStay)
{
    m_store.signInLocal();
    ASSERT_TRUE(m_store->stays().close(m_stay, TestStore::today()));
    m_store.signInAs(m_physician);
    showWindow();
    EXPECT_FALSE(action()->isEnabled());
}

} // namespace
} // namespace smr::test
