#include "ui/export/ExportDialog.h"

#include "core/Store.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "ui/common/CodeCombo.h"
#include "ui/common/DateField.h"
#include "ui/common/FormErrors.h"
#include "ui/common/Labels.h"
#include "ui/common/Prompter.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace smr::ui {

namespace {

// A file name's part from an identifier typed by people (an IPP may hold spaces or slashes).
QString safe(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("_"));
}

QRadioButton *radio(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *r = new QRadioButton(text, parent);
    r->setObjectName(objectName);
    return r;
}

} // namespace

QString ExportDialog::defaultFileName(const ExportScope &scope, ExportFormat format, const QString &ipp)
{
    QString name = QStringLiteral("resultats-");
    switch (scope.kind) {
    case ExportScope::Kind::Stay:
        name += safe(ipp) + QStringLiteral("-sejour-") + QString::number(scope.stay.value);
        break;
    case ExportScope::Kind::Patient:
        name += safe(ipp);
        break;
    case ExportScope::Kind::UnitPeriod:
        name +=
            safe(scope.unit) + QLatin1Char('-') + dates::toIso(scope.from) + QLatin1Char('-') + dates::toIso(scope.to);
        break;
    }
    return name + (format == ExportFormat::Csv ? QStringLiteral(".csv") : QStringLiteral(".json"));
}

ExportDialog::ExportDialog(Store &store, Prompter &prompter, const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_prompter(prompter)
    , m_context(context)
    , m_errors(std::make_unique<FormErrors>())
    , m_banner(makeErrorBanner(this))
    , m_stayScope(radio(tr("This &stay"), QStringLiteral("stayScope"), this))
    , m_patientScope(radio(tr("This &patient, every stay"), QStringLiteral("patientScope"), this))
    , m_unitScope(radio(tr("A &unit over a period"), QStringLiteral("unitScope"), this))
    , m_unit(new QComboBox(this))
    , m_from(new DateField(this))
    , m_to(new DateField(this))
    , m_csv(radio(kExportFormats.label(ExportFormat::Csv), QStringLiteral("csvFormat"), this))
    , m_fhir(radio(kExportFormats.label(ExportFormat::Fhir), QStringLiteral("fhirFormat"), this))
    , m_bom(new QCheckBox(tr("Add a &BOM (spreadsheets)"), this))
    , m_message(new QLabel(this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export results"));
    setMinimumWidth(620);

    // What to export.
    if (context.patient && context.stay) {
        m_stayScope->setText(tr("This &stay: %1, admitted on %2 (%3)")
                                 .arg(context.patient->displayName(), dates::display(context.stay->admissionDate),
                                      kStayStatuses.label(context.stay->status).toLower()));
    }
    if (context.patient)
        m_patientScope->setText(tr("This &patient, every stay: %1").arg(context.patient->displayName()));
    m_stayScope->setEnabled(context.patient && context.stay);
    m_patientScope->setEnabled(context.patient.has_value());
    auto *scopes = new QButtonGroup(this);
    for (QRadioButton *r : {m_stayScope, m_patientScope, m_unitScope})
        scopes->addButton(r);
    (context.stay ? m_stayScope : context.patient ? m_patientScope : m_unitScope)->setChecked(true);

    m_unit->setObjectName(QStringLiteral("unitField"));
    if (const Result<QList<Unit>> units = store.units().list())
        fill(m_unit, *units, context.unit);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(context.unit)));
    const QDate today = store.clock().today();
    m_from->setObjectName(QStringLiteral("fromField"));
    m_to->setObjectName(QStringLiteral("toField"));
    m_from->setToday(today);
    m_to->setToday(today);
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    auto *period = new QFormLayout;
    period->setContentsMargins(24, 0, 0, 0);
    period->addRow(tr("Unit"), m_errors->withMessage(ExportService::UnitField, m_unit, this));
    period->addRow(tr("From"), m_errors->withMessage(ExportService::FromField, m_from->lineEdit(), this, m_from));
    period->addRow(tr("To"), m_errors->withMessage(ExportService::ToField, m_to->lineEdit(), this, m_to));
    period->addRow(QString(), makeMutedLabel(tr("The results performed on these days, both included."), this));

    auto *what = makeSection(tr("What to export"), QStringLiteral("scopeSection"));
    auto *whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_stayScope);
    whatLayout->addWidget(m_patientScope);
    whatLayout->addWidget(m_unitScope);
    whatLayout->addLayout(period);

    // How.
    auto *formats = new QButtonGroup(this);
    formats->addButton(m_csv);
    formats->addButton(m_fhir);
    m_csv->setChecked(true);
    m_bom->setObjectName(QStringLiteral("bomField"));
    m_bom->setChecked(true);
    m_bom->setToolTip(tr("Spreadsheet software needs it to read accented letters right."));
    auto *bomRow = new QHBoxLayout;
    bomRow->setContentsMargins(24, 0, 0, 0);
    bomRow->addWidget(m_bom);
    auto *how = makeSection(tr("Format"), QStringLiteral("formatSection"));
    auto *howLayout = new QVBoxLayout(how);
    howLayout->addWidget(m_csv);
    howLayout->addLayout(bomRow);
    howLayout->addWidget(m_fhir);
    howLayout->addWidget(makeMutedLabel(tr("The CSV holds neither names nor birth dates: the IPP and the numbers of "
                                           "stays and results lead back to the record. The FHIR bundle carries the "
                                           "patient's identity, for the establishment's FHIR server."),
                                        this));

    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportResults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(what);
    layout->addWidget(how);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);

    for (QRadioButton *r : {m_stayScope, m_patientScope, m_unitScope, m_csv, m_fhir})
        connect(r, &QRadioButton::toggled, this, &ExportDialog::updateFields);
    updateFields();
}

