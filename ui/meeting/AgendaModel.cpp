#include "ui/meeting/AgendaModel.h"

#include "core/meetings/MeetingText.h"
#include "ui/meeting/SlideText.h"

#include <QMimeData>

namespace smr::ui {

namespace {
const QString kMime = QStringLiteral("application/x-smrdesk-agenda-row");
}

AgendaModel::AgendaModel(QObject *parent) : QAbstractListModel(parent) {}

void AgendaModel::setAgenda(const QList<AgendaItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

QList<StayId> AgendaModel::order() const
{
    QList<StayId> out;
    for (const AgendaItem &item : m_items)
        out << item.stay.id;
    return out;
}

int AgendaModel::rowOf(StayId stay) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).stay.id == stay)
            return i;
    return -1;
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const AgendaItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = tr("%1. %2").arg(index.row() + 1).arg(item.patient.displayName());
        const QString day = MeetingText::day(item);
        if (!day.isEmpty())
            text += QStringLiteral(" — ") + day;
        const QString detail = data(index, DetailRole).toString();
        return detail.isEmpty() ? text : QString(text + QLatin1Char('\n') + detail);
    }
    case DetailRole: {
        QStringList parts;
        if (item.section != AgendaSection::Ongoing)
            parts << kAgendaSections.label(item.section);
        if (item.notesWritten)
            parts << tr("%n note(s)", nullptr, item.notesWritten);
        if (item.decisions)
            parts << tr("%n decision(s)", nullptr, item.decisions);
        if (item.openActions)
            parts << tr("%n open action(s)", nullptr, item.openActions);
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::ToolTipRole:
        return tr("%1, %2 — %3")
            .arg(item.patient.displayName(), MeetingText::age(item), SlideText::programmeAndMode(item.stay));
    case StayRole:
        return item.stay.id.value;
    case SectionRole:
        return kAgendaSections.code(item.section);
    default:
        return {};
    }
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (!m_reorderable)
        return f;
    if (index.isValid())
        return f | Qt::ItemIsDragEnabled;
    return f | Qt::ItemIsDropEnabled; // between rows only, never onto one
}

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMime, QByteArray::number(indexes.first().row()));
    return data;
}

bool AgendaModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return m_reorderable && action == Qt::MoveAction && data && data->hasFormat(kMime);
}

bool AgendaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    bool ok = false;
    const int from = data->data(kMime).toInt(&ok);
    if (!ok)
        return false;
    // Dropped below the last row (or on the empty area): at the end. The view removes nothing
    // afterwards: removeRows is not implemented, the move is made here.
    return moveTo(from, row < 0 ? int(m_items.size()) : row);
}

bool AgendaModel::moveTo(int row, int destination)
{
    if (row < 0 || row >= m_items.size() || destination < 0 || destination > m_items.size() || destination == row ||
        destination == row + 1)
        return false;
    beginMoveRows({}, row, row, {}, destination);
    m_items.move(row, destination > row ? destination - 1 : destination);
    endMoveRows();
    emit dataChanged(index(0), index(int(m_items.size()) - 1)); // the numbers changed
    emit reordered(order());
    return true;
}

} // namespace smr::ui
