// Issue #9 through the dossier: the Documents tab writes a discharge letter, finalises it and
// lists the version; a finalised version reopens read-only. The letterhead and signature dialog
// refuses a wrong FINESS number naming it, writes nothing, then saves.

#include "ui/documents/DocumentsTab.h"
#include "ui/documents/DocumentEditorDialog.h"
#include "ui/documents/DocumentFixture.h"
#include "ui/documents/LetterheadDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/patient/PatientPanel.h"
#include "ui/results/ResultsTab.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>

namespace smr::test {
namespace {

class DocumentsTabTest : public DocumentFixture
{
};

TEST_F(DocumentsTabTest, ADischargeLetterIsWrittenFinalisedAndListedWithItsVersion)
{
    ScriptedPrompter prompter;
    ui::DocumentsTab tab(m_store.store(), prompter);
    tab.show(*m_store->stays().find(m_stay));
    tab.resize(900, 500);
    tab.QWidget::show();
    EXPECT_TRUE(find<QLabel>(&tab, QStringLiteral("documentsEmpty"))->isVisible());

    bool opened = false;
    whenDialogOpens([&](QDialog *dialog) {
        auto *editor = qobject_cast<ui::DocumentEditorDialog *>(dialog);
        ASSERT_NE(editor, nullptr);
        opened = true;
        EXPECT_EQ(find<QLineEdit>(editor, QStringLiteral("documentTitle"))->text(),
                  QStringLiteral("Lettre de liaison — DUPONT Marie"));
        EXPECT_GE(editor->pageCount(), 1);
        screenshot(editor, QStringLiteral("document-editor-letter"), QSize(1400, 900));
        QTest::mouseClick(find<QPushButton>(editor, QStringLiteral("finaliseButton")), Qt::LeftButton);
    });
    QTest::mouseClick(find<QPushButton>(&tab, QStringLiteral("writeDischargeLetter")), Qt::LeftButton);
    ASSERT_TRUE(opened);

    QTreeWidget *list = find<QTreeWidget>(&tab, QStringLiteral("documentList"));
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(0), QStringLiteral("Lettre de liaison — DUPONT Marie"));
    EXPECT_EQ(list->topLevelItem(0)->text(1), QStringLiteral("version 1"));
    EXPECT_EQ(list->topLevelItem(0)->text(2), QStringLiteral("22/11/2026"));
    EXPECT_EQ(list->topLevelItem(0)->text(3), QStringLiteral("Dr Claire Martin"));
    screenshot(&tab, QStringLiteral("documents-tab"), QSize(900, 500));

