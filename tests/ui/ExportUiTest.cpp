// The export dialog (issue #9): File › Export results… and the dossier's "Export…" button; this
// stay, this patient or a unit over a period, CSV (with its BOM for spreadsheets) or FHIR; the file
// named through the Prompter (tests answer it), written whole or not at all; bad input refused
// beside its field with nothing written. What the user reads is checked in French.

#include "UiTestSupport.h"

#include "ui/export/ExportDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/patient/PatientPanel.h"
#include "ui/results/ResultsTab.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

class ExportUiTest : public ::testing::Test
{
protected:
    ExportUiTest()
    {
        m_store.signInAs(m_store.addUser(QStringLiteral("vernet"), {Role::Physician}, QStringLiteral("Dr Vernet")));
        m_patient = m_store.addPatient();
        m_stay = *m_store->stays().open(TestStore::stay(m_patient)); // locomoteur, since 02/11/2026
        record(TestStore::questionnaire(m_stay, QStringLiteral("berg"), QDate(2026, 11, 3), TestStore::bergItems(48)));
        record(TestStore::questionnaire(m_stay, QStringLiteral("startback"), QDate(2026, 11, 20),
                                        {1, 1, 0, 1, 1, 1, 0, 1, 3}));
        m_context = {m_store->patientRepository().find(m_patient), m_store->stayRepository().find(m_stay),
                     QStringLiteral("locomoteur")};
    }

    void record(const TestResult &r)
    {
        const Result<TestResult> recorded = m_store->results().record(r);
        ASSERT_TRUE(recorded) << recorded.failure().text().toStdString();
    }

    // click() rather than a mouse click at the centre: a radio button spans the dialog's width but
    // answers clicks on its circle and its text only.
    static void click(QWidget *root, const QString &name) { find<QAbstractButton>(root, name)->click(); }

    static QString errorOf(QWidget *dialog, const QString &field)
    {
        auto *label = dialog->findChild<QLabel *>(field + QStringLiteral("Error"));
        return label && label->isVisible() ? label->text() : QString();
    }

    QStringList filesWritten() const { return QDir(m_files.path()).entryList(QDir::Files | QDir::Hidden); }

    TestStore m_store;
    ScriptedPrompter m_prompter;
    QTemporaryDir m_files;
    PatientId m_patient;
    StayId m_stay;
    ui::ExportDialog::Context m_context;
};

TEST_F(ExportUiTest, AUnitsPeriodAsCsvWithItsByteOrderMark)
{
    ui::ExportDialog dialog(m_store.store(), m_prompter, m_context);
    dialog.show();
    EXPECT_TRUE(find<QRadioButton>(&dialog, QStringLiteral("stayScope"))->isChecked()) << "the stay shown";
    click(&dialog, QStringLiteral("unitScope"));
    // The period shows dd/MM/yyyy: from the first of the month to today.
    EXPECT_EQ(find<QWidget>(&dialog, QStringLiteral("fromField"))->findChild<QLineEdit *>()->text(),
              QStringLiteral("01/11/2026"));
    EXPECT_EQ(find<QWidget>(&dialog, QStringLiteral("toField"))->findChild<QLineEdit *>()->text(),
              QStringLiteral("22/11/2026"));
    EXPECT_TRUE(find<QCheckBox>(&dialog, QStringLiteral("bomField"))->isChecked()) << "CSV: a BOM by default";
    m_prompter.saveFileAnswer = m_files.filePath(QStringLiteral("recherche"));
    screenshot(&dialog, QStringLiteral("export/export-dialog"), QSize(720, 560));
    click(&dialog, QStringLiteral("exportButton"));

    EXPECT_EQ(QFileInfo(m_prompter.saveFileSuggested).fileName(),
              QStringLiteral("resultats-locomoteur-2026-11-01-2026-11-22.csv"));
    const QString path = m_files.filePath(QStringLiteral("recherche.csv"));
    EXPECT_EQ(filesWritten(), QStringList{QStringLiteral("recherche.csv")}) << "the suffix added, no temporary left";
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBFresult_id,"));
    EXPECT_EQ(csv.count("\r\n"), 3) << "the header and two results";
    EXPECT_EQ(dialog.message()->text(),
              QStringLiteral("2 résultats exportés dans %1.").arg(QDir::toNativeSeparators(path)));
    EXPECT_FALSE(dialog.banner()->isVisible());
    screenshot(&dialog, QStringLiteral("export/export-dialog-done"), QSize(720, 560));
}

