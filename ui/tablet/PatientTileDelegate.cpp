#include "ui/tablet/PatientTileDelegate.h"

#include "ui/census/CensusModel.h"
#include "ui/tablet/TouchStyle.h"

#include <QListView>
#include <QPainter>
#include <QPainterPath>

namespace smr::ui {

PatientTileDelegate::PatientTileDelegate(QListView *view) : QStyledItemDelegate(view), m_view(view) {}

QSize PatientTileDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    const int spacing = m_view->spacing();
    const int available = m_view->viewport()->width() - 2 * spacing;
    const int columns = std::max(1, available / (MinWidth + 2 * spacing));
    return {std::max(MinWidth, available / columns - 2 * spacing), Height};
}

void PatientTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto text = [&](int column) { return index.siblingAtColumn(column).data().toString(); };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(2, 2, -2, -2);
    QPainterPath path;
    path.addRoundedRect(card, 14, 14);
    const bool pressed = option.state & QStyle::State_Sunken;
    painter->fillPath(path, pressed ? QColor(0xd8, 0xe8, 0xef) : QColor(Qt::white));
    painter->setPen(QPen(QColor(0x9f, 0xb7, 0xc3), 2));
    painter->drawPath(path);

    const QRectF inner = card.adjusted(18, 12, -18, -12);
    QFont name = option.font;
    name.setPixelSize(26);
    name.setBold(true);
    QFont body = option.font;
    body.setPixelSize(TouchStyle::BodyPx - 2);
    const qreal nameHeight = QFontMetricsF(name).height();
    const qreal bodyHeight = QFontMetricsF(body).height();

    painter->setFont(name);
    painter->setPen(QColor(0x0d, 0x34, 0x44));
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), nameHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(name).elidedText(text(CensusModel::NameColumn), Qt::ElideRight, inner.width()));
    painter->setFont(body);
    painter->setPen(QColor(0x2b, 0x3a, 0x42));
    QStringList second{text(CensusModel::AgeColumn), text(CensusModel::ProgressColumn)};
    QStringList third{text(CensusModel::ProgrammeColumn), text(CensusModel::ModeColumn)};
    second.removeAll(QString());
    third.removeAll(QString());
    const QFontMetricsF metrics(body);
    qreal y = inner.top() + nameHeight + 6;
    for (const QStringList &line : {second, third}) {
        painter->drawText(QRectF(inner.left(), y, inner.width(), bodyHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(line.join(QStringLiteral(" · ")), Qt::ElideRight, inner.width()));
        y += bodyHeight + 2;
    }
    painter->restore();
}

} // namespace smr::ui
