#include "ui/meeting/DisciplinesDialog.h"

#include "core/common/Text.h"
#include "core/meetings/MeetingService.h"
#include "ui/common/Labels.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace smr::ui {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
}

DisciplinesDialog::DisciplinesDialog(MeetingService &meetings, const QList<MeetingDiscipline> &disciplines,
                                     QWidget *parent)
    : QDialog(parent), m_meetings(meetings), m_banner(makeErrorBanner(this)), m_table(new QTableWidget(0, 1, this))
{
    setObjectName(QStringLiteral("disciplinesDialog"));
    setWindowTitle(tr("Disciplines of the meeting"));
    m_table->setObjectName(QStringLiteral("disciplinesTable"));
    m_table->setHorizontalHeaderLabels({tr("Discipline (ticked: shown at the meeting)")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addDisciplineButton"));
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move &down"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(makeMutedLabel(tr("Each ticked discipline has its note for every patient, in this order. "
                                        "Rename one by editing its name; untick it to hide it."),
                                     this));
    layout->addWidget(m_table);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addStretch(1);
    row->addWidget(up);
    row->addWidget(down);
    layout->addLayout(row);
    layout->addWidget(buttons);

    for (const MeetingDiscipline &d : disciplines)
        addRow(d);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(MeetingDiscipline{});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(buttons, &QDialogButtonBox::accepted, this, &DisciplinesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, 480);
}

void DisciplinesDialog::addRow(const MeetingDiscipline &d)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *item = new QTableWidgetItem(MeetingService::nameOf(d));
    if (d.code.isEmpty())
        item->setText(QString());
    item->setData(CodeRole, d.code);
    item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    item->setCheckState(d.active || d.code.isEmpty() ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, 0, item);
}

void DisciplinesDialog::move(int by)
{
    const int row = m_table->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    QTableWidgetItem *a = m_table->takeItem(row, 0);
    QTableWidgetItem *b = m_table->takeItem(to, 0);
    m_table->setItem(row, 0, b);
    m_table->setItem(to, 0, a);
    m_table->setCurrentCell(to, 0);
}

QList<MeetingDiscipline> DisciplinesDialog::disciplines() const
{
    QList<MeetingDiscipline> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        MeetingDiscipline d;
        d.code = item->data(CodeRole).toString();
        const QString name = item->text().simplified();
        if (d.code.isEmpty()) {
            // A new discipline's code comes from its name: "Art therapy" → art_therapy.
            static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
            d.code = text::fold(name).toLower().replace(other, QStringLiteral("_"));
            while (d.code.startsWith(QLatin1Char('_')))
                d.code.remove(0, 1);
            while (d.code.endsWith(QLatin1Char('_')))
                d.code.chop(1);
            d.name = name;
        } else {
            // A built-in keeps no name while it shows its own label.
            d.name = name == MeetingService::nameOf(MeetingDiscipline{d.code, {}, 0, true}) ? QString() : name;
        }
        d.position = row;
        d.active = item->checkState() == Qt::Checked;
        out << d;
    }
    return out;
}

void DisciplinesDialog::accept()
{
    const Status s = m_meetings.saveDisciplines(disciplines());
    if (!s) {
        m_banner->setText(s.failure().text());
        m_banner->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace smr::ui