ExportDialog::~ExportDialog() = default;

ExportFormat ExportDialog::format() const
{
    return m_fhir->isChecked() ? ExportFormat::Fhir : ExportFormat::Csv;
}

void ExportDialog::updateFields()
{
    const bool unit = m_unitScope->isChecked();
    m_unit->setEnabled(unit);
    m_from->setEnabled(unit);
    m_to->setEnabled(unit);
    // A byte order mark is for spreadsheets: a FHIR bundle is JSON without one.
    m_bom->setEnabled(format() == ExportFormat::Csv);
}

std::optional<ExportScope> ExportDialog::scope()
{
    if (m_stayScope->isChecked())
        return ExportScope::ofStay(m_context.stay->id);
    if (m_patientScope->isChecked())
        return ExportScope::ofPatient(m_context.patient->id);
    // A date typed but unreadable is said as such, not as "missing".
    QList<FieldError> errors;
    if (const std::optional<QString> problem = m_from->problem())
        errors << FieldError{ExportService::FromField, *problem};
    if (const std::optional<QString> problem = m_to->problem())
        errors << FieldError{ExportService::ToField, *problem};
    if (!m_errors->submit(errors))
        return std::nullopt;
    return ExportScope::ofUnit(m_unit->currentData().toString(), m_from->date(), m_to->date());
}

bool ExportDialog::exportResults()
{
    m_banner->setVisible(false);
    m_message->clear();
    const std::optional<ExportScope> chosen = scope();
    if (!chosen)
        return false;
    m_errors->touchAll();
    if (!m_errors->accepted(m_store.exports().check(*chosen), m_banner))
        return false;

    const ExportFormat fmt = format();
    const QString ipp = m_context.patient ? m_context.patient->ipp : QString();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const std::optional<QString> answer =
        m_prompter.askSaveFile(this, tr("Export results"), QDir(folder).filePath(defaultFileName(*chosen, fmt, ipp)),
                               fmt == ExportFormat::Csv ? tr("CSV files (*.csv)") : tr("FHIR bundles (*.json)"));
    if (!answer)
        return false;
    QString path = *answer;
    const QString suffix = fmt == ExportFormat::Csv ? QStringLiteral(".csv") : QStringLiteral(".json");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;

    const auto fail = [this](const QString &text) {
        m_banner->setText(text);
        m_banner->setVisible(true);
        return false;
    };
    // Written under a temporary name, renamed once complete: a failed export leaves no file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("The file %1 could not be created: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<ExportSummary> written =
        m_store.exports().write(*chosen, {fmt, fmt == ExportFormat::Csv && m_bom->isChecked()}, file);
    QApplication::restoreOverrideCursor();
    if (!written) {
        file.cancelWriting(); // the temporary file goes with `file`
        return fail(tr("Nothing was exported: %1").arg(written.failure().text()));
    }
    if (!file.commit())
        return fail(tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    m_message->setText(
        tr("%n result(s) exported to %1.", nullptr, int(written->results)).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace smr::ui
