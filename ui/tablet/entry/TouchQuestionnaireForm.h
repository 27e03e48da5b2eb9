#pragma once

#include "ui/results/EntryForm.h"

#include <QTimer>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace smr::ui {

class ItemProgressStrip;
class SwipeRecognizer;
class TouchItemPage;

// Any questionnaire on the gym's tablet (Berg, Dallas, ODI, STarT Back; issue #8), one item per
// screen (TouchItemPage): tapping an answer records it at once (answersChanged: the host saves a
// draft) and, after a short moment that shows the choice taken, brings the next item. Large
// "Previous" / "Next" buttons and a sideways swipe (finger or mouse) move between items; the strip
// on top (ItemProgressStrip) shows each item's state and goes to the item tapped. After the last
// item a summary lists those without an answer, each a tap away. The keyboard still works: a
// digit answers, the arrows move, N is "not applicable", Delete leaves blank.
//
// The answers are QuestionnaireForm's: {"items": [v1, …, vN]}, null for an item unanswered, not
// applicable or left blank. progress() keeps the item on screen and which nulls were "not
// applicable" or "left blank" on purpose, which the answers cannot tell.
class TouchQuestionnaireForm : public EntryForm
{
    Q_OBJECT

public:
    static constexpr int DefaultAdvanceMs = 300;

    TouchQuestionnaireForm(const Instrument &instrument, const EntryContext &context, QWidget *parent = nullptr);
    ~TouchQuestionnaireForm() override;

    QJsonObject answers() const override;
    // Shows stored answers and goes to the first item without one (the summary when none).
    void setAnswers(const QJsonObject &answers) override;
    // "items.N" marks item N, "items" every unanswered item; the first one comes on screen.
    void showProblems(const QList<FieldError> &problems) override;
    void focusFirst() override;
    QJsonObject progress() const override;
    void setProgress(const QJsonObject &progress) override;

    // The index of the item on screen (0 for the first), itemCount() for the summary.
    int currentIndex() const { return m_current; }
    int itemCount() const;
    bool isOnSummary() const;
    // How long a chosen answer stays on screen before the next item (0: at once, for tests).
    void setAdvanceDelay(int ms) { m_advance.setInterval(ms); }
    void goTo(int index);
    void next() { goTo(m_current + 1); }
    void previous() { goTo(m_current - 1); }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Row;

    QWidget *buildSummary();
    void answer(int index, std::optional<int> value, bool notApplicable, bool blank);
    void refreshRow(int index);
    void refreshRuleNotes();
    void refreshSummary();
    void refreshNavigation();
    int firstUnanswered() const;

    std::vector<Row> m_rows;
    ItemProgressStrip *m_strip = nullptr;
    QStackedWidget *m_pages = nullptr;
    SwipeRecognizer *m_swipe = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_summaryCount = nullptr;
    QVBoxLayout *m_summaryList = nullptr;
    QList<QWidget *> m_summaryEntries;
    QTimer m_advance;
    int m_current = 0;
    int m_advanceTo = 0;
    bool m_allMissingShown = false;
};

} // namespace smr::ui
