#include "ui/meeting/AttendeesDialog.h"

#include "core/meetings/MeetingService.h"
#include "ui/common/Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace smr::ui {

AttendeesDialog::AttendeesDialog(const QList<Attendee> &attendees, const QList<MeetingDiscipline> &disciplines,
                                 const QList<User> &users, QWidget *parent)
    : QDialog(parent)
    , m_disciplines(disciplines)
    , m_users(users)
    , m_table(new QTableWidget(0, 2, this))
    , m_fromAccounts(new QComboBox(this))
{
    setObjectName(QStringLiteral("attendeesDialog"));
    setWindowTitle(tr("Attendees"));
    m_table->setObjectName(QStringLiteral("attendeesTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Discipline")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_fromAccounts->setObjectName(QStringLiteral("attendeeFromAccounts"));
    m_fromAccounts->addItem(tr("Add someone with an account…"));
    for (int i = 0; i < users.size(); ++i)
        if (users.at(i).active)
            m_fromAccounts->addItem(users.at(i).displayName, i);
    auto *add = new QPushButton(tr("Add a &person"), this);
    add->setObjectName(QStringLiteral("addAttendeeButton"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeAttendeeButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeMutedLabel(tr("The attendees and their disciplines appear in the minutes."), this));
    layout->addWidget(m_table);
    auto *row = new QHBoxLayout;
    row->addWidget(m_fromAccounts, 1);
    row->addWidget(add);
    row->addWidget(remove);
    layout->addLayout(row);
    layout->addWidget(buttons);

    for (const Attendee &a : attendees)
        addRow(a);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(Attendee{});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(m_fromAccounts, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        const User &u = m_users.at(m_fromAccounts->itemData(index).toInt());
        Attendee a{u.displayName, {}, u.id};
        for (Role role : u.roles)
            if (const std::optional<QString> d = MeetingService::disciplineOf(role)) {
                a.discipline = *d;
                break;
            }
        addRow(a);
        m_fromAccounts->setCurrentIndex(0);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 420);
}

void AttendeesDialog::addRow(const Attendee &attendee)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(attendee.name);
    name->setData(Qt::UserRole, attendee.user.value);
    m_table->setItem(row, 0, name);
    auto *discipline = new QComboBox(m_table);
    discipline->setObjectName(QStringLiteral("attendeeDiscipline%1").arg(row));
    for (const MeetingDiscipline &d : m_disciplines)
        discipline->addItem(MeetingService::nameOf(d), d.code);
    discipline->setCurrentIndex(std::max(0, discipline->findData(attendee.discipline)));
    m_table->setCellWidget(row, 1, discipline);
}

QList<Attendee> AttendeesDialog::attendees() const
{
    QList<Attendee> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const auto *discipline = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
        out << Attendee{name ? name->text() : QString(), discipline ? discipline->currentData().toString() : QString(),
                        UserId(name ? name->data(Qt::UserRole).toLongLong() : 0)};
    }
    return out;
}

} // namespace smr::ui
