#pragma once

#include <QStyledItemDelegate>

class QListView;

namespace smr::ui {

// Draws a line of the census model as a patient's tile on the tablet: the name large, then the
// age and the day of the stay (J12 / 28), then the programme and the mode. The tiles share the
// view's width in as many columns of at least MinWidth as fit.
class PatientTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int MinWidth = 340;
    static constexpr int Height = 132;

    explicit PatientTileDelegate(QListView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QListView *m_view;
};

} // namespace smr::ui
