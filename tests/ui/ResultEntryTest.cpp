// Entering results from the dossier's Tests tab: a Berg typed in 14 keystrokes, drafts that
// survive closing the form (and are saved as typed), corrections as new versions, and the change
// since the previous result in the list.

#include "UiTestSupport.h"

#include "ui/main/MainWindow.h"
#include "ui/patient/PatientPanel.h"
#include "ui/results/EntryForm.h"
#include "ui/results/ResultDetailDialog.h"
#include "ui/results/ResultEntryDialog.h"
#include "ui/results/ResultsTab.h"
#include "ui/results/Ticker.h"

#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

class ResultEntryTest : public ::testing::Test
{
protected:
    ResultEntryTest() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        Patient p = TestStore::patient();
        p.heightCm = 165;
        p.weightKg = 70;
        m_patient = *m_store->patients().create(p);
        m_stay = *m_store->stays().open(TestStore::stay(m_patient));
        // The result's author is whoever is signed in.
        m_store.signInAs(m_store.addUser(QStringLiteral("vernet"), {Role::Physician}, QStringLiteral("Dr Vernet")));
        m_window = std::make_unique<ui::MainWindow>(m_store.store(), m_prompter, m_settings);
        m_window->resize(1400, 900);
        m_window->show();
        EXPECT_TRUE(m_window->openPatient(m_patient));
        m_window->patientPanel()->showTab(tab());
    }

    ui::ResultsTab *tab() { return m_window->patientPanel()->results(); }

    void start(const char *instrument)
    {
        QTest::mouseClick(tab()->findChild<QPushButton *>(QStringLiteral("newTest_") + QLatin1String(instrument)),
                          Qt::LeftButton);
    }

    static void typeDigits(QWidget *form, const char *digits)
    {
        for (const char *d = digits; *d; ++d)
            QTest::keyClick(form, Qt::Key(Qt::Key_0 + (*d - '0')));
    }

    QList<TestResult> current() { return *m_store->results().current(m_stay); }
    QList<TestResult> drafts() { return *m_store->results().drafts(m_stay); }

    TestStore m_store;
    ScriptedPrompter m_prompter;
    QSettings m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    PatientId m_patient;
    StayId m_stay;
};

TEST_F(ResultEntryTest, ABergTypedInFourteenKeystrokes)
{
    whenDialogOpens([](QDialog *d) {
        auto *dialog = qobject_cast<ui::ResultEntryDialog *>(d);
        ASSERT_NE(dialog, nullptr);
        typeDigits(dialog->form(), "44344433344322");
        // Item 2 at 4 credits item 3: 48, low fall risk.
        EXPECT_TRUE(dialog->liveSummary().startsWith(QStringLiteral("Berg 48/56 — Risque de chute faible")))
            << dialog->liveSummary().toStdString();
        screenshot(dialog, QStringLiteral("entry-berg"), QSize(1000, 900));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("validateButton")), Qt::LeftButton);
    });
    start("berg");
    ASSERT_EQ(current().size(), 1);
    EXPECT_EQ(current().first().scores.value(QStringLiteral("total")).toInt(), 48);
    EXPECT_EQ(current().first().enteredBy, QStringLiteral("Dr Vernet"));
    EXPECT_TRUE(drafts().isEmpty());
    QTableWidget *list = tab()->resultsList();
    ASSERT_EQ(list->rowCount(), 1);
    EXPECT_EQ(list->item(0, 1)->text(), QStringLiteral("Berg"));
    EXPECT_EQ(list->item(0, 2)->text(), QStringLiteral("48/56\nRisque de chute faible (41–56 : autonome)"));
    screenshot(m_window.get(), QStringLiteral("dossier-tests"), QSize(1400, 900));
}

TEST_F(ResultEntryTest, TheDraftIsSavedAsTypedAndResumed)
{
    whenDialogOpens([this](QDialog *d) {
        auto *dialog = qobject_cast<ui::ResultEntryDialog *>(d);
        typeDigits(dialog->form(), "44344");
        QTest::qWait(600); // the draft is saved shortly after each change, without closing
        ASSERT_EQ(drafts().size(), 1);
        const QJsonArray items = drafts().first().answers.value(QStringLiteral("items")).toArray();
        EXPECT_EQ(items.at(4).toInt(), 4);
        EXPECT_TRUE(items.at(5).isNull());
        dialog->reject(); // closing keeps it
    });
    start("berg");
    ASSERT_EQ(drafts().size(), 1);
    EXPECT_TRUE(current().isEmpty());
    EXPECT_EQ(tab()->draftsList()->count(), 1);

    // Starting the same test again resumes the draft where it was.
    whenDialogOpens([](QDialog *d) {
        auto *dialog = qobject_cast<ui::ResultEntryDialog *>(d);
        const QJsonArray items = dialog->form()->answers().value(QStringLiteral("items")).toArray();
        EXPECT_EQ(items.at(0).toInt(), 4);
        EXPECT_EQ(items.at(2).toInt(), 3);
        EXPECT_TRUE(items.at(5).isNull());
        EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("draftState"))->text(),
                  QStringLiteral("Brouillon repris"));
        dialog->reject();
    });
    start("berg");
    EXPECT_EQ(drafts().size(), 1);
}

