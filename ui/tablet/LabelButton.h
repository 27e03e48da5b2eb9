#pragma once

#include <QPushButton>

class QLabel;
class QVBoxLayout;

namespace smr::ui {

// A large touch button whose content is a column of labels: a Berg level with its wrapped
// descriptor, the stopwatch's digits over "Touch to start", the lap button's count over the
// distance. A QPushButton cannot wrap its text nor mix sizes; this one sizes itself from its
// labels (height for width, so that a long descriptor makes a taller button, never a clipped one)
// and the labels let every tap through to the button. Checked, its labels turn to the checked
// colours of the style sheet (property "onChecked").
class LabelButton : public QPushButton
{
    Q_OBJECT

public:
    explicit LabelButton(QWidget *parent = nullptr, const QString &role = QStringLiteral("choice"));

    // Adds a label with the style role `touchRole` ("huge", "large", "" for body text), aligned
    // `alignment`, and returns it.
    QLabel *addLabel(const QString &text, const QString &touchRole = {},
                     Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);
    // A row of labels: `first` (a level's number) beside `second` (its descriptor, wrapped).
    QLabel *addRow(const QString &first, const QString &second, const QString &firstRole);
    QVBoxLayout *column() const { return m_column; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

private:
    QLabel *makeLabel(const QString &text, const QString &touchRole);
    void refreshChecked(bool checked);

    QVBoxLayout *m_column;
};

} // namespace smr::ui
