// Issue #9, the unit's documents as a physician reaches them: Unit › On-call sheet… (the unit and
// the day, then the editor), the weekly meeting window's Minutes… once the meeting is closed, and
// a test's Result sheet… from its detail. Their PDFs: the key facts, no placeholder, the pages.
// What the user reads is checked in French.

#include "core/documents/DocumentComposer.h"
#include "core/meetings/MeetingFixture.h"
#include "ui/UiTestSupport.h"
#include "ui/common/DateField.h"
#include "ui/documents/DocumentEditorDialog.h"
#include "ui/documents/DocumentRenderer.h"
#include "ui/documents/PdfText.h"
#include "ui/main/MainWindow.h"
#include "ui/meeting/MeetingWindow.h"
#include "ui/oncall/OnCallSheetDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace smr::test {
namespace {

class UnitDocumentsTest : public MeetingFixture
{
protected:
    void SetUp() override
    {
        MeetingFixture::SetUp();
        Letterhead l;
        l.name = QStringLiteral("Centre de rééducation des Tilleuls");
        l.address = QStringLiteral("12 avenue des Tilleuls\n69003 Lyon");
        l.finess = QStringLiteral("690000123");
        db.signInLocal();
        ASSERT_TRUE(db->documents().setLetterhead(l));
        db.signInAs(physician);
        notes(QStringLiteral("Arnaud"), QStringLiteral("Fibrillation atriale ; diabète de type 2"),
              QStringLiteral("Apixaban 5 mg matin et soir"),
              QStringLiteral("Si douleur thoracique : ECG, appel du 15"));
    }

    void notes(const QString &name, const QString &issues, const QString &treatments, const QString &instructions)
    {
        OnCallNotes n;
        n.stay = cohort.stays.value(name);
        n.medicalIssues = issues;
        n.treatments = treatments;
        n.instructions = instructions;
        const Result<OnCallNotes> saved = db->onCall().save(n, 0);
        ASSERT_TRUE(saved) << saved.failure().text().toStdString();
    }

    PdfText read(const DocumentContent &content, const QString &name)
    {
        const ui::DocumentRenderer::Pdf pdf = ui::DocumentRenderer(content).pdf();
        PdfText out = readPdf(pdf.bytes, name);
        EXPECT_EQ(out.pages, pdf.pages);
        return out;
    }

    DocumentContent composed(const DocumentSubject &subject) { return test::composed(db.store(), subject); }

    // `count` more patients in progress in the locomoteur unit, each with on-call notes as long
    // as a physician writes them.
    void addPatientsWithNotes(int count)
    {
        for (int i = 0; i < count; ++i) {
            Patient p = TestStore::patient(QStringLiteral("IPP9%1").arg(i, 3, 10, QLatin1Char('0')));
            p.birthName = QStringLiteral("PATIENT%1").arg(QChar(u'A' + i));
            const Result<PatientId> patient = db->patients().create(p);
            ASSERT_TRUE(patient) << patient.failure().text().toStdString();
            Stay s = TestStore::stay(*patient);
            s.admissionDate = QDate(2026, 11, 2 + i % 15);
            const Result<StayId> stay = db->stays().open(s);
            ASSERT_TRUE(stay) << stay.failure().text().toStdString();
            cohort.stays.insert(p.birthName, *stay);
            notes(p.birthName,
                  QStringLiteral("Lombalgie chronique opérée (arthrodèse L4-L5 en 2024) ; HTA ; syndrome anxieux"),
                  QStringLiteral("Tramadol 50 mg si EVA > 6, maximum 4 par jour\nBisoprolol 5 mg le matin"),
                  QStringLiteral("Si EVA > 8 malgré le tramadol : appeler l'interne de garde\nSi chute : examen "
                                 "neurologique, radiographie si douleur osseuse"));
        }
    }

