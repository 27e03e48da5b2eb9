// Issue #9: the documents as printed. pdftotext of each PDF holds the key facts and no
// placeholder; the page counts; the charts are vectors (no raster image but the logo); the
// letterhead changed in the settings shows in an open editor at once, without a restart.

#include "core/documents/DocumentComposer.h"
#include "ui/documents/DocumentEditorDialog.h"
#include "ui/documents/DocumentFixture.h"
#include "ui/documents/DocumentPreview.h"
#include "ui/documents/DocumentRenderer.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTextEdit>

namespace smr::test {
namespace {

using ui::DocumentRenderer;

class DocumentPdfTest : public DocumentFixture
{
protected:
    DocumentContent composed(const DocumentSubject &subject)
    {
        return test::composed(m_store.store(), subject, QStringLiteral("cmartin"));
    }
};

TEST_F(DocumentPdfTest, TheDischargeLetterSaysWhatTheReferrerAndTheGpNeedOnTwoPages)
{
    const DocumentContent content = composed(DocumentSubject::ofStay(DocumentKind::DischargeLetter, m_stay));
    EXPECT_EQ(content.charts.size(), 3) << "Berg, Oswestry and TUG were measured twice";
    DocumentRenderer renderer(content);
    const DocumentRenderer::Pdf pdf = renderer.pdf();
    const PdfText read = this->read(pdf.bytes, QStringLiteral("document-discharge-letter"));
    EXPECT_EQ(read.pages, pdf.pages);
    EXPECT_GE(read.pages, 2);
    EXPECT_LE(read.pages, 3);
    const QString &t = read.text;
    for (const char *fact : {"Centre de rééducation des Tilleuls",
                             "FINESS 690000123",
                             "69003 Lyon", // the letterhead
                             "Lettre de liaison — DUPONT Marie",
                             "Dr Rousseau (rhumatologue)",
                             "médecin adresseur ; Dr Jean Lefèvre", // French puts a space before ";"
                             "DUPONT Marie — F, 70 ans, née le 12/03/1956, IPP",
                             "du 02/11/2026 au 29/11/2026", // the stay
                             "30/56",
                             "41/56",
                             "16,2 s",
                             "12,1 s", // admission → discharge
                             "MDC",    // the change's mark
                             "auto-exercices",
                             "arrêt de travail depuis le 15/06/2026", // recommendations
                             "entre le 28/02/2027 et le 29/05/2027",  // follow-up at 3–6 months
                             "Dr Claire Martin",
                             "Médecin MPR",
                             "RPPS 10101234567", // the signature block
                             "Document confidentiel — secret médical",
                             "Page 1/"}) {
        EXPECT_TRUE(t.contains(QString::fromUtf8(fact))) << fact << " missing in:\n" << t.toStdString();
    }
    expectNoPlaceholder(t);
    // The logo, once a page, is the only raster image: the three charts are vectors.
    EXPECT_EQ(rasterImages(pdf.bytes), read.pages);
}

TEST_F(DocumentPdfTest, TheAdmissionReportComesFromTheSignedAssessmentAndTheBaselineTests)
{
    const DocumentContent content = composed(DocumentSubject::ofStay(DocumentKind::AdmissionReport, m_stay));
    const DocumentRenderer::Pdf pdf = DocumentRenderer(content).pdf();
    const PdfText read = this->read(pdf.bytes, QStringLiteral("document-admission-report"));
    EXPECT_GE(read.pages, 1);
    EXPECT_LE(read.pages, 3);
    for (const char *fact :
         {"Bilan d'admission — DUPONT Marie", "Lombalgie chronique, échec du traitement ambulatoire", "Paracétamol",
          "4 au repos, 7 à l'effort", "Aide-soignante", "Aucun drapeau rouge", "Restauration fonctionnelle du rachis",
          "FC max 120/min", "30/56", "16,2 s", "Bilan signé par Dr Claire Martin le 22/11/2026", "RPPS 10101234567"}) {
        EXPECT_TRUE(read.text.contains(QString::fromUtf8(fact))) << fact << " missing in:\n" << read.text.toStdString();
    }
    // The baseline is the first result: the later Berg is not in the admission report.
    EXPECT_FALSE(read.text.contains(QStringLiteral("41/56")));
    expectNoPlaceholder(read.text);
}

TEST_F(DocumentPdfTest, AnAdmissionReportNeedsASignedAssessment)
{
    const Result<StayId> other = m_store->stays().open(TestStore::stay(m_store.addPatient(QStringLiteral("IPP002"))));
    ASSERT_TRUE(other);
    const Result<DocumentContent> refused =
        DocumentComposer::compose(m_store.store(), DocumentSubject::ofStay(DocumentKind::AdmissionReport, *other));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().text(),
              QStringLiteral("Le bilan d'admission se rédige à partir du bilan signé : signez-le d'abord."));
}

TEST_F(DocumentPdfTest, TheResultSheetGivesTheScoresTheAnswersAndTheSource)
{
    const QList<TestResult> results = *m_store->results().current(m_stay);
    const auto berg = std::find_if(results.rbegin(), results.rend(),
                                   [](const TestResult &r) { return r.instrument == QLatin1String("berg"); });
    ASSERT_NE(berg, results.rend());
    const DocumentContent content = composed(DocumentSubject::ofResult(berg->id, m_stay));
    const DocumentRenderer::Pdf pdf = DocumentRenderer(content).pdf();
    const PdfText read = this->read(pdf.bytes, QStringLiteral("document-result-sheet"));
    EXPECT_EQ(read.pages, 1);
    for (const char *fact :
         {"Échelle d'équilibre de Berg", "20/11/2026", "41", "Depuis le 03/11/2026", "+11", "1. ", "14. ", "Berg KO"}) {
        EXPECT_TRUE(read.text.contains(QString::fromUtf8(fact))) << fact << " missing in:\n" << read.text.toStdString();
    }
    expectNoPlaceholder(read.text);
}

TEST_F(DocumentPdfTest, ALetterheadChangedInTheSettingsShowsInAnOpenEditorAtOnce)
{
    ScriptedPrompter prompter;
    ui::DocumentEditorDialog editor(m_store.store(), prompter,
                                    DocumentSubject::ofStay(DocumentKind::DischargeLetter, m_stay));
    ASSERT_TRUE(editor.load());
    editor.resize(1400, 900);
    editor.show();
    EXPECT_TRUE(DocumentRenderer(editor.content()).pdf().bytes.size() > 0);
    EXPECT_EQ(editor.content().letterhead.name, QStringLiteral("Centre de rééducation des Tilleuls"));

    // The secretary renames the establishment while the letter is open.
    m_store.signInAs(m_store.addUser(QStringLiteral("sec2"), {Role::Secretary}));
    Letterhead l = *m_store->documents().letterhead();
    l.name = QStringLiteral("Clinique du Parc");
    ASSERT_TRUE(m_store->documents().setLetterhead(l));
    m_store.signInAs(m_physician);

    EXPECT_EQ(editor.content().letterhead.name, QStringLiteral("Clinique du Parc"));
    const PdfText read = this->read(DocumentRenderer(editor.content()).pdf().bytes, QStringLiteral("document-renamed"));
    EXPECT_TRUE(read.text.contains(QStringLiteral("Clinique du Parc"))) << read.text.toStdString();
    EXPECT_FALSE(read.text.contains(QStringLiteral("Centre de rééducation des Tilleuls")));
    screenshot(&editor, QStringLiteral("document-editor"), QSize(1400, 900));
}

TEST_F(DocumentPdfTest, TheTextIsEditedSavedAsADraftThenFinalisedAsVersionOne)
{
    ScriptedPrompter prompter;
    const DocumentSubject subject = DocumentSubject::ofStay(DocumentKind::DischargeLetter, m_stay);
    {
        ui::DocumentEditorDialog editor(m_store.store(), prompter, subject);
        ASSERT_TRUE(editor.load());
        editor.show();
        auto *text = editor.findChild<QTextEdit *>(QStringLiteral("documentText"));
        ASSERT_NE(text, nullptr);
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral("Reprise du sport en club possible."));
        EXPECT_TRUE(editor.isDirty());
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("saveDraftButton")), Qt::LeftButton);
        EXPECT_FALSE(editor.isDirty());
    }
    const Result<std::optional<DocumentDraft>> draft = m_store->documents().draft(subject);
    ASSERT_TRUE(draft && draft->has_value());

    ui::DocumentEditorDialog editor(m_store.store(), prompter, subject);
    ASSERT_TRUE(editor.load());
    editor.show();
    EXPECT_TRUE(editor.findChild<QTextEdit *>(QStringLiteral("documentText"))
                    ->toPlainText()
                    .contains(QStringLiteral("Reprise du sport en club possible.")));
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("finaliseButton")), Qt::LeftButton);
    const Result<QList<FinalDocument>> versions = m_store->documents().versions(subject);
    ASSERT_TRUE(versions);
    ASSERT_EQ(versions->size(), 1);
    const FinalDocument stored = *m_store->documents().find(versions->first().id);
    EXPECT_EQ(stored.documentVersion, 1);
    const PdfText read = this->read(stored.pdf, QStringLiteral("document-finalised"));
    EXPECT_TRUE(read.text.contains(QStringLiteral("Reprise du sport en club possible."))) << read.text.toStdString();
    EXPECT_EQ(read.pages, stored.pages);
    EXPECT_TRUE(prompter.asked.join(QLatin1Char('\n')).contains(QStringLiteral("version 1")))
        << prompter.asked.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(m_store->documents().draft(subject)->has_value());
}

} // namespace
} // namespace smr::test