TEST_F(ResultEntryTest, ADraftSurvivesTheFormBeingDestroyed)
{
    // As if the application were killed: the dialog goes away without closing.
    {
        const Instrument *berg = m_store->instruments().find(u"berg");
        ui::ManualTicker ticker;
        ui::ResultEntryDialog dialog(m_store->results(), m_store.clock(), ticker, m_prompter,
                                     {berg, *m_store->patients().find(m_patient), *m_store->stays().find(m_stay),
                                      QStringLiteral("Dr Vernet"), std::nullopt, std::nullopt});
        dialog.show();
        typeDigits(dialog.form(), "432");
        QTest::qWait(600);
    }
    ASSERT_EQ(drafts().size(), 1);
    EXPECT_EQ(drafts().first().answers.value(QStringLiteral("items")).toArray().at(2).toInt(), 2);
}

TEST_F(ResultEntryTest, ACorrectionKeepsThePreviousVersionVisible)
{
    TestResult first;
    first.stayId = m_stay;
    first.instrument = QStringLiteral("tug");
    first.performedAt = QDateTime(QDate(2026, 11, 3), QTime(10, 0));
    first.answers = QJsonObject{{QStringLiteral("seconds"), 15.0}};
    first.enteredBy = QStringLiteral("Kiné");
    const TestResult recorded = *m_store->results().record(first);
    tab()->reload();

    whenDialogOpens([](QDialog *detail) {
        EXPECT_TRUE(detail->findChild<QPushButton *>(QStringLiteral("correctButton"))->isEnabled());
        whenDialogOpens([](QDialog *d) {
            auto *dialog = qobject_cast<ui::ResultEntryDialog *>(d);
            ASSERT_NE(dialog, nullptr);
            typeInto(dialog, QStringLiteral("secondsField"), QStringLiteral("11,5"));
            // Without a reason the correction is refused.
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("validateButton")), Qt::LeftButton);
            EXPECT_TRUE(dialog->isVisible());
            EXPECT_TRUE(
                dialog->findChild<QLabel *>(QStringLiteral("formBanner"))->text().contains(QStringLiteral("motif")));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonField"))
                ->setPlainText(QStringLiteral("Chronomètre mal arrêté"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("validateButton")), Qt::LeftButton);
        });
        QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("correctButton")), Qt::LeftButton);
    });
    tab()->openResult(recorded.id);

    ASSERT_EQ(current().size(), 1);
    EXPECT_DOUBLE_EQ(current().first().scores.value(QStringLiteral("seconds")).toDouble(), 11.5);
    EXPECT_EQ(current().first().revision, 2);
    const QList<TestResult> history = *m_store->results().history(recorded.id);
    ASSERT_EQ(history.size(), 2);
    EXPECT_TRUE(history.first().superseded);
    EXPECT_DOUBLE_EQ(history.first().scores.value(QStringLiteral("seconds")).toDouble(), 15.0);
    EXPECT_EQ(history.last().correctionReason, QStringLiteral("Chronomètre mal arrêté"));

    const Instrument *tug = m_store->instruments().find(u"tug");
    ui::ResultDetailDialog detail(*tug, history);
    EXPECT_TRUE(detail.text().contains(QStringLiteral("Chronomètre mal arrêté")));
    EXPECT_TRUE(detail.text().contains(QStringLiteral("Version 1")));
    screenshot(&detail, QStringLiteral("result-detail-versions"), QSize(760, 640));
}

TEST_F(ResultEntryTest, TheListShowsTheChangeSinceThePreviousResult)
{
    const auto tug = [this](int day, double seconds) {
        TestResult r;
        r.stayId = m_stay;
        r.instrument = QStringLiteral("tug");
        r.performedAt = QDateTime(QDate(2026, 11, day), QTime(10, 0));
        r.answers = QJsonObject{{QStringLiteral("seconds"), seconds}};
        r.enteredBy = QStringLiteral("Kiné");
        ASSERT_TRUE(m_store->results().record(r));
    };
    tug(3, 16.0);
    tug(10, 14.5);
    tug(17, 12.0);
    tab()->reload();
    QTableWidget *list = tab()->resultsList();
    ASSERT_EQ(list->rowCount(), 3);
    // The most recent first: −2.5 s since the previous (below the 3.2 s MDC), −4 s since the first.
    EXPECT_EQ(list->item(0, 3)->text(), QStringLiteral("depuis le précédent : -2,5 s ▲ amélioration (sous la MDC)\n"
                                                       "depuis le premier : -4,0 s ▲ amélioration (MDC atteinte)"));
    EXPECT_EQ(list->item(1, 3)->text(), QStringLiteral("depuis le précédent : -1,5 s ▲ amélioration (sous la MDC)"));
    EXPECT_TRUE(list->item(2, 3)->text().isEmpty());
}

TEST_F(ResultEntryTest, ARefusedDateKeepsTheDialogOpenAndWritesNoResult)
{
    whenDialogOpens([](QDialog *d) {
        auto *dialog = qobject_cast<ui::ResultEntryDialog *>(d);
        typeInto(dialog, QStringLiteral("performedDateField"), QStringLiteral("01/11/2026"));
        typeInto(dialog, QStringLiteral("secondsField"), QStringLiteral("9,8"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("validateButton")), Qt::LeftButton);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("formBanner"))->text(),
                  QStringLiteral("Le test ne peut pas être daté d'avant l'admission (02/11/2026)."));
        dialog->reject();
    });
    start("tug");
    EXPECT_TRUE(current().isEmpty());
}

} // namespace
} // namespace smr::test