TEST_F(ExportUiTest, TheStayAsAFhirBundleWithoutBom)
{
    ui::ExportDialog dialog(m_store.store(), m_prompter, m_context);
    dialog.show();
    click(&dialog, QStringLiteral("fhirFormat"));
    EXPECT_FALSE(find<QCheckBox>(&dialog, QStringLiteral("bomField"))->isEnabled()) << "no BOM in JSON";
    EXPECT_FALSE(find<QComboBox>(&dialog, QStringLiteral("unitField"))->isEnabled()) << "the stay is chosen";
    m_prompter.saveFileAnswer = m_files.filePath(QStringLiteral("sejour.json"));
    click(&dialog, QStringLiteral("exportButton"));
    EXPECT_EQ(QFileInfo(m_prompter.saveFileSuggested).fileName(),
              QStringLiteral("resultats-IPP001-sejour-%1.json").arg(m_stay.value));
    QFile file(m_files.filePath(QStringLiteral("sejour.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    EXPECT_TRUE(json.startsWith("{")) << "no BOM";
    EXPECT_EQ(QJsonDocument::fromJson(json).object().value(QStringLiteral("resourceType")).toString(),
              QStringLiteral("Bundle"));
    EXPECT_TRUE(dialog.message()->text().startsWith(QStringLiteral("2 résultats exportés dans ")))
        << dialog.message()->text().toStdString();
}

TEST_F(ExportUiTest, APeriodEndingBeforeItStartsIsRefusedAndNothingWritten)
{
    ui::ExportDialog dialog(m_store.store(), m_prompter, m_context);
    dialog.show();
    click(&dialog, QStringLiteral("unitScope"));
    typeInto(&dialog, QStringLiteral("fromField"), QStringLiteral("22/11/2026"));
    typeInto(&dialog, QStringLiteral("toField"), QStringLiteral("01/11/2026"));
    m_prompter.saveFileAnswer = m_files.filePath(QStringLiteral("jamais.csv"));
    click(&dialog, QStringLiteral("exportButton"));
    EXPECT_EQ(errorOf(&dialog, QStringLiteral("to")),
              QStringLiteral("Le dernier jour de la période (01/11/2026) précède son premier jour (22/11/2026)."));
    EXPECT_TRUE(m_prompter.saveFileSuggested.isEmpty()) << "no file asked for";
    EXPECT_TRUE(filesWritten().isEmpty());
    EXPECT_TRUE(dialog.message()->text().isEmpty());
    screenshot(&dialog, QStringLiteral("export/export-dialog-refused"), QSize(720, 600));
}

TEST_F(ExportUiTest, NoUnitAndNoDayAreRefusedBesideTheirFields)
{
    ui::ExportDialog dialog(m_store.store(), m_prompter, m_context);
    dialog.show();
    click(&dialog, QStringLiteral("unitScope"));
    find<QComboBox>(&dialog, QStringLiteral("unitField"))->setCurrentIndex(-1);
    typeInto(&dialog, QStringLiteral("fromField"), QString());
    m_prompter.saveFileAnswer = m_files.filePath(QStringLiteral("jamais.csv"));
    click(&dialog, QStringLiteral("exportButton"));
    EXPECT_TRUE(
        errorOf(&dialog, QStringLiteral("unit")).startsWith(QStringLiteral("Unité obligatoire : une parmi locomoteur")))
        << errorOf(&dialog, QStringLiteral("unit")).toStdString();
    EXPECT_EQ(errorOf(&dialog, QStringLiteral("from")),
              QStringLiteral("Le premier jour de la période est requis (une date)."));
    EXPECT_TRUE(m_prompter.saveFileSuggested.isEmpty());
    EXPECT_TRUE(filesWritten().isEmpty());
}

TEST_F(ExportUiTest, AnUnreadableDayIsSaidAsSuch)
{
    ui::ExportDialog dialog(m_store.store(), m_prompter, m_context);
    dialog.show();
    click(&dialog, QStringLiteral("unitScope"));
    typeInto(&dialog, QStringLiteral("toField"), QStringLiteral("31/02/2026"));
    m_prompter.saveFileAnswer = m_files.filePath(QStringLiteral("jamais.csv"));
    click(&dialog, QStringLiteral("exportButton"));
    EXPECT_FALSE(errorOf(&dialog, QStringLiteral("to")).isEmpty());
    EXPECT_TRUE(m_prompter.saveFileSuggested.isEmpty());
    EXPECT_TRUE(filesWritten().isEmpty());
}

TEST_F(ExportUiTest, ACancelledFileChooserWritesNothing)
{
    ui::ExportDialog dialog(m_store.store(), m_prompter, m_context);
    dialog.show();
    m_prompter.saveFileAnswer.reset();
    EXPECT_FALSE(dialog.exportResults());
    EXPECT_FALSE(m_prompter.saveFileSuggested.isEmpty()) << "the file was asked for";
    EXPECT_TRUE(filesWritten().isEmpty());
    EXPECT_TRUE(dialog.message()->text().isEmpty());
}

TEST_F(ExportUiTest, AFolderThatCannotBeWrittenIsNamed)
{
    ui::ExportDialog dialog(m_store.store(), m_prompter, m_context);
    dialog.show();
    m_prompter.saveFileAnswer = m_files.filePath(QStringLiteral("absent/sejour.csv"));
    EXPECT_FALSE(dialog.exportResults());
    EXPECT_TRUE(dialog.banner()->isVisible());
    EXPECT_TRUE(dialog.banner()->text().startsWith(QStringLiteral("Le fichier ")))
        << dialog.banner()->text().toStdString();
    EXPECT_TRUE(dialog.banner()->text().contains(QStringLiteral("absent"))) << dialog.banner()->text().toStdString();
}

TEST_F(ExportUiTest, WithoutAPatientOnlyAUnitCanBeExported)
{
    ui::ExportDialog dialog(m_store.store(), m_prompter, {std::nullopt, std::nullopt, QStringLiteral("neurologie")});
    dialog.show();
    EXPECT_FALSE(find<QRadioButton>(&dialog, QStringLiteral("stayScope"))->isEnabled());
    EXPECT_FALSE(find<QRadioButton>(&dialog, QStringLiteral("patientScope"))->isEnabled());
    EXPECT_TRUE(find<QRadioButton>(&dialog, QStringLiteral("unitScope"))->isChecked());
    EXPECT_EQ(find<QComboBox>(&dialog, QStringLiteral("unitField"))->currentData().toString(),
              QStringLiteral("neurologie"));
}

TEST_F(ExportUiTest, FromTheFileMenuAndFromTheDossier)
{
    QSettings settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    ui::MainWindow window(m_store.store(), m_prompter, settings);
    window.resize(1400, 860);
    window.show();
    ASSERT_TRUE(window.openPatient(m_patient));
    QAction *action = window.action(QStringLiteral("exportAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->text(), QStringLiteral("E&xporter les résultats…"));
    EXPECT_TRUE(action->isEnabled());
    QStringList fileMenu;
    for (QAction *a : window.menuBar()->actions().first()->menu()->actions())
        fileMenu << a->objectName();
    EXPECT_TRUE(fileMenu.contains(QStringLiteral("exportAction")));

    int opened = 0;
    const auto expectStayChosen = [&](QDialog *d) {
        ++opened;
        EXPECT_EQ(d->windowTitle(), QStringLiteral("Exporter les résultats"));
        EXPECT_TRUE(find<QRadioButton>(d, QStringLiteral("stayScope"))->isChecked());
        EXPECT_TRUE(find<QRadioButton>(d, QStringLiteral("stayScope"))->text().contains(QStringLiteral("02/11/2026")));
        d->reject();
    };
    whenDialogOpens(expectStayChosen);
    action->trigger();
    ui::ResultsTab *tab = window.patientPanel()->results();
    whenDialogOpens(expectStayChosen);
    QTest::mouseClick(find<QPushButton>(tab, QStringLiteral("exportResultsButton")), Qt::LeftButton);
    EXPECT_EQ(opened, 2);
}

TEST_F(ExportUiTest, ASecretaryHasNeitherTheMenuEntryNorTheButton)
{
    m_store.signInAs(m_store.addUser(QStringLiteral("accueil"), {Role::Secretary}));
    QSettings settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    ui::MainWindow window(m_store.store(), m_prompter, settings);
    window.show();
    ASSERT_TRUE(window.openPatient(m_patient));
    EXPECT_FALSE(window.action(QStringLiteral("exportAction"))->isEnabled());
    auto *button = find<QPushButton>(window.patientPanel()->results(), QStringLiteral("exportResultsButton"));
    EXPECT_FALSE(button->isEnabled());
    EXPECT_EQ(button->toolTip(),
              QStringLiteral("Votre rôle ne donne pas le droit de procéder à l'export des résultats (CSV, FHIR)."));
    // The dialog, were it opened some other way, says so before asking for a file.
    ui::ExportDialog dialog(m_store.store(), m_prompter, m_context);
    dialog.show();
    EXPECT_FALSE(dialog.exportResults());
    EXPECT_TRUE(dialog.banner()->text().contains(QStringLiteral("l'export des résultats")))
        << dialog.banner()->text().toStdString();
    EXPECT_TRUE(filesWritten().isEmpty());
}

struct FileNameCase {
    const char *name;
    ExportScope scope;
    ExportFormat format;
    const char *ipp;
    const char *expected;
};

class ExportFileName : public ::testing::TestWithParam<FileNameCase>
{
};

TEST_P(ExportFileName, SaysWhatIsInside)
{
    const FileNameCase &c = GetParam();
    EXPECT_EQ(ui::ExportDialog::defaultFileName(c.scope, c.format, QLatin1String(c.ipp)), QLatin1String(c.expected));
}

INSTANTIATE_TEST_SUITE_P(Names, ExportFileName,
                         ::testing::Values(FileNameCase{"Unit",
                                                        ExportScope::ofUnit(QStringLiteral("locomoteur"),
                                                                            QDate(2026, 11, 1), QDate(2026, 11, 22)),
                                                        ExportFormat::Csv, "",
                                                        "resultats-locomoteur-2026-11-01-2026-11-22.csv"},
                                           FileNameCase{"Stay", ExportScope::ofStay(StayId(12)), ExportFormat::Fhir,
                                                        "IPP001", "resultats-IPP001-sejour-12.json"},
                                           FileNameCase{"PatientWithAnOddIpp", ExportScope::ofPatient(PatientId(3)),
                                                        ExportFormat::Csv, "07/123 A", "resultats-07_123_A.csv"}),
                         [](const auto &test) { return std::string(test.param.name); });

} // namespace
} // namespace smr::test
