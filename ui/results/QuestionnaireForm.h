#pragma once

#include "ui/results/EntryForm.h"

#include <optional>
#include <vector>

class QAbstractButton;
class QButtonGroup;
class QFrame;
class QLabel;
class QScrollArea;

namespace smr::ui {

// The entry form of any questionnaire (Berg, Dallas, ODI, STarT Back…), built from the
// instrument's declaration alone: every item on one scrollable page, its answers as large choices
// (or a segmented line of boxes when the item has anchors), unanswered items marked once passed.
// Keyboard first: a digit answers the current item with that value and moves on, Backspace goes
// back, Up/Down (Tab/Shift+Tab) move without answering, N answers "not applicable", Delete leaves
// an item blank where the instrument allows blanks. The choices never take the focus, so the form
// receives every key while it has it. It shows no score: the dialog around it does.
class QuestionnaireForm : public EntryForm
{
    Q_OBJECT

public:
    QuestionnaireForm(const Instrument &instrument, const EntryContext &context, QWidget *parent = nullptr);
    ~QuestionnaireForm() override;

    // {"items": [v1, …, vN]}, null for an item unanswered, left blank or not applicable.
    QJsonObject answers() const override;
    // Restores stored answers. A null is shown unanswered (the answers cannot tell "not applicable"
    // from blank). answersChanged() is emitted once when the answers differ from those shown.
    void setAnswers(const QJsonObject &answers) override;
    // "items.N" marks item N, "items" marks every unanswered item; the first one becomes current.
    void showProblems(const QList<FieldError> &problems) override;
    void focusFirst() override;

    // The number of the item the keyboard answers (1 for the first item).
    int currentItem() const { return m_current + 1; }

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row;

    QFrame *buildItem(int index);
    void buildChoices(Row &row, QWidget *choices, bool withOptions);
    void buildSegments(Row &row, QWidget *choices);

    // Sets item `index` to `value` (nullopt: unanswered) or to "not applicable", then moves on.
    void answer(int index, std::optional<int> value, bool notApplicable, bool advance);
    void moveTo(int index);
    void showMessage(int index, const QString &text);
    void syncButtons(int index);
    void refreshItems();
    void refreshItem(int index);
    void refreshRuleNotes();
    void scrollToCurrent();
    static int digitOf(const QKeyEvent *event);
    bool handlesKey(const QKeyEvent *event) const;

    QScrollArea *m_scroll = nullptr;
    std::vector<Row> m_rows; // one per item, in the declaration's order
    int m_current = 0;
    bool m_allMissingShown = false; // showProblems named "items": every unanswered item is marked
};

} // namespace smr::ui