    // Reopened: read-only, as finalised; "New version" starts the next one.
    whenDialogOpens([&](QDialog *dialog) {
        auto *viewer = qobject_cast<ui::DocumentEditorDialog *>(dialog);
        ASSERT_NE(viewer, nullptr);
        EXPECT_TRUE(viewer->isReadOnly());
        EXPECT_TRUE(find<QTextEdit>(viewer, QStringLiteral("documentText"))->isReadOnly());
        EXPECT_TRUE(find<QLabel>(viewer, QStringLiteral("documentStatus"))
                        ->text()
                        .startsWith(QStringLiteral("Version 1, finalisée par Dr Claire Martin le 22/11/2026")));
        QTest::mouseClick(find<QPushButton>(viewer, QStringLiteral("newVersionButton")), Qt::LeftButton);
        EXPECT_FALSE(viewer->isReadOnly());
        prompter.unsavedAnswer = ui::Prompter::UnsavedChoice::Discard;
        QTest::mouseClick(find<QPushButton>(viewer, QStringLiteral("closeButton")), Qt::LeftButton);
    });
    tab.openSelected();
    EXPECT_EQ(list->topLevelItemCount(), 1) << "discarding the new version wrote nothing";
}

TEST_F(DocumentsTabTest, AResultSheetFromTheResultsDetail)
{
    QSettings settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    ScriptedPrompter prompter;
    ui::MainWindow window(m_store.store(), prompter, settings);
    window.show();
    ASSERT_TRUE(window.openPatient(m_store->stays().find(m_stay)->patientId));
    const QList<TestResult> results = *m_store->results().current(m_stay);
    const auto berg = std::find_if(results.rbegin(), results.rend(),
                                   [](const TestResult &r) { return r.instrument == QLatin1String("berg"); });
    ASSERT_NE(berg, results.rend());

    bool sheet = false;
    whenDialogOpens([&](QDialog *detail) {
        QPushButton *button = find<QPushButton>(detail, QStringLiteral("resultSheetButton"));
        EXPECT_EQ(button->text(), QStringLiteral("&Fiche de résultat…"));
        whenDialogOpens([&](QDialog *d) {
            auto *editor = qobject_cast<ui::DocumentEditorDialog *>(d);
            ASSERT_NE(editor, nullptr);
            sheet = true;
            EXPECT_EQ(find<QLineEdit>(editor, QStringLiteral("documentTitle"))->text(),
                      QStringLiteral("Échelle d'équilibre de Berg — DUPONT Marie — 20/11/2026"));
            QTest::mouseClick(find<QPushButton>(editor, QStringLiteral("closeButton")), Qt::LeftButton);
        });
        QTest::mouseClick(button, Qt::LeftButton);
    });
    window.patientPanel()->results()->openResult(berg->id);
    EXPECT_TRUE(sheet);
}

TEST_F(DocumentsTabTest, WithoutTheRightsTheTextIsReadAndPrintedButNeitherSavedNorFinalised)
{
    m_store.signInAs(m_store.addUser(QStringLiteral("ide"), {Role::Nurse}));
    ScriptedPrompter prompter;
    ui::DocumentEditorDialog editor(m_store.store(), prompter,
                                    DocumentSubject::ofStay(DocumentKind::DischargeLetter, m_stay));
    ASSERT_TRUE(editor.load());
    editor.show();
    QPushButton *save = find<QPushButton>(&editor, QStringLiteral("saveDraftButton"));
    QPushButton *finalise = find<QPushButton>(&editor, QStringLiteral("finaliseButton"));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_EQ(save->toolTip(),
              QStringLiteral("Votre rôle ne donne pas le droit de rédiger les lettres et comptes rendus."));
    EXPECT_FALSE(finalise->isEnabled());
    EXPECT_EQ(finalise->toolTip(),
              QStringLiteral("Votre rôle ne donne pas le droit de finaliser les lettres et comptes rendus."));
    EXPECT_TRUE(find<QPushButton>(&editor, QStringLiteral("printButton"))->isEnabled());
    EXPECT_TRUE(find<QPushButton>(&editor, QStringLiteral("exportPdfButton"))->isEnabled());
    // What cannot be saved is not asked about on closing; nothing was written.
    const QString before = m_store.dumpAll();
    find<QTextEdit>(&editor, QStringLiteral("documentText"))->append(QStringLiteral("Vu."));
    QTest::mouseClick(find<QPushButton>(&editor, QStringLiteral("closeButton")), Qt::LeftButton);
    EXPECT_FALSE(editor.isVisible());
    EXPECT_TRUE(prompter.asked.isEmpty()) << prompter.asked.join(u'|').toStdString();
    EXPECT_EQ(m_store.dumpAll(), before);
}

TEST_F(DocumentsTabTest, TheLetterheadDialogRefusesAWrongFinessAndWritesNothing)
{
    m_store.signInAs(m_store.addUser(QStringLiteral("sec3"), {Role::Secretary}));
    ScriptedPrompter prompter;
    ui::LetterheadDialog dialog(m_store.store(), prompter);
    dialog.show();
    QLineEdit *finess = find<QLineEdit>(&dialog, QStringLiteral("letterheadFiness"));
    finess->clear();
    QTest::keyClicks(finess, QStringLiteral("6900"));
    const QString before = m_store.dumpAll();
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(find<QLabel>(&dialog, QStringLiteral("letterheadErrors"))->text(),
              QStringLiteral("Le numéro FINESS compte 9 caractères : le département (2 chiffres, ou 2A, 2B) puis 7 "
                             "chiffres, par exemple 750712184."));
    EXPECT_EQ(m_store.dumpAll(), before);

    finess->clear();
    QTest::keyClicks(finess, QStringLiteral("690000999"));
    EXPECT_TRUE(dialog.save());
    EXPECT_EQ(m_store->documents().letterhead()->finess, QStringLiteral("690000999"));
    screenshot(&dialog, QStringLiteral("letterhead-dialog"));
}

} // namespace
} // namespace smr::test
