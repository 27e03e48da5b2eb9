#include "ui/progress/UnitProgressDialog.h"

#include "core/Store.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "ui/charts/ChartView.h"
#include "ui/common/CodeCombo.h"
#include "ui/common/Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace smr::ui {

UnitProgressDialog::UnitProgressDialog(Store &store, Prompter &prompter, const QString &unitCode, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_unit(new QComboBox(this))
    , m_banner(makeErrorBanner(this))
    , m_square(new ChartView(prompter))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("unitProgressDialog"));
    setWindowTitle(tr("Progress of the unit"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(1500, 860);

    m_unit->setObjectName(QStringLiteral("unitField"));
    if (const Result<QList<Unit>> units = store.units().list()) {
        fill(m_unit, *units);
    } else {
        m_banner->setText(units.failure().text());
        m_banner->setVisible(true);
    }
    const int index = m_unit->findData(unitCode);
    m_unit->setCurrentIndex(index < 0 ? 0 : index);
    auto *unitLabel = new QLabel(tr("&Unit"), this);
    unitLabel->setBuddy(m_unit);
    auto *choice = new QHBoxLayout;
    choice->addWidget(unitLabel);
    choice->addWidget(m_unit);
    choice->addWidget(makeMutedLabel(tr("Patients in progress today; each line goes from the first result of the "
                                        "stay to the latest."),
                                     this),
                      1);

    m_square->setObjectName(QStringLiteral("unitSquare"));
    m_square->setMinimumWidth(480);
    m_table->setObjectName(QStringLiteral("unitChangesTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto *split = new QSplitter(this);
    split->addWidget(m_square);
    split->addWidget(m_table);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &UnitProgressDialog::reload);
    reload();
}

void UnitProgressDialog::reload()
{
    const QString unit = m_unit->currentData().toString();
    const QDate today = m_store.clock().today();
    m_banner->setVisible(false);
    const Result<DallasSquare> square = m_store.progress().unitSquare(unit, today);
    const Result<QList<UnitProgressRow>> rows = m_store.progress().unitChanges(unit, today);
    if (!square || !rows) {
        m_banner->setText(!square ? square.failure().text() : rows.failure().text());
        m_banner->setVisible(true);
        return;
    }
    m_square->setExportName(QStringLiteral("carre-dallas"), m_unit->currentText(), today);
    m_square->setContent(ChartContent(*square, tr("%1 — Dallas square").arg(m_unit->currentText())));
    fillTable(*rows);
}

void UnitProgressDialog::fillTable(const QList<UnitProgressRow> &rows)
{
    m_table->clear();
    m_table->setRowCount(int(rows.size()));
    QStringList headers{tr("Patient")};
    if (!rows.isEmpty())
        for (const InstrumentProgress &i : rows.first().instruments)
            headers << i.title;
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < rows.size(); ++r) {
        const UnitProgressRow &row = rows.at(r);
        auto *name = new QTableWidgetItem(tr("%1\nsince %2").arg(row.name, dates::display(row.admissionDate)));
        m_table->setItem(r, 0, name);
        for (int c = 0; c < row.instruments.size(); ++c) {
            const InstrumentProgress &i = row.instruments.at(c);
            QString text;
            QString tip;
            if (!i.hasResult()) {
                text = QStringLiteral("—");
                tip = tr("No %1 in this stay.").arg(i.title);
            } else if (!i.change) {
                text = tr("%1 (one result)").arg(i.admissionText);
                tip = tr("%1 on %2").arg(i.admissionText, dates::display(i.admissionAt.date()));
            } else {
                text = QStringLiteral("%1 → %2\n%3").arg(i.admissionText, i.latestText, i.changeText);
                tip = tr("%1 on %2, %3 on %4")
                          .arg(i.admissionText, dates::display(i.admissionAt.date()), i.latestText,
                               dates::display(i.latestAt.date()));
            }
            auto *cell = new QTableWidgetItem(text);
            cell->setToolTip(tip);
            // The words say better or worse; bold when the change reaches the MCID/MDC.
            if (i.change && i.change->beyondThreshold.value_or(false)) {
                QFont bold = cell->font();
                bold.setBold(true);
                cell->setFont(bold);
            }
            m_table->setItem(r, c + 1, cell);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
}

} // namespace smr::ui
