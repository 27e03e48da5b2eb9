#include "ui/audit/AuditModel.h"

#include "core/audit/AuditService.h"
#include "ui/audit/AuditText.h"

namespace smr::ui {

AuditModel::AuditModel(AuditService &audit, std::function<QString(PatientId)> patientName, QObject *parent)
    : QAbstractTableModel(parent), m_audit(audit), m_patientName(std::move(patientName))
{
}

QList<AuditEntry> AuditModel::readPage(qint64 beforeId)
{
    AuditFilter f = m_filter;
    f.newestFirst = true;
    f.beforeId = beforeId;
    f.limit = PageSize + 1; // one more says whether there is a next page
    const Result<QList<AuditEntry>> page = m_audit.find(f);
    if (!page) {
        m_error = page.failure().text();
        m_more = false;
        return {};
    }
    m_error.clear();
    QList<AuditEntry> entries = *page;
    m_more = entries.size() > PageSize;
    if (m_more)
        entries.removeLast();
    return entries;
}

void AuditModel::setFilter(const AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_entries = readPage(0);
    endResetModel();
}

const AuditEntry *AuditModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::patientName(PatientId id) const
{
    if (!id.isValid())
        return QStringLiteral("—");
    auto it = m_names.find(id.value);
    if (it == m_names.end())
        it = m_names.insert(id.value, m_patientName ? m_patientName(id) : QString::number(id.value));
    return *it;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    const AuditEntry *e = entry(index.row());
    if (!e || !index.isValid())
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return AuditText::when(*e);
        case Who:
            return e->actor;
        case What:
            return AuditText::what(*e);
        case Patient:
            return patientName(e->patientId);
        case Changes: {
            const QStringList changes = AuditText::changes(*e);
            return changes.size() > 3 ? tr("%1 and %n other field(s)", nullptr, int(changes.size() - 2))
                                            .arg(changes.mid(0, 2).join(QStringLiteral(" ; ")))
                                      : changes.join(QStringLiteral(" ; "));
        }
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Changes)
        return AuditText::changes(*e).join(QLatin1Char('\n'));
    if (role == Qt::UserRole)
        return e->id;
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Patient:
        return tr("Patient");
    case Changes:
        return tr("Values");
    }
    return {};
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_entries.isEmpty())
        return;
    const QList<AuditEntry> next = readPage(m_entries.last().id);
    if (next.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + next.size() - 1));
    m_entries += next;
    endInsertRows();
}

} // namespace smr::ui
