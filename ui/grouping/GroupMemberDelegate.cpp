#include "ui/grouping/GroupMemberDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace smr::ui {

namespace {
constexpr int kPadding = 8; // around the text, inside the row
constexpr int kGap = 2;     // between lines
} // namespace

GroupMemberDelegate::GroupMemberDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view) {}

int GroupMemberDelegate::textWidth() const
{
    return std::max(80, m_view->viewport()->width() - 2 * kPadding);
}

QList<GroupMemberDelegate::Line> GroupMemberDelegate::lines(const QStyleOptionViewItem &option,
                                                            const QModelIndex &index, int width) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = selected ? option.palette.color(QPalette::HighlightedText) : QColor(0x0d, 0x34, 0x44);
    // The colours of the style sheet's muted text and warnings, darker than usual on white for a
    // projector; on a selected row everything takes the selection's text colour.
    const QColor muted = selected ? text : QColor(0x3d, 0x4a, 0x52);
    const QColor moved = selected ? text : QColor(0x1f, 0x55, 0x68);
    const QColor warning = selected ? text : QColor(0x8a, 0x4b, 0x00);

    QFont bold = option.font;
    bold.setBold(true);
    QFont italic = option.font;
    italic.setItalic(true);
    QList<Line> out;
    const auto add = [&](const QString &t, const QFont &font, const QColor &colour) {
        if (t.isEmpty())
            return;
        const QFontMetrics fm(font);
        const int h = fm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, t).height();
        out << Line{t, font, colour, h};
    };
    add(index.data(Qt::DisplayRole).toString(), bold, text);
    add(index.data(DetailsRole).toString(), option.font, muted);
    add(index.data(MovedRole).toString(), italic, moved);
    add(index.data(AttentionRole).toString(), option.font, warning);
    return out;
}

QSize GroupMemberDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int height = 2 * kPadding;
    const QList<Line> all = lines(opt, index, textWidth());
    for (const Line &l : all)
        height += l.height;
    height += kGap * std::max<qsizetype>(0, all.size() - 1);
    return {textWidth() + 2 * kPadding, height};
}

void GroupMemberDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The row's background, selection and focus frame as the style draws them; the text is ours.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    // A thin line between members, so that rows read apart on a projector.
    painter->setPen(QColor(0xd2, 0xdd, 0xe3));
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
    const QRect area = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    int y = area.top();
    for (const Line &l : lines(opt, index, area.width())) {
        painter->setFont(l.font);
        painter->setPen(l.colour);
        painter->drawText(QRect(area.left(), y, area.width(), l.height), Qt::TextWordWrap | Qt::AlignLeft, l.text);
        y += l.height + kGap;
    }
    painter->restore();
}

} // namespace smr::ui
