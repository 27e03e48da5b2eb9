#pragma once

#include "core/patients/Patient.h"
#include "core/results/TestResult.h"
#include "core/stays/Stay.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace smr {
class Clock;
class Instrument;
class ResultService;
} // namespace smr

namespace smr::ui {

class EntryForm;
class Ticker;
class TouchConfirm;

// One test being taken at the gym side (issue #8): the instrument's touch screen, the score as
// it stands, "Valider le résultat" and "Abandonner". Every answer is saved as a draft the moment
// it is given, with where the tester is (the walk's countdown): a tablet that sleeps or an
// application killed resumes from it. The result becomes final only when the tester confirms;
// then the page says what was recorded.
class TestPage : public QWidget
{
    Q_OBJECT

public:
    struct Setup {
        const Instrument *instrument = nullptr;
        Patient patient;
        Stay stay;
        QString enteredBy;
        std::optional<TestResult> draft; // a draft to resume
    };

    TestPage(ResultService &results, const Clock &clock, Ticker &ticker, TouchConfirm &confirm,
             QWidget *parent = nullptr);

    void start(Setup setup);
    EntryForm *form() const { return m_form; }
    const std::optional<TestResult> &draft() const { return m_draft; }
    const std::optional<TestResult> &recorded() const { return m_recorded; }
    bool isEntering() const;
    // "TUG — DUPONT Marie", for the window's bar.
    QString title() const;
    QString draftStateText() const;
    QString scoreText() const;
    QString bannerText() const;

    // Saves what is given now; false (said on the page) when it cannot be saved.
    bool saveDraftNow();
    // Back to the patient: the draft is kept (asked first while a stopwatch or countdown runs).
    void leave();

public slots:
    void confirmResult();
    void abandon();

signals:
    void left();
    // "Brouillon enregistré à 10:32:05", "Brouillon repris", or empty.
    void draftStateChanged(const QString &text);

private:
    TestResult current() const;
    void changed();
    void showScore();
    void showBanner(const QString &text);
    void setDraftState(const QString &text);
    void finishLeaving();
    void endEntry();

    ResultService &m_results;
    const Clock &m_clock;
    Ticker &m_ticker;
    TouchConfirm &m_confirm;
    Setup m_setup;
    QLabel *m_title;
    QLabel *m_draftState;
    QLabel *m_banner;
    QStackedWidget *m_stack;
    QWidget *m_formHolder;
    EntryForm *m_form = nullptr;
    QLabel *m_summary;
    QLabel *m_interpretation;
    QPushButton *m_confirmButton;
    QPushButton *m_abandonButton;
    QWidget *m_done;
    QLabel *m_doneSummary;
    std::optional<TestResult> m_draft;
    std::optional<TestResult> m_recorded;
    QDateTime m_startedAt;
};

} // namespace smr::ui
