#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace smr::ui {

// Where a questionnaire stands, one item per screen: "Item 5 / 14" and a dot per item (its number
// in it) that says whether the item is answered, the one on screen, unanswered or refused, and
// a last dot for the summary. Tapping a dot goes to its item. The dots wrap onto a second row
// when the screen is too narrow for one (16 Dallas items in portrait): never smaller than a
// fingertip (TouchStyle::MinTargetPx).
class ItemProgressStrip : public QWidget
{
    Q_OBJECT

public:
    enum class Mark { Unanswered, Answered, NotApplicable, Blank, Problem };

    // `numbers`: the items' numbers as shown.
    explicit ItemProgressStrip(const QList<int> &numbers, QWidget *parent = nullptr);

    void setMark(int index, Mark mark);
    // The item on screen (count(): the summary).
    void setCurrent(int index);
    int count() const { return int(m_numbers.size()); }
    QPushButton *dot(int index) const { return m_dots.value(index); }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A dot was tapped: go to item `index` (count(): the summary).
    void chosen(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int columnsFor(int width) const;
    void place();
    void refresh(int index);

    QList<int> m_numbers;
    QList<Mark> m_marks;
    QList<QPushButton *> m_dots;
    QLabel *m_label;
    int m_current = 0;
};

} // namespace smr::ui