    QTemporaryDir m_dir;
};

TEST_F(UnitDocumentsTest, TheOnCallSheetFromTheUnitMenuForTheUnitAndTheDayChosen)
{
    QSettings settings(db.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    ScriptedPrompter prompter;
    ui::MainWindow window(db.store(), prompter, settings);
    window.show();
    QAction *action = window.action(QStringLiteral("onCallSheetAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->text(), QStringLiteral("Fiche d'a&streinte…"));
    EXPECT_EQ(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    EXPECT_TRUE(action->isEnabled());
    QStringList unitMenu;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->text() == QStringLiteral("&Unité"))
            for (QAction *a : menu->menu()->actions())
                unitMenu << a->objectName();
    EXPECT_TRUE(unitMenu.contains(QStringLiteral("onCallSheetAction"))) << unitMenu.join(u' ').toStdString();

    bool chosen = false;
    bool edited = false;
    whenDialogOpens([&](QDialog *dialog) {
        auto *chooser = qobject_cast<ui::OnCallSheetDialog *>(dialog);
        ASSERT_NE(chooser, nullptr);
        chosen = true;
        EXPECT_EQ(chooser->windowTitle(), QStringLiteral("Fiche d'astreinte"));
        EXPECT_EQ(find<QComboBox>(chooser, QStringLiteral("unitField"))->currentData().toString(),
                  QStringLiteral("locomoteur"));
        EXPECT_EQ(find<ui::DateField>(chooser, QStringLiteral("dayField"))->lineEdit()->text(),
                  QStringLiteral("22/11/2026"));
        // A day that is not one is refused beside the field, and the dialog stays.
        typeInto(chooser, QStringLiteral("dayField"), QStringLiteral("31/02/2026"));
        QTest::mouseClick(find<QPushButton>(chooser, QStringLiteral("writeButton")), Qt::LeftButton);
        EXPECT_TRUE(chooser->isVisible());
        EXPECT_FALSE(find<QLabel>(chooser, QStringLiteral("dayError"))->text().isEmpty());
        screenshot(chooser, QStringLiteral("oncall-sheet-chooser"));
        typeInto(chooser, QStringLiteral("dayField"), QStringLiteral("21/11/2026"));
        whenDialogOpens([&](QDialog *d) {
            auto *editor = qobject_cast<ui::DocumentEditorDialog *>(d);
            ASSERT_NE(editor, nullptr);
            edited = true;
            EXPECT_EQ(find<QLineEdit>(editor, QStringLiteral("documentTitle"))->text(),
                      QStringLiteral("Fiche d'astreinte — Locomoteur — 21/11/2026"));
            EXPECT_EQ(editor->pageCount(), 1) << "five patients fit one page";
            screenshot(editor, QStringLiteral("document-editor-oncall"), QSize(1400, 900));
            QTest::mouseClick(find<QPushButton>(editor, QStringLiteral("closeButton")), Qt::LeftButton);
        });
        QTest::mouseClick(find<QPushButton>(chooser, QStringLiteral("writeButton")), Qt::LeftButton);
    });
    action->trigger();
    EXPECT_TRUE(chosen);
    EXPECT_TRUE(edited);
}

TEST_F(UnitDocumentsTest, TheOnCallSheetOfTwentyFivePatientsTakesAtMostFivePages)
{
    addPatientsWithNotes(20); // and the cohort's five
    const PdfText pdf = read(composed(DocumentSubject::onCall(QStringLiteral("locomoteur"), TestStore::today())),
                             QStringLiteral("document-oncall-sheet"));
    // The issue: "on as few A4 pages as possible"; the sheet's design is five patients a page.
    EXPECT_LE(pdf.pages, 5);
    QStringList present{QStringLiteral("ARNAUD"), QStringLiteral("BLANC"), QStringLiteral("CARON"),
                        QStringLiteral("DUPONT"), QStringLiteral("EVRARD")};
    for (int i = 0; i < 20; ++i)
        present << QStringLiteral("PATIENT%1").arg(QChar(u'A' + i));
    for (const QString &name : present)
        EXPECT_TRUE(pdf.text.contains(name)) << name.toStdString() << " is missing";
    // Expected on 26/11, discharged on 20/11, cancelled, in neurologie: not on this sheet.
    for (const char *absent : {"FABRE", "IMBERT", "JOLY", "KLEIN"})
        EXPECT_FALSE(pdf.text.contains(QLatin1String(absent))) << absent;
    for (const char *fact :
         {"Fiche d'astreinte — Locomoteur — 22/11/2026", "Centre de rééducation des Tilleuls", "Fibrillation atriale",
          "Apixaban 5 mg", "Si douleur thoracique : ECG, appel du 15", "Page 1/"})
        EXPECT_TRUE(pdf.text.contains(QString::fromUtf8(fact))) << fact << " is missing from:\n"
                                                                << pdf.text.toStdString();
    expectNoPlaceholder(pdf.text);

    // No patient's block is cut across two pages: on each page, every block that starts (its IPP)
    // ends there (its last instruction). pdftotext separates pages with a form feed.
    const QStringList pages = pdf.text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    ASSERT_EQ(pages.size(), pdf.pages);
    for (qsizetype p = 0; p < pages.size(); ++p)
        EXPECT_EQ(pages[p].count(QStringLiteral("IPP IPP9")), pages[p].count(QStringLiteral("Si chute")))
            << "page " << p + 1 << ":\n"
            << pages[p].toStdString();
}

TEST_F(UnitDocumentsTest, TheMinutesOfAClosedMeetingFromTheMeetingWindow)
{
    const MeetingId id = create(TestStore::today());
    attend(id);
    start(id);
    ASSERT_TRUE(meetings().saveNote(id, cohort.stays.value(QStringLiteral("Arnaud")), QStringLiteral("physiotherapy"),
                                    QStringLiteral("Marche 300 m sans canne"), 0));

    ScriptedPrompter prompter;
    {
        ui::MeetingWindow inProgress(db.store(), prompter, QStringLiteral("locomoteur"));
        inProgress.show();
        inProgress.selectMeeting(id);
        EXPECT_FALSE(find<QPushButton>(&inProgress, QStringLiteral("minutesButton"))->isVisible())
            << "no minutes before the meeting is signed";
    }
    const Status closed = meetings().close(id, meeting(id).version);
    ASSERT_TRUE(closed) << closed.failure().text().toStdString();
    ui::MeetingWindow window(db.store(), prompter, QStringLiteral("locomoteur"));
    window.show();
    window.selectMeeting(id);
    QPushButton *minutes = find<QPushButton>(&window, QStringLiteral("minutesButton"));
    ASSERT_TRUE(minutes->isVisible());
    EXPECT_EQ(minutes->text(), QStringLiteral("&Compte rendu…"));
    bool opened = false;
    whenDialogOpens([&](QDialog *d) {
        auto *editor = qobject_cast<ui::DocumentEditorDialog *>(d);
        ASSERT_NE(editor, nullptr);
        opened = true;
        EXPECT_EQ(find<QLineEdit>(editor, QStringLiteral("documentTitle"))->text(),
                  QStringLiteral("Compte rendu de la réunion de synthèse — Locomoteur — 22/11/2026"));
        screenshot(editor, QStringLiteral("document-editor-minutes"), QSize(1400, 900));
        QTest::mouseClick(find<QPushButton>(editor, QStringLiteral("closeButton")), Qt::LeftButton);
    });
    QTest::mouseClick(minutes, Qt::LeftButton);
    EXPECT_TRUE(opened);

    const PdfText pdf = read(composed(DocumentSubject::ofMeeting(id)), QStringLiteral("document-meeting-minutes"));
    EXPECT_GE(pdf.pages, 1);
    EXPECT_LE(pdf.pages, 3) << "five patients";
    for (const char *fact : {"Compte rendu de la réunion de synthèse", "Dr Vernet", "Marche 300 m sans canne", "ARNAUD",
                             "EVRARD", "Page 1/"})
        EXPECT_TRUE(pdf.text.contains(QString::fromUtf8(fact))) << fact << " is missing from:\n"
                                                                << pdf.text.toStdString();
    expectNoPlaceholder(pdf.text);
}

} // namespace
} // namespace smr::test
