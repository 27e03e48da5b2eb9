#pragma once

#include "core/meetings/MeetingView.h"

#include <QAbstractListModel>

namespace smr::ui {

// The meeting's agenda as a list: one row per patient, "3. DUPONT Marie — Day 17 of 29", the
// reason it stands there and what was entered. Rows are moved by drag and drop (or Alt+Up/Down in
// the view): the model moves the row at once and says so with `reordered`, which the window saves.
class AgendaModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { StayRole = Qt::UserRole + 1, SectionRole, DetailRole };

    explicit AgendaModel(QObject *parent = nullptr);

    void setAgenda(const QList<AgendaItem> &items);
    const QList<AgendaItem> &items() const { return m_items; }
    QList<StayId> order() const;
    int rowOf(StayId stay) const;
    void setReorderable(bool on) { m_reorderable = on; }

    // Moves one row to before `destination` (0…rowCount), as a drop does; emits reordered.
    bool moveTo(int row, int destination);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void reordered(const QList<smr::StayId> &order);

private:
    QList<AgendaItem> m_items;
    bool m_reorderable = false;
};

} // namespace smr::ui
