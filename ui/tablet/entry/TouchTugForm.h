#pragma once

#include "ui/results/EntryForm.h"

#include <optional>

class QBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace smr::ui {

class Keypad;
class LabelButton;
class TouchChoiceGroup;

// The Timed Up and Go on the gym's tablet (issue #8; clinical reference §1): the stopwatch fills
// the screen and is one huge button, tapped at "go" and again when the patient's back touches
// the chair (or the space bar); its time, to the tenth, is the answer at once. "Start over"
// clears it for another trial; the walking aid is one tap among large buttons; a time measured on
// another stopwatch is typed on the keypad. Same answers as TugForm: "seconds", "walking_aid"
// (the age is the service's, from the patient's record).
class TouchTugForm : public EntryForm
{
    Q_OBJECT

public:
    TouchTugForm(const Instrument &instrument, const EntryContext &context, QWidget *parent = nullptr);

    QJsonObject answers() const override;
    void setAnswers(const QJsonObject &answers) override;
    void showProblems(const QList<FieldError> &problems) override;
    void focusFirst() override;
    bool isTiming() const override { return m_running; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildKeypadPage();
    void toggle();
    void startOver();
    void showKeypad(bool shown);
    void typedTime();
    void showTime(qint64 ms);
    void refresh();

    Ticker *m_ticker = nullptr;
    QLabel *m_banner = nullptr;
    QStackedWidget *m_pages = nullptr;
    QBoxLayout *m_body = nullptr;
    LabelButton *m_watch = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_startOver = nullptr;
    QPushButton *m_typeTime = nullptr;
    TouchChoiceGroup *m_aid = nullptr;
    Keypad *m_keypad = nullptr;
    QLabel *m_keypadMessage = nullptr;
    std::optional<double> m_seconds;
    bool m_running = false;
    qint64 m_startMs = 0;
};

} // namespace smr::ui
