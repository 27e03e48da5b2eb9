#include "ui/audit/AuditDialog.h"

#include "core/audit/AuditService.h"
#include "core/common/Clock.h"
#include "ui/audit/AuditModel.h"
#include "ui/audit/AuditText.h"
#include "ui/common/DateField.h"
#include "ui/common/Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace smr::ui {

AuditDialog::AuditDialog(AuditService &audit, const Clock &clock, std::function<QString(PatientId)> patientName,
                         PatientId patient, QWidget *parent)
    : QDialog(parent)
    , m_model(new AuditModel(audit, patientName, this))
    , m_patient(patient)
    , m_patientFilter(new QComboBox(this))
    , m_userFilter(new QComboBox(this))
    , m_since(new DateField(this))
    , m_until(new DateField(this))
    , m_table(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_error(makeErrorBanner(this))
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit trail"));
    resize(1100, 680);

    m_patientFilter->setObjectName(QStringLiteral("auditPatientFilter"));
    m_patientFilter->addItem(tr("All patients"), qint64(0));
    if (patient.isValid())
        m_patientFilter->addItem(patientName ? patientName(patient) : QString::number(patient.value), patient.value);
    m_userFilter->setObjectName(QStringLiteral("auditUserFilter"));
    m_userFilter->addItem(tr("Everyone"), QString());
    if (const Result<QStringList> actors = audit.actors()) {
        for (const QString &a : *actors)
            m_userFilter->addItem(a, a);
    }
    m_since->setObjectName(QStringLiteral("auditSince"));
    m_until->setObjectName(QStringLiteral("auditUntil"));
    m_since->setToday(clock.today());
    m_until->setToday(clock.today());

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Patient"), this));
    filters->addWidget(m_patientFilter, 2);
    filters->addWidget(new QLabel(tr("User"), this));
    filters->addWidget(m_userFilter, 1);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_since);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_until);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);
    layout->addWidget(makeMutedLabel(tr("Every change is recorded here with its author and can never be altered. "
                                        "Scroll down to read older entries."),
                                     this));
    layout->addWidget(buttons);

    connect(m_patientFilter, &QComboBox::currentIndexChanged, this, &AuditDialog::applyFilter);
    connect(m_userFilter, &QComboBox::currentIndexChanged, this, &AuditDialog::applyFilter);
    connect(m_since, &DateField::edited, this, &AuditDialog::applyFilter);
    connect(m_until, &DateField::edited, this, &AuditDialog::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditDialog::showDetail);

    m_patientFilter->setCurrentIndex(patient.isValid() ? 1 : 0);
    applyFilter();
}

void AuditDialog::setUser(const QString &actor)
{
    m_userFilter->setCurrentIndex(std::max(0, m_userFilter->findData(actor)));
}

void AuditDialog::setDates(const QDate &since, const QDate &until)
{
    m_since->setDate(since);
    m_until->setDate(until);
    applyFilter();
}

void AuditDialog::setPatientOnly(bool only)
{
    m_patientFilter->setCurrentIndex(only && m_patient.isValid() ? 1 : 0);
}

void AuditDialog::applyFilter()
{
    AuditFilter f;
    f.patient = PatientId(m_patientFilter->currentData().toLongLong());
    f.actor = m_userFilter->currentData().toString();
    f.since = m_since->date();
    f.until = m_until->date();
    m_model->setFilter(f);
    m_error->setText(m_model->error());
    m_error->setVisible(!m_model->error().isEmpty());
    m_table->resizeColumnsToContents();
    m_detail->clear();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void AuditDialog::showDetail()
{
    const AuditEntry *e = m_model->entry(m_table->currentIndex().row());
    if (!e) {
        m_detail->clear();
        return;
    }
    QStringList lines{QStringLiteral("%1 — %2 — %3").arg(AuditText::when(*e), e->actor, AuditText::what(*e))};
    lines += AuditText::changes(*e);
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace smr::ui
