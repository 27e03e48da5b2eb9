#include "ui/tablet/entry/ItemProgressStrip.h"

#include "ui/common/Labels.h"
#include "ui/tablet/TouchStyle.h"

#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>

#include <algorithm>

namespace smr::ui {

namespace {

constexpr int DotPx = TouchStyle::MinTargetPx;
constexpr int GapPx = 8;
constexpr int LabelPx = 40;

} // namespace

ItemProgressStrip::ItemProgressStrip(const QList<int> &numbers, QWidget *parent)
    : QWidget(parent), m_numbers(numbers), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("itemStrip"));
    m_label->setObjectName(QStringLiteral("itemPosition"));
    m_label->setProperty("touchRole", QStringLiteral("section"));
    for (int i = 0; i <= count(); ++i) {
        const bool summary = i == count();
        auto *dot = new QPushButton(summary ? QStringLiteral("✓") : QString::number(m_numbers.at(i)), this);
        dot->setObjectName(summary ? QStringLiteral("dot_summary") : QStringLiteral("dot_%1").arg(m_numbers.at(i)));
        dot->setProperty("touchRole", QStringLiteral("dot"));
        dot->setFocusPolicy(Qt::NoFocus);
        dot->setFixedSize(DotPx, DotPx);
        connect(dot, &QPushButton::clicked, this, [this, i] { emit chosen(i); });
        m_dots << dot;
        m_marks << Mark::Unanswered;
    }
    m_marks.removeLast();
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setCurrent(0);
}

void ItemProgressStrip::setMark(int index, Mark mark)
{
    if (index < 0 || index >= count() || m_marks.at(index) == mark)
        return;
    m_marks[index] = mark;
    refresh(index);
}

void ItemProgressStrip::setCurrent(int index)
{
    m_current = std::clamp(index, 0, count());
    m_label->setText(m_current == count() ? tr("Summary") : tr("Item %1 / %2").arg(m_current + 1).arg(count()));
    for (int i = 0; i <= count(); ++i)
        refresh(i);
}

void ItemProgressStrip::refresh(int index)
{
    QPushButton *dot = m_dots.at(index);
    QString mark = QStringLiteral("summary");
    QString said = tr("Summary");
    if (index < count()) {
        switch (m_marks.at(index)) {
        case Mark::Answered:
            mark = QStringLiteral("answered");
            said = tr("Item %1: answered").arg(m_numbers.at(index));
            break;
        case Mark::NotApplicable:
        case Mark::Blank:
            mark = QStringLiteral("skipped");
            said = tr("Item %1: no answer given on purpose").arg(m_numbers.at(index));
            break;
        case Mark::Problem:
            mark = QStringLiteral("problem");
            said = tr("Item %1: to correct").arg(m_numbers.at(index));
            break;
        case Mark::Unanswered:
            mark = QStringLiteral("unanswered");
            said = tr("Item %1: not answered").arg(m_numbers.at(index));
            break;
        }
    }
    dot->setAccessibleName(said);
    setStyleProperty(dot, "mark", mark);
    setStyleProperty(dot, "current", index == m_current ? QStringLiteral("true") : QStringLiteral("false"));
}

int ItemProgressStrip::columnsFor(int width) const
{
    return std::max(1, (width + GapPx) / (DotPx + GapPx));
}

int ItemProgressStrip::heightForWidth(int width) const
{
    const int dots = count() + 1;
    const int rows = (dots + columnsFor(width) - 1) / columnsFor(width);
    return LabelPx + rows * DotPx + (rows - 1) * GapPx;
}

QSize ItemProgressStrip::sizeHint() const
{
    const int width = (count() + 1) * (DotPx + GapPx) - GapPx;
    return {width, heightForWidth(width)};
}

QSize ItemProgressStrip::minimumSizeHint() const
{
    // One row: the layout asks heightForWidth for the rows the width really gives.
    return {DotPx, LabelPx + DotPx};
}

void ItemProgressStrip::resizeEvent(QResizeEvent *event)
{
    place();
    QWidget::resizeEvent(event);
}

void ItemProgressStrip::place()
{
    const int columns = columnsFor(width());
    const int dots = count() + 1;
    m_label->setGeometry(0, 0, width(), LabelPx);
    for (int i = 0; i < dots; ++i) {
        const int row = i / columns;
        const int column = i % columns;
        m_dots.at(i)->move(column * (DotPx + GapPx), LabelPx + row * (DotPx + GapPx));
    }
}

} // namespace smr::ui
