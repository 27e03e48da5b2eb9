#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace smr::ui {

// Paints a member of a group for collective sessions on up to four lines, readable from the back
// of a meeting room: the name in bold; the impacts and "(incoming 26/11)"; the team's marker
// when it moved the patient; the attention marks. Long lines wrap to the column's width.
class GroupMemberDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The item's text (Qt::DisplayRole) is the name; the other lines are these roles (strings,
    // empty when there is nothing to show).
    enum Role { DetailsRole = Qt::UserRole + 10, MovedRole, AttentionRole };

    explicit GroupMemberDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Line {
        QString text;
        QFont font;
        QColor colour;
        int height = 0;
    };
    QList<Line> lines(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    int textWidth() const;

    QAbstractItemView *m_view;
};

} // namespace smr::ui
