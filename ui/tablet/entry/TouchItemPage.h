#pragma once

#include "core/instruments/InstrumentDefinition.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAbstractButton;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace smr::ui {

class LabelButton;

// One questionnaire item on a whole screen (issue #8): its number and title, what to say or do,
// then its answers as large full-width buttons (a Berg level's number beside its descriptor), or
// a line of boxes between two anchors (Dallas), then "not applicable" and "leave blank" where the
// instrument allows them. A long item (Dallas, ODI) scrolls by the finger. Buttons are named
// "item_<n>_value_<v>", "item_<n>_na" and "item_<n>_blank".
class TouchItemPage : public QWidget
{
    Q_OBJECT

public:
    // `header`: shown above the item (the instrument's instructions on the first page).
    TouchItemPage(const InstrumentItem &item, bool mayLeaveBlank, const QString &header, const QString &footer,
                  QWidget *parent = nullptr);

    const InstrumentItem &item() const { return m_item; }
    // Shows the answer chosen: a value, "not applicable", "left blank" or nothing.
    void showChoice(std::optional<int> value, bool notApplicable, bool blank);
    // A scoring rule that applies to this item (Berg item 3), shown above the answers.
    void setNote(const QString &text);
    // Why the answer was refused, or nothing.
    void setMessage(const QString &text);
    QAbstractButton *valueButton(int value) const { return m_values.value(value); }
    QScrollArea *scrollArea() const { return m_scroll; }
    // Back to the top, for a page shown again.
    void scrollToTop();

signals:
    void valueChosen(int value);
    void notApplicableChosen();
    void blankChosen();

private:
    void buildOptions(QVBoxLayout *layout);
    void buildSegments(QVBoxLayout *layout);

    const InstrumentItem &m_item;
    QScrollArea *m_scroll = nullptr;
    QHash<int, QAbstractButton *> m_values;
    QAbstractButton *m_notApplicable = nullptr;
    QAbstractButton *m_blank = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace smr::ui
